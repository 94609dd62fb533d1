package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the reviews of other stacks' test messages and of IMS traces (batches 21 and 22) found misreported. */
class StackFixturesReviewTest {

    private static final String SDP = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
            + "m=audio 0 RTP/AVP 0";

    private static String options(String via, String tail) {
        return "OPTIONS sip:bob@example.com SIP/2.0\r\n" + via + "\r\nMax-Forwards: 70\r\n"
                + "From: <sip:alice@example.com>;tag=1\r\nTo: <sip:bob@example.com>\r\nCall-ID: r21\r\n"
                + "CSeq: 1 OPTIONS\r\n" + tail;
    }

    private static String sdpMessage(long declared, String body) {
        return options("Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKr21", "Content-Type: application/sdp\r\n"
                + "Content-Length: " + declared + "\r\n\r\n" + body);
    }

    private static SipMessage first(String paste) {
        return SipParser.parse(paste).messages().get(0);
    }

    @Test
    void viaParameterFindingsPointAtTheParameterValueNotAtTheSentBy() {
        String via = "Via: SIP/2.0/UDP 192.168.1.2:5065;branch=z9hG4bK1;received=220.240.255.198:64193;ttl=999;rport=99999";
        SipMessage m = first(options(via, "Content-Length: 0\r\n\r\n"));
        assertThat(m.findings()).filteredOn(f -> f.message().startsWith("via received")).singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo(via.indexOf("220.240") + 1));
        assertThat(m.findings()).filteredOn(f -> f.message().startsWith("via ttl")).singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo(via.indexOf("999;") + 1));
        assertThat(m.findings()).filteredOn(f -> f.message().startsWith("via rport")).singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo(via.indexOf("99999") + 1));
    }

    @Test
    void anEmptyLineInBareLfAfterHeaderLinesInCrlfIsAMixOfLineEnds() {
        SipMessage m = first(options("Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1", "Content-Length: 0\r\n\n"));
        assertThat(m.findings()).filteredOn(f -> f.is(FindingCode.MIXED_LINE_ENDINGS)).singleElement()
                .satisfies(f -> {
                    assertThat(f.line()).isEqualTo(9);
                    assertThat(f.message()).contains("empty line");
                });
        // all CRLF, or all LF as a copy leaves them, is no mix
        assertThat(first(options("Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1", "Content-Length: 0\r\n\r\n"))
                .findings()).noneMatch(f -> f.is(FindingCode.MIXED_LINE_ENDINGS));
        assertThat(first(options("Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1", "Content-Length: 0\r\n\r\n")
                .replace("\r\n", "\n")).findings()).noneMatch(f -> f.is(FindingCode.MIXED_LINE_ENDINGS));
    }

    @Test
    void aDeclaredBodyWithNothingAfterTheHeadersSaysTheEmptyLineIsMissingToo() {
        SipMessage m = first(sdpMessage(289, "").replace("\r\n\r\n", "\r\n"));
        assertThat(m.findings()).filteredOn(f -> f.is(FindingCode.CONTENT_LENGTH_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("neither the empty line that closes them nor the body"));
    }

    @Test
    void anSdpBodyWhoseLengthStopsBeforeItsLastLineEndIsFlagged() {
        // the sender's body has no final CRLF and Content-Length counts exactly what it sent
        SipMessage exact = first(sdpMessage(SDP.length(), SDP));
        assertThat(exact.findings()).filteredOn(f -> f.is(FindingCode.SDP_LAST_LINE_UNTERMINATED)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("'m=audio 0 RTP/AVP 0'"));
        // the CRLF is there but Content-Length did not count it: the body a receiver takes still lacks it
        assertThat(first(sdpMessage(SDP.length(), SDP + "\r\n")).findings())
                .anyMatch(f -> f.is(FindingCode.SDP_LAST_LINE_UNTERMINATED));
    }

    @Test
    void anSdpBodyThatEndsInItsCrlfOrWhoseCopyLostItIsNotFlaggedAsUnterminated() {
        assertThat(first(sdpMessage(SDP.length() + 2, SDP + "\r\n")).findings())
                .noneMatch(f -> f.is(FindingCode.SDP_LAST_LINE_UNTERMINATED));
        // the copy ended before the CRLF Content-Length counts: a copy artefact, reported as such
        assertThat(first(sdpMessage(SDP.length() + 2, SDP)).findings())
                .anyMatch(f -> f.is(FindingCode.BODY_LAST_LINE_END_MISSING))
                .noneMatch(f -> f.is(FindingCode.SDP_LAST_LINE_UNTERMINATED));
        // a hard wrap inside the body moves the count: no verdict on the last line end
        String wrapped = SDP.replace("IN IP4 192.0.2.1\r\ns=", "IN IP4\r\n192.0.2.1\r\ns=");
        assertThat(first(sdpMessage(SDP.length(), wrapped + "\r\n")).findings())
                .noneMatch(f -> f.is(FindingCode.SDP_LAST_LINE_UNTERMINATED));
    }

    private static final String NOTIFY = "NOTIFY sip:a@atlanta.example.com SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP agentb.atlanta.example.com;branch=z9hG4bK9922ef992-25\r\nMax-Forwards: 70\r\n"
            + "To: <sip:a@atlanta.example.com>;tag=193402342\r\nFrom: <sip:b@atlanta.example.com>;tag=4992881234\r\n"
            + "Call-ID: 898234234@agenta.atlanta.example.com\r\nCSeq: 1993402 NOTIFY\r\nEvent: refer\r\n"
            + "Subscription-State: terminated;reason=noresource\r\nContact: <sip:b@atlanta.example.com>\r\n"
            + "Content-Type: message/sipfrag;version=2.0\r\nContent-Length: 0\r\n\r\n";

    @Test
    void aSipfragAfterAContentLengthOfZeroIsTheNotifysUncountedBodyNotAMessage() {
        ParseResult r = SipParser.parse(NOTIFY + "SIP/2.0 200 OK\r\n");
        assertThat(r.messages()).singleElement().satisfies(m -> assertThat(m.findings())
                .filteredOn(f -> f.is(FindingCode.CONTENT_LENGTH_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("'SIP/2.0 200 OK'")));
        // the NOTIFY's own 200 response after it is a message of its own
        String ok = "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP agentb.atlanta.example.com;branch=z9hG4bK9922ef992-25\r\n"
                + "To: <sip:a@atlanta.example.com>;tag=193402342\r\nFrom: <sip:b@atlanta.example.com>;tag=4992881234\r\n"
                + "Call-ID: 898234234@agenta.atlanta.example.com\r\nCSeq: 1993402 NOTIFY\r\nContent-Length: 0\r\n\r\n";
        ParseResult two = SipParser.parse(NOTIFY + ok);
        assertThat(two.messages()).hasSize(2);
        assertThat(two.messages().get(0).findings()).noneMatch(f -> f.is(FindingCode.CONTENT_LENGTH_MISMATCH));
    }

    // what a new user's tour of the decoder (batch 25) found

    @Test
    void bytesAfterTheDeclaredBodyAreTheNextMessageOnAStreamAndDiscardedOnDatagrams() {
        String body = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n";
        String udp = sdpMessage(20, body);
        assertThat(first(udp).findings()).filteredOn(f -> f.is(FindingCode.DATA_AFTER_BODY)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("discards them"));
        assertThat(first(udp.replace("SIP/2.0/UDP", "SIP/2.0/TCP")).findings())
                .filteredOn(f -> f.is(FindingCode.DATA_AFTER_BODY)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("over TCP").contains("start of the next message"));
    }

    @Test
    void aViaBranchWithACharacterNoTokenHoldsIsNotToldToBeQuoted() {
        SipMessage m = first(options("Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKreg1@192.0.2.1", "Content-Length: 0\r\n\r\n"));
        assertThat(m.findings()).filteredOn(f -> f.message().startsWith("Via branch")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("token").doesNotContain("quote it"));
    }

    @Test
    void aPasteCutInsideAHeaderNameSaysSoInsteadOfReadingABody() {
        String paste = options("Via: SIP/2.0/TCP 192.0.2.1;branch=z9hG4bK1", "Conta\r\n");
        SipMessage m = first(paste);
        assertThat(m.findings()).filteredOn(f -> f.is(FindingCode.MISSING_FINAL_EMPTY_LINE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("'Conta'").contains("Contact"));
        assertThat(Fixtures.codes(m.findings())).doesNotContain("missing-empty-line", "missing-content-type",
                "stream-without-content-length");
        assertThat(m.body()).isInstanceOf(EmptyBody.class);
        // a word that begins no header name is still text after the headers
        assertThat(Fixtures.codes(first(options("Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1", "Content-Length: 0\r\n"
                + "thanks\r\n")).findings())).doesNotContain("missing-empty-line").contains("missing-final-empty-line");
    }

    @Test
    void anSdpBodyPastedWithoutItsMessageIsReadAsSdpOnItsOwn() {
        ParseResult r = SipParser.parse("v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
                + "m=audio 4000 RTP/AVP 0 96\r\n");
        assertThat(r.messages()).isEmpty();
        assertThat(r.undecoded()).singleElement().satisfies(u -> {
            assertThat(u.reason()).contains("SDP body").contains("read as SDP on its own");
            assertThat(u.sdp().session().media()).singleElement()
                    .satisfies(m -> assertThat(m.port()).isEqualTo(4000));
            assertThat(u.sdp().firstLine()).isEqualTo(1);
        });
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("sdp-without-message");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("lines 1-6").contains("paste the whole");
        });
        // the description is checked: 96 is dynamic and has no rtpmap, on line 6
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("sdp-missing-rtpmap");
            assertThat(f.line()).isEqualTo(6);
        });
        // other text is still text
        assertThat(SipParser.parse("hello\nv=0\n").undecoded()).noneMatch(u -> u.reason().contains("SDP body"));
    }

    @Test
    void headersOfACopyBegunMidMessageProseAndTwoDescriptionsAreEachABlockOfTheirOwn() {
        String paste = "Content-Type: application/sdp\nContent-Length: 120\n\nv=0\no=a 1 1 IN IP4 192.0.2.1\ns=-\n"
                + "c=IN IP4 192.0.2.1\nt=0 0\nm=audio 4000 RTP/AVP 0\nthe answer:\nv=0\no=b 1 1 IN IP4 192.0.2.2\ns=-\n"
                + "c=IN IP4 192.0.2.2\nt=0 0\nm=audio 5000 RTP/AVP 0\nv=0\no=c 1 1 IN IP4 192.0.2.3\ns=-\nt=0 0\n"
                + "m=audio 0 RTP/AVP 0\nthanks\n";
        ParseResult r = SipParser.parse(paste);
        assertThat(r.undecoded()).extracting(u -> u.firstLine() + "-" + u.lastLine() + (u.sdp() == null ? "" : " sdp"))
                .containsExactly("1-2", "4-9 sdp", "10-10", "11-16 sdp", "17-21 sdp", "22-22");
        assertThat(r.undecoded().get(1).sdp()).isNotNull();
        assertThat(r.undecoded().get(0).reason()).contains("SIP header lines");
        // each description is checked on its own: the third has no c= anywhere
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("sdp-missing-connection");
            assertThat(f.line()).isBetween(17, 21);
        });
        assertThat(r.findings()).filteredOn(f -> f.code().equals("sdp-missing-connection")).hasSize(1);
    }

    @Test
    void aTypoLineOrABlankLineInsideABareSdpIsReportedWithoutCuttingTheDescription() {
        ParseResult typo = SipParser.parse("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nc=IN IP4 10.0.0.1\nt=0 0\n"
                + "m=audio 4000 RTP/AVP 96\na = rtpmap:96 AMR-WB/16000\na=sendrecv\n");
        assertThat(typo.undecoded()).singleElement().satisfies(u -> {
            assertThat(u.lastLine()).isEqualTo(8);
            assertThat(u.sdp().session().media().get(0).direction()).isEqualTo("sendrecv");
        });
        assertThat(typo.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("sdp-malformed-line");
            assertThat(f.line()).isEqualTo(7);
        });
        ParseResult blank = SipParser.parse("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\nc=IN IP4 10.0.0.1\nt=0 0\n\n"
                + "m=audio 4000 RTP/AVP 0\na=sendrecv\nthanks\n");
        assertThat(blank.undecoded()).extracting(u -> u.firstLine() + "-" + u.lastLine() + (u.sdp() == null ? "" : " sdp"))
                .containsExactly("1-8 sdp", "9-9");
        assertThat(blank.undecoded().get(0).sdp().session().media()).hasSize(1);
        // the advice promises no check the decoder does not make
        assertThat(blank.findings()).filteredOn(f -> f.code().equals("sdp-without-message")).singleElement()
                .satisfies(f -> assertThat(f.message()).doesNotContain("offer/answer"));
    }

    @Test
    void proseAroundAnSdpInACodeBlockIsTheAuthorsWords() {
        ParseResult r = SipParser.parse("The SBC answered with:\n\n```\nv=0\no=- 1 1 IN IP4 10.0.0.1\ns=-\n"
                + "c=IN IP4 10.0.0.1\nt=0 0\nm=audio 4000 RTP/AVP 0\n```\n\nIs that OK?\n");
        assertThat(Fixtures.codes(r.findings())).contains("prose-around-code-block", "sdp-without-message")
                .doesNotContain("undecodable-text");
    }

    @Test
    void anIndentedSdpBodyIsNamedButNotReadAsSdp() {
        ParseResult r = SipParser.parse("  v=0\n  o=- 1 1 IN IP4 192.0.2.1\n  s=-\n  t=0 0\n");
        assertThat(r.undecoded()).singleElement().satisfies(u -> {
            assertThat(u.sdp()).isNull();
            assertThat(u.reason()).contains("SDP body");
        });
    }
}
