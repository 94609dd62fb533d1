package dev.sigref.sip;

import static dev.sigref.sip.FindingCatalogueTest.withSdp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sigref.sip.sdp.SessionDescription;
import dev.sigref.sip.sdp.Timing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SDP lines read by the RFC 8866 §9 grammar, valid forms that are rarely seen and the faults they hide. */
class SdpGrammarTest {

    private static final String HEAD = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\n";
    private static final String MEDIA = "m=audio 49170 RTP/AVP 0\r\n";

    private static SipMessage message(String sdp) {
        return SipParser.parse(withSdp(sdp)).messages().get(0);
    }

    private static SessionDescription session(String sdp) {
        return ((SdpBody) message(sdp).body()).session();
    }

    private static List<String> codes(String sdp) {
        return Fixtures.codes(message(sdp).findings());
    }

    /** The one finding of the message, which must have exactly one. */
    private static Finding only(String sdp) {
        List<Finding> findings = message(sdp).findings();
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    /** The 1-based column of {@code part} on the line of the SDP that holds it. */
    private static int columnOf(String sdp, String part) {
        int at = sdp.indexOf(part);
        return at - sdp.lastIndexOf('\n', at);
    }

    @Test
    void eachTimeDescriptionMayCarryItsOwnRepeatsAndZoneAdjustments() {
        String sdp = HEAD + "t=3034423619 3042462419\r\nr=604800 3600 0 90000\r\nz=2882844526 -1h 2898848070 0\r\n"
                + "t=3042462419 3050462419\r\nr=7d 1h 0 25h\r\nz=3730921200 -1h\r\n" + MEDIA;
        assertThat(Fixtures.codes(message(sdp).findings())).isEmpty();
        assertThat(session(sdp).timings()).extracting(Timing::zones)
                .containsExactly("2882844526 -1h 2898848070 0", "3730921200 -1h");
        assertThat(session(sdp).timings()).extracting(t -> t.repeats().size()).containsExactly(1, 1);
    }

    @Test
    void aZoneAdjustmentWithoutRepeatsOrARepeatAfterItIsOutOfOrder() {
        List<String> zoneOnly = Fixtures.codes(message(HEAD + "t=3034423619 3042462419\r\nz=2882844526 -1h\r\n" + MEDIA)
                .findings());
        assertThat(zoneOnly).containsExactly("sdp-line-order");
        List<String> repeatAfterZone = Fixtures.codes(message(HEAD + "t=3034423619 3042462419\r\nr=7d 1h 0\r\n"
                + "z=2882844526 -1h\r\nr=7d 1h 0\r\n" + MEDIA).findings());
        assertThat(repeatAfterZone).containsExactly("sdp-line-order");
        List<String> repeatFirst = Fixtures.codes(message(HEAD + "r=7d 1h 0\r\nt=0 0\r\n" + MEDIA).findings());
        assertThat(repeatFirst).containsExactly("sdp-line-order");
    }

    @Test
    void sessionIdAndVersionAreDigitsOnly() {
        assertThat(codes(HEAD.replace("o=- 1 1", "o=- 2890844526 2890842807") + "t=0 0\r\n" + MEDIA)).isEmpty();
        String sdp = HEAD.replace("o=- 1 1", "o=- 28908x4526 1") + "t=0 0\r\n" + MEDIA;
        Finding f = only(sdp);
        assertThat(f.code()).isEqualTo("sdp-malformed-line");
        assertThat(f.message()).contains("sess-id", "'28908x4526'");
        assertThat(f.column()).isEqualTo(columnOf(sdp, "28908x4526"));
        assertThat(only(HEAD.replace("o=- 1 1", "o=- 1 v2") + "t=0 0\r\n" + MEDIA).message()).contains("sess-version");
    }

    @Test
    void startAndStopTimesAreZeroOrTenDigitNtpTimes() {
        assertThat(codes(HEAD + "t=3034423619 0\r\n" + MEDIA)).isEmpty();
        String sdp = HEAD + "t=12345 0\r\n" + MEDIA;
        Finding f = only(sdp);
        assertThat(f.code()).isEqualTo("sdp-malformed-line");
        assertThat(f.message()).contains("start time '12345'");
        assertThat(only(HEAD + "t=3034423619 03042462419\r\n" + MEDIA).message()).contains("stop time");
    }

    @Test
    void repeatFieldsAreTypedTimesWithAPositiveIntervalAndAnOffset() {
        assertThat(codes(HEAD + "t=3034423619 3042462419\r\nr=1d 30m 0s 4h\r\n" + MEDIA)).isEmpty();
        String sdp = HEAD + "t=3034423619 3042462419\r\nr=7d 1x 0\r\n" + MEDIA;
        Finding f = only(sdp);
        assertThat(f.code()).isEqualTo("sdp-malformed-line");
        assertThat(f.message()).contains("'1x'");
        assertThat(f.column()).isEqualTo(columnOf(sdp, "1x"));
        assertThat(only(HEAD + "t=3034423619 3042462419\r\nr=0 1h 0\r\n" + MEDIA).message())
                .contains("repeat interval '0'");
        assertThat(only(HEAD + "t=3034423619 3042462419\r\nr=7D 1h 0\r\n" + MEDIA).message()).contains("'7D'");
        assertThat(only(HEAD + "t=3034423619 3042462419\r\nr=7d 1h\r\n" + MEDIA).message()).contains("offset");
    }

    @Test
    void zoneAdjustmentsArePairsOfNtpTimeAndSignedTypedTime() {
        String t = "t=3034423619 3042462419\r\nr=7d 1h 0\r\n";
        assertThat(codes(HEAD + t + "z=3730921200 0 3749410800 -25m\r\n" + MEDIA)).isEmpty();
        assertThat(only(HEAD + t + "z=3730921200 -1x\r\n" + MEDIA).message()).contains("offset '-1x'");
        assertThat(only(HEAD + t + "z=37309 -1h\r\n" + MEDIA).message()).contains("adjustment time '37309'");
        assertThat(only(HEAD + t + "z=3730921200 -1h 3749410800\r\n" + MEDIA).message()).contains("no offset");
    }

    @Test
    void aPortCountIsAnIntegerFromOne() {
        assertThat(codes(HEAD + "t=0 0\r\nm=audio 49170/2 RTP/AVP 0\r\n")).isEmpty();
        String sdp = HEAD + "t=0 0\r\nm=audio 49170/0 RTP/AVP 0\r\n";
        Finding f = only(sdp);
        assertThat(f.code()).isEqualTo("sdp-malformed-line");
        assertThat(f.message()).contains("port count '0'");
        assertThat(f.column()).isEqualTo(columnOf(sdp, "0 RTP"));
    }

    @Test
    void anEmptySessionNameIsAFaultButADashOrASingleSpaceIsNot() {
        assertThat(codes(HEAD + "t=0 0\r\n" + MEDIA)).isEmpty();
        assertThat(codes(HEAD.replace("s=-", "s= ") + "t=0 0\r\n" + MEDIA)).isEmpty();
        Finding f = only(HEAD.replace("s=-", "s=") + "t=0 0\r\n" + MEDIA);
        assertThat(f.code()).isEqualTo("sdp-empty-session-name");
        // a MUST NOT, but a warning: RFC 5118 §4.8 prints such an SDP in a message it calls valid
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).contains("s= is empty", "s=-");
    }

    private static String withConnection(String c) {
        return HEAD.replace("c=IN IP4 192.0.2.1", c) + "t=0 0\r\n" + MEDIA;
    }

    @Test
    void anIp4AddressHasFourNumbersFrom0To255() {
        assertThat(codes(withConnection("c=IN IP4 192.0.2.1"))).isEmpty();
        assertThat(codes(withConnection("c=IN IP4 media.example.com"))).isEmpty();
        String sdp = withConnection("c=IN IP4 192.0.2");
        Finding f = only(sdp);
        assertThat(f.code()).isEqualTo("sdp-malformed-line");
        assertThat(f.message()).contains("'192.0.2'", "3 numbers");
        assertThat(f.column()).isEqualTo(columnOf(sdp, "192.0.2\r"));
        assertThat(only(withConnection("c=IN IP4 192.0.2.1.5")).message()).contains("5 numbers");
    }

    @Test
    void anIp6AddressFollowsRfc4291() {
        assertThat(codes(withConnection("c=IN IP6 2001:db8::1"))).isEmpty();
        assertThat(codes(withConnection("c=IN IP6 ::ffff:192.0.2.1"))).isEmpty();
        assertThat(codes(withConnection("c=IN IP6 rtp.example.org"))).isEmpty();
        Finding f = only(withConnection("c=IN IP6 2001:db8:::1"));
        assertThat(f.code()).isEqualTo("sdp-malformed-line");
        assertThat(f.message()).contains("'2001:db8:::1'", "no IPv6 address");
        assertThat(only(withConnection("c=IN IP6 2001:db8::1::2")).message()).contains("no IPv6 address");
        assertThat(only(HEAD.replace("o=- 1 1 IN IP4 192.0.2.1", "o=- 1 1 IN IP6 2001:db8::g") + "t=0 0\r\n" + MEDIA)
                .message()).startsWith("o= address '2001:db8::g'");
    }

    @Test
    void anIp4MulticastAddressCarriesATtlFrom0To255AndAnOptionalCount() {
        assertThat(codes(withConnection("c=IN IP4 233.252.0.1/127"))).isEmpty();
        assertThat(codes(withConnection("c=IN IP4 233.252.0.1/0/3"))).isEmpty();
        Finding f = only(withConnection("c=IN IP4 233.252.0.1"));
        assertThat(f.code()).isEqualTo("sdp-malformed-line");
        assertThat(f.message()).contains("without a TTL", "MUST");
        assertThat(only(withConnection("c=IN IP4 233.252.0.1/256")).message()).contains("TTL '256'", "0-255");
        assertThat(only(withConnection("c=IN IP4 233.252.0.1/127/0")).message()).contains("address count '0'");
    }

    @Test
    void onlyAMulticastAddressTakesATtlOrACount() {
        assertThat(only(withConnection("c=IN IP4 192.0.2.1/127")).message()).contains("unicast address", "'/127'");
        assertThat(only(HEAD.replace("o=- 1 1 IN IP4 192.0.2.1", "o=- 1 1 IN IP4 233.252.0.1/127") + "t=0 0\r\n"
                + MEDIA).message()).contains("o= address", "unicast");
        assertThat(codes(withConnection("c=IN IP6 ff15::101/3"))).isEmpty();
        assertThat(only(withConnection("c=IN IP6 ff15::101/127/3")).message()).contains("MUST NOT");
        assertThat(only(withConnection("c=IN IP6 2001:db8::1/2")).message()).contains("starting with FF");
    }

    @Test
    void rtpFormatsArePayloadTypesFrom0To127() {
        assertThat(codes(HEAD + "t=0 0\r\nm=audio 49170 RTP/AVP 0 8 127\r\na=rtpmap:127 AMR/8000\r\n")).isEmpty();
        assertThat(codes(HEAD + "t=0 0\r\nm=audio 49170 UDP/TLS/RTP/SAVPF 111\r\na=rtpmap:111 opus/48000/2\r\n"))
                .isEmpty();
        assertThat(codes(HEAD + "t=0 0\r\nm=image 49170 udptl t38\r\n")).isEmpty();
        String sdp = HEAD + "t=0 0\r\nm=audio 49170 RTP/AVP 0 128 x1\r\n";
        Finding f = only(sdp);
        assertThat(f.code()).isEqualTo("sdp-malformed-line");
        assertThat(f.reference()).isEqualTo("RFC 8866 §5.14");
        assertThat(f.message()).contains("format '128' (and 1 more)", "0 to 127");
        assertThat(f.column()).isEqualTo(columnOf(sdp, "128"));
    }

    @Test
    void packetTimesAreMillisecondsAboveZero() {
        assertThat(codes(HEAD + "t=0 0\r\n" + MEDIA + "a=ptime:20\r\na=maxptime:20.5\r\n")).isEmpty();
        assertThat(codes(HEAD + "t=0 0\r\n" + MEDIA + "a=ptime:0.5\r\n")).isEmpty();
        String sdp = HEAD + "t=0 0\r\n" + MEDIA + "a=ptime:0\r\n";
        Finding f = only(sdp);
        assertThat(f.code()).isEqualTo("sdp-malformed-attribute");
        assertThat(f.reference()).isEqualTo("RFC 8866 §6.4");
        assertThat(f.message()).contains("a=ptime:'0'");
        assertThat(f.column()).isEqualTo(columnOf(sdp, "ptime:0") + "ptime:".length());
        assertThat(only(HEAD + "t=0 0\r\n" + MEDIA + "a=maxptime:twenty\r\n").reference()).isEqualTo("RFC 8866 §6.5");
        assertThat(codes(HEAD + "t=0 0\r\n" + MEDIA + "a=ptime:20.0\r\n")).containsExactly("sdp-malformed-attribute");
        assertThat(codes(HEAD + "t=0 0\r\n" + MEDIA + "a=ptime\r\n")).containsExactly("sdp-malformed-attribute");
    }

    private static String withAttribute(String attribute) {
        return HEAD + "t=0 0\r\n" + MEDIA + attribute + "\r\n";
    }

    /** The one finding of an attribute that breaks its own RFC's grammar: a warning naming that RFC. */
    private static Finding attributeWarning(String attribute, String reference) {
        Finding f = only(withAttribute(attribute));
        assertThat(f.code()).isEqualTo("sdp-malformed-attribute");
        assertThat(f.reference()).isEqualTo(reference);
        return f;
    }

    @Test
    void setupIsOneOfTheFourRoles() {
        assertThat(codes(withAttribute("a=setup:actpass"))).isEmpty();
        assertThat(codes(withAttribute("a=setup:holdconn"))).isEmpty();
        assertThat(attributeWarning("a=setup:sometimes", "RFC 4145 §4").message()).contains("'sometimes'", "actpass");
    }

    @Test
    void rtcpIsAPortWithAnOptionalAddress() {
        assertThat(codes(withAttribute("a=rtcp:53020"))).isEmpty();
        assertThat(codes(withAttribute("a=rtcp:53020 IN IP6 2001:db8::1"))).isEmpty();
        String sdp = withAttribute("a=rtcp:5x3");
        Finding f = attributeWarning("a=rtcp:5x3", "RFC 3605 §2.1");
        assertThat(f.message()).contains("'5x3'");
        assertThat(f.column()).isEqualTo(columnOf(sdp, "5x3"));
        assertThat(attributeWarning("a=rtcp:53020 IN IP4", "RFC 3605 §2.1").message()).contains("'53020 IN IP4'");
    }

    @Test
    void extmapHasAnIdOtherThanZeroAnOptionalDirectionAndAUri() {
        assertThat(codes(withAttribute("a=extmap:1 urn:ietf:params:rtp-hdrext:toffset"))).isEmpty();
        assertThat(codes(withAttribute("a=extmap:15/sendonly urn:ietf:params:rtp-hdrext:toffset"))).isEmpty();
        assertThat(codes(withAttribute("a=extmap:4096 urn:ietf:params:rtp-hdrext:toffset"))).isEmpty();
        assertThat(attributeWarning("a=extmap:0 urn:ietf:params:rtp-hdrext:toffset", "RFC 8285 §5").message())
                .contains("ID 0", "padding");
        assertThat(attributeWarning("a=extmap:2/sideways urn:x", "RFC 8285 §7").message()).contains("direction");
        assertThat(attributeWarning("a=extmap:2", "RFC 8285 §7").message()).contains("<extension URI>");
    }

    @Test
    void cryptoHasTagSuiteAndKeyParams() {
        assertThat(codes(withAttribute("a=crypto:1 AES_CM_128_HMAC_SHA1_80 "
                + "inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR|2^20|1:32 UNENCRYPTED_SRTCP"))).isEmpty();
        assertThat(attributeWarning("a=crypto:1 AES_CM_128_HMAC_SHA1_80", "RFC 4568 §9.1").message())
                .contains("key-params are missing");
        String sdp = withAttribute("a=crypto:x AES_CM_128_HMAC_SHA1_32 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR");
        assertThat(only(sdp).message()).contains("tag 'x'");
        assertThat(attributeWarning("a=crypto:1 AES_CM_128_HMAC_SHA1_80 PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR",
                "RFC 4568 §9.1").message()).contains("<method>:<key info>");
    }

    @Test
    void candidateHasItsEightLeadingFieldsEndingInTyp() {
        assertThat(codes(withAttribute("a=candidate:1 1 UDP 2130706431 192.0.2.1 50000 typ host"))).isEmpty();
        assertThat(codes(withAttribute("a=candidate:+Xj5/ 2 tcp 1518280447 abc123.local 9 typ host tcptype active"
                + " generation 0"))).isEmpty();
        assertThat(attributeWarning("a=candidate:1 1 UDP 2130706431 192.0.2.1 50000 host", "RFC 8839 §5.1").message())
                .contains("7 of the 8 fields", "no 'typ <type>'");
        assertThat(attributeWarning("a=candidate:2 1 UDP 2130706431", "RFC 8839 §5.1").message()).contains("4 of the 8");
        assertThat(attributeWarning("a=candidate:1 1 UDP 2130706431 192.0.2.1 50000 type host", "RFC 8839 §5.1")
                .message()).contains("'type'");
        assertThat(attributeWarning("a=candidate:1 1 UDP high 192.0.2.1 50000 typ host", "RFC 8839 §5.1").message())
                .contains("priority 'high'");
    }

    @Test
    void iceUfragAndPwdHaveTheirMinimumLengthOfIceCharacters() {
        assertThat(codes(withAttribute("a=ice-ufrag:F7gI"))).isEmpty();
        assertThat(codes(withAttribute("a=ice-pwd:x9cml/YzichV2+XlhiMu8g"))).isEmpty();
        assertThat(attributeWarning("a=ice-ufrag:abc", "RFC 8839 §5.4").message()).contains("4 to 256", "it has 3");
        assertThat(attributeWarning("a=ice-pwd:short", "RFC 8839 §5.4").message()).contains("22 to 256");
        assertThat(attributeWarning("a=ice-ufrag:ab_cd", "RFC 8839 §5.4").message()).contains("'ab_cd'");
    }

    @Test
    void aMidIsUniqueWithinTheSessionAndTheSecondUseIsNamed() {
        String audio = HEAD + "t=0 0\r\n" + MEDIA + "a=mid:1\r\n";
        assertThat(codes(audio + "m=video 49172 RTP/AVP 31\r\na=mid:2\r\n")).isEmpty();
        String sdp = audio + "m=video 49172 RTP/AVP 31\r\na=mid:1\r\n";
        Finding f = only(sdp);
        assertThat(f.code()).isEqualTo("sdp-malformed-line");
        assertThat(f.reference()).isEqualTo("RFC 5888 §4");
        assertThat(f.message()).contains("a=mid:'1'", "MUST be unique");
        assertThat(f.column()).isEqualTo("a=mid:".length() + 1);
        assertThat(f.line() - ((SdpBody) message(sdp).body()).firstLine()).as("the second a=mid line").isEqualTo(8);
    }

    @Test
    void aDynamicPayloadTypeNeedsItsRtpmap() {
        assertThat(codes(HEAD + "t=0 0\r\nm=audio 49170 RTP/AVP 0 96 97\r\na=rtpmap:96 AMR-WB/16000\r\n"))
                .containsExactly("sdp-missing-rtpmap");
        assertThat(codes(HEAD + "t=0 0\r\nm=audio 49170 RTP/AVP 0 8 96\r\na=rtpmap:96 telephone-event/8000\r\n"))
                .isEmpty();
        // static payload types (0, 8) need none, and other protocols have no payload types
        assertThat(codes(HEAD + "t=0 0\r\nm=image 49170 udptl t38\r\n")).isEmpty();
    }
    @Test
    void flagsTwoDirectionAttributesInOneMediaSection() {
        String sdp = HEAD + "t=0 0\r\n" + MEDIA + "a=sendrecv\r\na=sendonly\r\n";
        Finding f = only(sdp);
        assertThat(f.code()).isEqualTo("sdp-malformed-attribute");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.reference()).isEqualTo("RFC 8866 §6.7");
        assertThat(f.message()).contains("a=sendonly is a second direction attribute in the m=audio section",
                "after a=sendrecv");
        assertThat(f.line() - ((SdpBody) message(sdp).body()).firstLine()).as("the second direction line").isEqualTo(7);
        assertThat(only(HEAD + "t=0 0\r\na=inactive\r\na=recvonly\r\n" + MEDIA).message())
                .contains("a=recvonly is a second direction attribute at session level, after a=inactive");
    }

    @Test
    void oneDirectionPerSectionStaysClean() {
        // one at session level and one in each media section: the media one overrides the session one
        assertThat(codes(HEAD + "t=0 0\r\na=sendonly\r\n" + MEDIA + "a=recvonly\r\nm=video 49172 RTP/AVP 31\r\n"
                + "a=inactive\r\n")).isEmpty();
    }
    @Test
    void flagsBundleGroupNamingAMidThatNoMediaSectionHas() {
        String sdp = HEAD + "t=0 0\r\na=group:BUNDLE 0 1 2\r\n" + MEDIA + "a=mid:0\r\nm=video 49172 RTP/AVP 31\r\na=mid:1\r\n";
        Finding f = only(sdp);
        assertThat(f.code()).isEqualTo("sdp-malformed-attribute");
        assertThat(f.reference()).isEqualTo("RFC 5888 §5");
        assertThat(f.message()).contains("a=group:BUNDLE names the mid '2'", "no a=mid:2");
        assertThat(f.column()).isEqualTo("a=group:BUNDLE 0 1 ".length() + 1);
        assertThat(only(HEAD + "t=0 0\r\na=group:LS audio video\r\n" + MEDIA).message())
                .contains("'audio' (and 1 more)");
    }

    @Test
    void aGroupOfExistingMidsOrNoneStaysClean() {
        assertThat(codes(HEAD + "t=0 0\r\na=group:BUNDLE a v\r\na=group:LS a v\r\n" + MEDIA + "a=mid:a\r\n"
                + "m=video 49172 RTP/AVP 31\r\na=mid:v\r\n"))
                .isEmpty();
        assertThat(codes(HEAD + "t=0 0\r\na=group:BUNDLE\r\n" + MEDIA)).isEmpty();
    }
    @Test
    void flagsMsrpMediaWithoutPath() {
        String sdp = HEAD + "t=0 0\r\nm=message 2855 TCP/MSRP *\r\na=accept-types:message/cpim text/plain\r\n";
        Finding f = only(sdp);
        assertThat(f.code()).isEqualTo("sdp-missing-line");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.reference()).isEqualTo("RFC 4975 §8.1");
        assertThat(f.message()).contains("m=message 2855 TCP/MSRP has no a=path");
        assertThat(codes(HEAD + "t=0 0\r\nm=message 2855 TCP/TLS/MSRP *\r\na=accept-types:*\r\n"))
                .containsExactly("sdp-missing-line");
    }

    @Test
    void msrpMediaWithItsPathOrRejectedStaysClean() {
        assertThat(codes(HEAD + "t=0 0\r\nm=message 2855 TCP/MSRP *\r\na=accept-types:text/plain\r\n"
                + "a=path:msrp://192.0.2.1:2855/s111271;tcp\r\n")).isEmpty();
        assertThat(codes(HEAD + "t=0 0\r\nm=message 0 TCP/MSRP *\r\n")).isEmpty();
    }
    @Test
    void flagsRtcpFeedbackForAPayloadTypeTheMediaLineDoesNotList() {
        String sdp = HEAD + "t=0 0\r\nm=video 49172 RTP/AVPF 96\r\na=rtpmap:96 H264/90000\r\na=rtcp-fb:97 nack pli\r\n";
        Finding f = only(sdp);
        assertThat(f.code()).isEqualTo("sdp-unknown-format");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.reference()).isEqualTo("RFC 4585 §4.2");
        assertThat(f.message()).contains("payload type 97", "(96)");
        assertThat(f.column()).isEqualTo("a=rtcp-fb:".length() + 1);
    }

    @Test
    void rtcpFeedbackForAListedPayloadTypeOrAllStaysClean() {
        assertThat(codes(HEAD + "t=0 0\r\nm=video 49172 RTP/AVPF 96 97\r\na=rtpmap:96 H264/90000\r\n"
                + "a=rtpmap:97 VP8/90000\r\na=rtcp-fb:96 nack pli\r\na=rtcp-fb:97 ccm fir\r\na=rtcp-fb:* trr-int 100\r\n"))
                .isEmpty();
    }
    @Test
    void flagsMediaLevelAttributesWrittenAtSessionLevel() {
        Finding f = only(HEAD + "t=0 0\r\na=ptime:20\r\n" + MEDIA);
        assertThat(f.code()).isEqualTo("sdp-line-order");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.reference()).isEqualTo("RFC 8866 §6.4");
        assertThat(f.message()).contains("a=ptime stands at session level");
        assertThat(codes(HEAD + "t=0 0\r\na=rtpmap:96 AMR/8000\r\na=fmtp:96 mode-set=7\r\na=maxptime:40\r\n"
                + "a=rtcp-fb:* nack\r\na=mid:0\r\n" + MEDIA)).containsExactly("sdp-line-order", "sdp-line-order",
                "sdp-line-order", "sdp-line-order", "sdp-line-order");
    }

    @Test
    void sessionLevelAttributesThatMayStandThereStayClean() {
        assertThat(codes(HEAD + "t=0 0\r\na=sendrecv\r\na=group:BUNDLE 0\r\na=ice-options:trickle\r\n"
                + "a=tool:sigref\r\n" + MEDIA + "a=mid:0\r\na=ptime:20\r\na=maxptime:40\r\n")).isEmpty();
    }
}
