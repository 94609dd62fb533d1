package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageRulesTest {

    private static SipMessage one(String text) {
        ParseResult r = SipParser.parse(text);
        assertThat(r.messages()).hasSize(1);
        return r.messages().get(0);
    }

    private static Finding finding(SipMessage m, FindingCode code) {
        return m.findings().stream().filter(f -> f.is(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code.code() + " in " + m.findings()));
    }

    @Test
    void rejectsCancelWhoseCSeqMethodIsInvite() {
        SipMessage m = one(FindingCatalogueTest.options("", Map.of("CSeq", "CSeq: 314159 INVITE"), "Content-Length: 0")
                .replace("OPTIONS sip:", "CANCEL sip:"));
        Finding f = finding(m, FindingCode.CSEQ_METHOD_MISMATCH);
        assertThat(f.message()).contains("'314159 INVITE'").contains("RFC 3261 §9.1");
        assertThat(f.line()).isEqualTo(7);
    }

    @Test
    void aPayloadTypeListedTwiceOrMappedTwiceIsReported() {
        String sdp = FindingCatalogueTest.SDP_OK.replace("RTP/AVP 0 96", "RTP/AVP 0 96 96")
                + "a=rtpmap:96 AMR-WB/16000\r\n";
        SipMessage m = one(FindingCatalogueTest.withSdp(sdp));
        assertThat(m.findings()).extracting(Finding::code).containsExactly("sdp-repeated-format",
                "sdp-payload-type-conflict");
        assertThat(m.findings().get(1).message()).contains("to AMR-WB/16000").contains("maps it to AMR/8000");
        SipMessage same = one(FindingCatalogueTest.withSdp(FindingCatalogueTest.SDP_OK + "a=rtpmap:96 AMR/8000\r\n"));
        assertThat(same.findings()).extracting(Finding::code).containsExactly("sdp-repeated-format");
        assertThat(one(FindingCatalogueTest.withSdp(FindingCatalogueTest.SDP_OK)).findings()).isEmpty();
    }

    @Test
    void aSipRequestUriWithASpaceIsWhitespaceNotAnUnknownScheme() {
        SipMessage m = one(FindingCatalogueTest.options("Content-Length: 0").replace("OPTIONS sip:bob@example.com",
                "OPTIONS sip:Blue Face"));
        assertThat(m.findings()).extracting(Finding::code).contains("whitespace-in-uri")
                .doesNotContain("unknown-uri-scheme");
    }

    @Test
    void rejectsAckWhoseCSeqMethodIsInvite() {
        SipMessage m = one(FindingCatalogueTest.options("", Map.of("CSeq", "CSeq: 1 INVITE"), "Content-Length: 0")
                .replace("OPTIONS sip:", "ACK sip:"));
        assertThat(finding(m, FindingCode.CSEQ_METHOD_MISMATCH).message()).contains("§17.1.1.3");
    }

    @Test
    void acceptsCancelAndAckWithTheirOwnMethodInCSeq() {
        for (String method : new String[] {"CANCEL", "ACK"}) {
            SipMessage m = one(FindingCatalogueTest.options("", Map.of("CSeq", "CSeq: 1 " + method, "To",
                    "To: <sip:bob@example.com>;tag=8321234356"), "Content-Length: 0").replace("OPTIONS sip:", method + " sip:"));
            assertThat(m.findings()).as(method).isEmpty();
        }
    }

    @Test
    void takesTheResponseMethodFromCSeq() {
        SipMessage m = one(FindingCatalogueTest.response("SIP/2.0 180 Ringing", "1 INVITE", "<sip:bob@example.com>;tag=b"));
        assertThat(m.method()).isEqualTo("INVITE");
        assertThat(m.findings()).isEmpty();
    }

    @Test
    void allowsHundredTryingWithoutToTag() {
        SipMessage m = one(FindingCatalogueTest.response("SIP/2.0 100 Trying", "1 INVITE", "<sip:bob@example.com>"));
        assertThat(m.findings()).isEmpty();
    }

    @Test
    void quotesDeclaredAndPresentLengthsWhenTheBodyIsShort() {
        SipMessage m = one(FindingCatalogueTest.options("hello", Map.of(), "Content-Type: text/plain", "Content-Length: 120"));
        assertThat(finding(m, FindingCode.CONTENT_LENGTH_MISMATCH).message())
                .startsWith("content-length 120 declared, 5 bytes present");
    }

    @Test
    void countsContentLengthInUtf8Bytes() {
        String body = "é€😀";
        SipMessage m = one(FindingCatalogueTest.options(body, Map.of(), "Content-Type: text/plain", "Content-Length: 9"));
        assertThat(m.findings()).isEmpty();
        assertThat(((TextBody) m.body()).text()).isEqualTo(body);
    }

    @Test
    void acceptsLfOnlyPastesWhoseContentLengthCountsCrlf() {
        String sdp = FindingCatalogueTest.SDP_OK;
        String text = FindingCatalogueTest.withSdp(sdp).replace("\r\n", "\n");
        SipMessage m = one(text);
        assertThat(m.findings()).extracting(Finding::code).containsExactly("lf-line-endings");
        assertThat(finding(m, FindingCode.LF_LINE_ENDINGS).severity()).isEqualTo(Severity.INFO);
        assertThat(((SdpBody) m.body()).session().media()).hasSize(1);
    }

    @Test
    void reportsTheDuplicatedContentLengthAtItsSecondLine() {
        SipMessage m = one(FindingCatalogueTest.options("Content-Length: 0", "l: 0"));
        Finding f = finding(m, FindingCode.DUPLICATE_HEADER);
        assertThat(f.line()).isEqualTo(9);
        assertThat(f.message()).contains("first at line 8");
    }

    @Test
    void reportsAValueErrorAtItsColumn() {
        SipMessage m = one(FindingCatalogueTest.options("", Map.of("Max-Forwards", "Max-Forwards: 300"), "Content-Length: 0"));
        Finding f = finding(m, FindingCode.MAX_FORWARDS_OUT_OF_RANGE);
        assertThat(f.line()).isEqualTo(3);
        assertThat(f.column()).isEqualTo(15);
        assertThat(f.message()).startsWith("max-forwards 300 is outside 0-255");
    }

    @Test
    void mapsColumnsThroughFoldedLines() {
        String text = FindingCatalogueTest.options("", Map.of("Max-Forwards", "Max-Forwards:\r\n   300"), "Content-Length: 0");
        Finding f = finding(one(text), FindingCode.MAX_FORWARDS_OUT_OF_RANGE);
        assertThat(f.line()).isEqualTo(4);
        assertThat(f.column()).isEqualTo(4);
    }

    @Test
    void namesTheMissingHeaderOnTheStartLine() {
        SipMessage m = one(FindingCatalogueTest.options("", Map.of("Call-ID", ""), "Content-Length: 0"));
        Finding f = finding(m, FindingCode.MISSING_CALL_ID);
        assertThat(f.line()).isEqualTo(1);
        assertThat(f.message()).contains("OPTIONS request has no Call-ID");
    }

    @Test
    void flagsABodyThatFollowsTheHeadersWithoutAnEmptyLine() {
        String text = "MESSAGE sip:bob@example.com SIP/2.0\r\n" + String.join("\r\n", Fixtures.OPTIONS_HEADERS)
                .replace("1 OPTIONS", "1 MESSAGE") + "\r\nContent-Type: text/plain\r\nContent-Length: 8\r\nhello!\r\n";
        SipMessage m = one(text);
        assertThat(m.findings()).extracting(Finding::code).containsExactly("missing-empty-line");
        assertThat(((TextBody) m.body()).text()).isEqualTo("hello!\r\n");
    }

    @Test
    void rejectsOverlargeRetryAfterAndAcceptsItsComment() {
        SipMessage m = one(FindingCatalogueTest.response("SIP/2.0 503 Service Unavailable", "1 OPTIONS",
                "<sip:bob@example.com>;tag=1", "Retry-After: 18000 (maintenance);duration=3600"));
        DeltaSecondsValue ra = (DeltaSecondsValue) m.header("Retry-After").orElseThrow().value();
        assertThat(ra.seconds()).isEqualTo(18000);
        assertThat(ra.comment()).isEqualTo("(maintenance)");
        assertThat(ra.param("duration")).isEqualTo("3600");
        assertThat(m.findings()).isEmpty();
    }

    @Test
    void acceptsAGmtDate() {
        SipMessage m = one(FindingCatalogueTest.options("Date: Sat, 13 Nov 2010 23:29:00 GMT", "Content-Length: 0"));
        assertThat(m.findings()).isEmpty();
    }

    @Test
    void twoHeaderLinesRunTogetherAreOneFindingNotOnePerComma() {
        SipMessage m = SipParser.parse(FindingCatalogueTest.options(
                "Service-Route: <sip:orig@scscf.example.com:6060;lr>Allow: INVITE, ACK, CANCEL, OPTIONS, BYE",
                "Content-Length: 0")).messages().get(0);
        assertThat(Fixtures.codes(m.findings())).containsExactly("joined-header-lines");
        assertThat(m.findings().get(0).message()).contains("'Allow: INVITE, ACK, CANCEL, OPTIONS, BYE'");
        assertThat(m.findings().get(0).column()).isEqualTo(52);
        assertThat(m.headers("Service-Route")).singleElement().isInstanceOf(NameAddr.class);
    }

    @Test
    void aValueThatMerelyContainsAColonIsNotTakenForAJoinedHeader() {
        SipMessage m = SipParser.parse(FindingCatalogueTest.options("Subject: meeting: 10:00", "Content-Length: 0"))
                .messages().get(0);
        assertThat(m.findings()).isEmpty();
    }

    @Test
    void headerLinesWrappedByTheTerminalAreJoinedWithoutASpace() {
        String via = "Via: SIP/2.0/UDP [2001:db8:890:1942:1::9e0b:baea]:31800;branch=z9hG4bKZ1fcbfd9SavDrBkaaWTO";
        String route = "Record-Route: <sip:[2001:db8:1111:2222::1]:9900;lr;Hpt=8e62_16;CxtId=3;TRC=ffffffff-ffffffff>";
        SipMessage m = SipParser.parse(FindingCatalogueTest.options("",
                Map.of("Via", FindingCatalogueTest.wrappedAt(via, 79)), FindingCatalogueTest.wrappedAt(route, 79),
                "Content-Length: 0")).messages().get(0);
        assertThat(Fixtures.codes(m.findings())).containsExactly("wrapped-line-joined", "wrapped-line-joined");
        assertThat(m.findings().get(0).line()).isEqualTo(3);
        assertThat(m.vias()).singleElement().extracting(ViaValue::branch).isEqualTo("z9hG4bKZ1fcbfd9SavDrBkaaWTO");
        assertThat(m.header("Record-Route")).map(Header::rawValue).contains(route.substring("Record-Route: ".length()));
    }

    @Test
    void aWrapThatLeavesDigitsOrAUriTailOnTheNextLineIsJoined() {
        // cut at 72: the tails "84" (read alone as a log's frame number) and "rn:uuid:..." (an unknown header, as
        // written) belong to the lines above them
        String via = "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK74bf9aaaaaaaaaaaa;rport=5984";
        String contact = "Contact: <sip:alice.xxxxxxxxxxxxx@[2001:db8::10]:5060>;+sip.instance=\"<urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6>\"";
        assertThat(via.substring(72)).isEqualTo("84");
        assertThat(contact.substring(72)).startsWith("rn:uuid:");
        SipMessage m = SipParser.parse(FindingCatalogueTest.options("",
                Map.of("Via", FindingCatalogueTest.wrappedAt(via, 72)), FindingCatalogueTest.wrappedAt(contact, 72),
                "Content-Length: 0")).messages().get(0);
        assertThat(Fixtures.codes(m.findings())).containsExactly("wrapped-line-joined", "wrapped-line-joined");
        assertThat(m.header("Via")).map(Header::rawValue).contains(via.substring(5));
        assertThat(m.header("Contact")).map(Header::rawValue).contains(contact.substring(9));
    }

    @Test
    void anUnknownHeaderAfterALineOfTheWrapWidthStaysAHeaderWhenItsColonHasABlankAfterIt() {
        String via = "Via: SIP/2.0/UDP [2001:db8:890:1942:1::9e0b:baea]:31800;branch=z9hG4bKZ1fcbfd9SavDrBkaaWTO;rport=5984";
        String wrappedVia = FindingCatalogueTest.wrappedAt(via, 72);
        String exact = "X-Lab-Note-Alpha: " + "a".repeat(72 - "X-Lab-Note-Alpha: ".length());
        SipMessage m = SipParser.parse(FindingCatalogueTest.options("", Map.of("Via", wrappedVia), exact,
                "X-Lab: beta", "Content-Length: 0")).messages().get(0);
        assertThat(m.header("X-Lab")).map(Header::rawValue).contains("beta");
        assertThat(m.header("X-Lab-Note-Alpha")).map(Header::rawValue).contains(exact.substring(18));
    }

    @Test
    void aLowerCaseHeaderWithoutABlankAfterItsColonIsNoUriTailAfterACompleteValue() {
        String a = "X-Long-A: " + "a".repeat(62);
        String b = "X-Long-B: " + "b".repeat(62);
        SipMessage m = SipParser.parse(FindingCatalogueTest.options("Content-Length: 0", a, b, "abc:def"))
                .messages().get(0);
        assertThat(m.header("abc")).map(Header::rawValue).contains("def");
        assertThat(Fixtures.codes(m.findings())).doesNotContain("wrapped-line-joined");
    }

    @Test
    void aSingleLongLineFollowedByTextIsNoWrap() {
        // one long line gives no wrap width: the text after it is a body that lost its empty line
        String pai = "P-Asserted-Identity: \"Alice Example\" <sip:alice@atlanta.example.com;user=phone>, <tel:+15551234567>";
        SipMessage m = SipParser.parse(FindingCatalogueTest.options("Content-Type: text/plain", pai)
                .replace("\r\n\r\n", "\r\n") + "Hello Bob, are you there?\r\n").messages().get(0);
        assertThat(Fixtures.codes(m.findings())).doesNotContain("wrapped-line-joined").contains("missing-empty-line");
    }

    @Test
    void aBodyWithoutItsEmptyLineIsNotJoinedToALongLastHeader() {
        String longHeader = "P-Asserted-Identity: \"A very long display name for this test\" <sip:alice@example.com>";
        SipMessage m = SipParser.parse(FindingCatalogueTest.options("Content-Type: application/sdp", longHeader)
                .replace("\r\n\r\n", "\r\n") + "v=0\r\n").messages().get(0);
        assertThat(Fixtures.codes(m.findings())).doesNotContain("wrapped-line-joined");
    }

    @Test
    void aContactBrokenAfterEachSemicolonWithoutIndentIsOneHeader() {
        // 3GPP specs and vendor documents typeset long Contacts one parameter per line, with no folding whitespace
        String contact = "Contact: <sip:[5555::aaa:bbb:ccc:ddd]:1357;comp=sigcomp>;reg-id=1;\r\n"
                + "+sip.instance=\"<urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6>\";\r\n"
                + "+g.3gpp.cs-audio;\r\n"
                + "expires=600000";
        SipMessage m = SipParser.parse(FindingCatalogueTest.request("REGISTER", contact, "Supported: path"))
                .messages().get(0);
        assertThat(Fixtures.codes(m.findings())).containsExactly("wrapped-line-joined");
        assertThat(m.findings().get(0).line()).isEqualTo(9);
        assertThat(m.contacts()).singleElement().satisfies(c -> assertThat(c.params()).extracting(Param::name)
                .containsExactly("reg-id", "+sip.instance", "+g.3gpp.cs-audio", "expires"));
        assertThat(m.header("Supported")).isPresent();
    }

    @Test
    void aLineAfterASemicolonThatStartsTheBodyIsNotJoined() {
        String m = FindingCatalogueTest.options("Content-Type: application/sdp;").replace("\r\n\r\n", "\r\n") + "v=0\r\n";
        SipMessage parsed = SipParser.parse(m).messages().get(0);
        assertThat(Fixtures.codes(parsed.findings())).doesNotContain("wrapped-line-joined").contains("missing-empty-line");
    }

    @Test
    void anAnnotationAfterHeadersOfTheWrapWidthIsNotJoined() {
        String via = "Via: SIP/2.0/TCP [2001:db8::1]:5060;branch=z9hG4bK1835967788smg;transport=TCP";
        String pai = "P-Asserted-Identity: <sip:+15551230001@ims.example.net;user=phone>;x=12345678";
        assertThat(via).hasSameSizeAs(pai);
        SipMessage m = SipParser.parse(FindingCatalogueTest.options("", Map.of("Via", via), "Content-Length: 0", pai)
                .replace(pai + "\r\n", pai + "\r\n// the SDP follows\r\n")).messages().get(0);
        assertThat(Fixtures.codes(m.findings())).doesNotContain("wrapped-line-joined", "malformed-header-value");
        assertThat(m.header("Via")).map(Header::rawValue).contains(via.substring(5));
    }

    @Test
    void aMessageOverTcpNeedsContentLengthEvenWithoutABody() {
        String tcp = FindingCatalogueTest.options("", Map.of("Via", "Via: SIP/2.0/TCP 192.0.2.1:5060;branch=z9hG4bK74bf9"));
        assertThat(Fixtures.codes(SipParser.parse(tcp).messages().get(0).findings()))
                .containsExactly("stream-without-content-length");
        assertThat(Fixtures.codes(SipParser.parse(tcp.replace("\r\n\r\n", "\r\nContent-Length: 0\r\n\r\n"))
                .messages().get(0).findings())).isEmpty();
        // over UDP the datagram ends the message
        assertThat(Fixtures.codes(SipParser.parse(FindingCatalogueTest.options("")).messages().get(0).findings()))
                .isEmpty();
    }

    @Test
    void lineEndsMixedInOneMessageAreTheSendersNotTheCopys() {
        String crlf = FindingCatalogueTest.options("Content-Length: 0");
        SipMessage mixed = SipParser.parse(crlf.replace("Max-Forwards: 70\r\n", "Max-Forwards: 70\n")).messages().get(0);
        assertThat(mixed.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("mixed-line-endings");
            assertThat(f.line()).isEqualTo(3);
        });
        // all bare LF is a copy, and a paste whose last line has no line end at all is not a mix
        assertThat(Fixtures.codes(SipParser.parse(crlf.replace("\r\n", "\n")).messages().get(0).findings()))
                .containsExactly("lf-line-endings");
        assertThat(Fixtures.codes(SipParser.parse(crlf.strip()).messages().get(0).findings()))
                .doesNotContain("mixed-line-endings", "lf-line-endings");
    }

    @Test
    void aDtlsFingerprintNeedsItsHexBytes() {
        String sdp = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
                + "a=fingerprint:sha-256 4A:AD:B9:B1:3F:82:18:3B:54:02:12:DF:3E:5D:49:6B:19:E5:7C:AB:3F:B7:E8:2A:FC:B5:5E:75:A9:01:E5:27\r\n"
                + "m=audio 49170 UDP/TLS/RTP/SAVP 0\r\na=setup:active\r\n";
        SipMessage ok = SipParser.parse(FindingCatalogueTest.withSdp(sdp)).messages().get(0);
        assertThat(Fixtures.codes(ok.findings())).doesNotContain("sdp-malformed-attribute");
        SipMessage bare = SipParser.parse(FindingCatalogueTest.withSdp(sdp + "a=fingerprint:SHA-256\r\n")).messages().get(0);
        assertThat(bare.findings()).filteredOn(f -> f.code().equals("sdp-malformed-attribute")).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).contains("a=fingerprint:'SHA-256'");
                    assertThat(f.reference()).isEqualTo("RFC 8122 §5");
                });
    }

    @Test
    void anEmptyCSeqIsAMissingCSeqNotJustAnEmptyValue() {
        SipMessage m = one(FindingCatalogueTest.options("", java.util.Map.of("CSeq", "CSeq:"), "Content-Length: 0"));
        assertThat(Fixtures.codes(m.findings())).containsExactly("missing-cseq");
        assertThat(m.findings().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(m.findings().get(0).message()).contains("CSeq header with no value");
    }

    @Test
    void emptyHeadersWhoseGrammarNeedsAValueAreReportedAndOptionalOnesAreNot() {
        SipMessage m = one(FindingCatalogueTest.options("Require:", "Unsupported: ", "Allow-Events:",
                "P-Access-Network-Info:", "P-Charging-Vector:", "Content-Length: 0"));
        assertThat(m.findings()).filteredOn(f -> f.is(FindingCode.EMPTY_HEADER_VALUE))
                .extracting(Finding::message).map(t -> t.substring(0, t.indexOf(' ')))
                .containsExactly("Require", "Unsupported", "Allow-Events", "P-Access-Network-Info", "P-Charging-Vector");
        // RFC 7315 lets a registrar send P-Associated-URI empty; RFC 3261 lets Supported, Allow and Accept be empty
        SipMessage ok = one(FindingCatalogueTest.options("Supported:", "Allow:", "Accept:", "P-Associated-URI:",
                "Accept-Resource-Priority:", "Content-Length: 0"));
        assertThat(ok.findings()).isEmpty();
    }

    @Test
    void aLatin1ByteInAHeaderIsInvalidUtf8ButValidUtf8ElsewhereIsNot() {
        String text = FindingCatalogueTest.options("", java.util.Map.of("From",
                "From: \"M\u00fcller\" <sip:alice@example.com>;tag=9fxced76sl"), "Subject: caf\u00e9",
                "Content-Length: 0");
        byte[] latin1From = text.replace("caf\u00e9", "cafe").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        SipMessage m = SipParser.parse(latin1From).messages().get(0);
        assertThat(Fixtures.codes(m.findings())).containsExactly("invalid-utf8");
        assertThat(m.findings().get(0).message()).contains("From holds the byte 0xFC");
        // the same message in UTF-8, with a binary body that makes the paste as a whole invalid UTF-8
        byte[] head = text.replace("Content-Length: 0", "Content-Type: application/vnd.3gpp.sms\r\nContent-Length: 2")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBody = java.util.Arrays.copyOf(head, head.length + 2);
        withBody[head.length] = (byte) 0x8e;
        withBody[head.length + 1] = (byte) 0xff;
        SipMessage binary = SipParser.parse(withBody).messages().get(0);
        assertThat(Fixtures.codes(binary.findings())).doesNotContain("invalid-utf8");
    }

    @Test
    void blanksAfterStructuredSdpFieldsAreNamedAndSetAsideButTextMayEndInOne() {
        String sdp = "v=0\r\no=a 1 1 IN IP4 192.0.2.1 \r\ns= \r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
                + "m=audio 4000 RTP/AVP 0\r\na=mid:1   \r\na=tool:my tool \r\n";
        SipMessage m = one(FindingCatalogueTest.withSdp(sdp));
        assertThat(Fixtures.codes(m.findings())).containsExactly("sdp-trailing-whitespace");
        assertThat(m.findings().get(0).message()).startsWith("2 sdp lines end in spaces or tabs, the first 'o=a 1 1");
        dev.sigref.sip.sdp.SessionDescription session = ((SdpBody) m.body()).session();
        assertThat(session.origin().address()).isEqualTo("192.0.2.1");
        assertThat(session.sessionName()).isEqualTo(" ");
        assertThat(session.media().get(0).attributes()).extracting(dev.sigref.sip.sdp.Attribute::value)
                .containsExactly("1", "my tool ");
    }

    @Test
    void anEmptyMaxForwardsInARequestIsReportedOnceAsMissing() {
        SipMessage m = one(FindingCatalogueTest.options("", java.util.Map.of("Max-Forwards", "Max-Forwards:"),
                "Content-Length: 0"));
        assertThat(Fixtures.codes(m.findings())).containsExactly("missing-max-forwards");
    }

    @Test
    void sdpAddressesMustMatchTheirAddressType() {
        String sdp = "v=0\r\no=- 1 1 IN IP6 2001:db8::1\r\ns=-\r\nc=IN IP4 94.55.170.28\r\nt=0 0\r\n"
                + "m=audio 4000 RTP/AVP 0\r\nc=IN IP6 2001:db8::2\r\nm=audio 4002 RTP/AVP 0\r\nc=IN IP4 pbx.example.net\r\n"
                + "m=audio 4004 RTP/AVP 0\r\nc=IN IP4 224.2.1.1/127\r\n";
        assertThat(one(FindingCatalogueTest.withSdp(sdp)).findings()).isEmpty();
        for (String[] bad : new String[][] {{"c=IN IP4 94.55.170.28", "c=IN IP4 94.55.170.280", "octet '280'"},
            {"c=IN IP6 2001:db8::2", "c=IN IP4 2001:db8::2", "says IP4: write IP6"},
            {"o=- 1 1 IN IP6 2001:db8::1", "o=- 1 1 IN IP6 192.0.2.1", "says IP6: write IP4"}}) {
            SipMessage m = one(FindingCatalogueTest.withSdp(sdp.replace(bad[0], bad[1])));
            assertThat(m.findings()).singleElement().extracting(Finding::message).asString().contains(bad[2]);
        }
    }

    @Test
    void anSdpAddressWithAPortAndARequestLineWithATrailingSpaceAreNamed() {
        String sdp = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1:5004\r\nt=0 0\r\n"
                + "m=audio 4000 RTP/AVP 0\r\n";
        assertThat(one(FindingCatalogueTest.withSdp(sdp)).findings()).singleElement().extracting(Finding::message)
                .asString().contains("carries a port (':5004')");
        assertThat(one(FindingCatalogueTest.withSdp(sdp.replace("192.0.2.1:5004", "media.example.com:5004"))).findings())
                .singleElement().extracting(Finding::message).asString().contains("carries a port");
        SipMessage trailing = one(FindingCatalogueTest.options("Content-Length: 0").replaceFirst("SIP/2.0\r\n", "SIP/2.0 \r\n"));
        assertThat(Fixtures.codes(trailing.findings())).containsExactly("extra-whitespace");
    }

    @Test
    void aBodyAfterAnEmptySubjectIsNoPartOfTheSubject() {
        String text = FindingCatalogueTest.options("Subject:", "Content-Type: text/plain");
        text = text.substring(0, text.length() - 2) + "Hello Bob\r\n";
        // the Subject line comes last so that the body line follows it directly
        text = text.replace("Subject:\r\nContent-Type: text/plain\r\n", "Content-Type: text/plain\r\nSubject:\r\n");
        SipMessage m = one(text);
        assertThat(m.header("Subject")).map(Header::rawValue).contains("");
        assertThat(Fixtures.codes(m.findings())).contains("missing-empty-line");
    }

    @Test
    void aRequestOnlySentInsideADialogNeedsTheToTag() {
        String bye = FindingCatalogueTest.request("BYE");
        assertThat(Fixtures.codes(one(bye).findings())).doesNotContain("in-dialog-request-without-to-tag");
        assertThat(Fixtures.codes(one(bye.replace(";tag=8321234356", "")).findings()))
                .contains("in-dialog-request-without-to-tag");
        // an INVITE or OPTIONS outside a dialog has no To tag, rightly
        assertThat(Fixtures.codes(one(FindingCatalogueTest.options("Content-Length: 0")).findings()))
                .doesNotContain("in-dialog-request-without-to-tag");
    }
}
