package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceFramingTest {

    @Test
    void aTraceOfNMessagesGivesExactlyNMessagesWithLineRanges() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/trace/lf-trace-with-garbage.sip");
        assertThat(r.messages()).extracting(SipMessage::startLine).containsExactly(
                "OPTIONS sip:bob@example.com SIP/2.0", "INVITE tel:+15550199 SIP/2.0", "SIP/2.0 200 OK");
        assertThat(r.messages()).extracting(SipMessage::index).containsExactly(0, 1, 2);
        assertThat(r.messages().get(0).firstLine()).isEqualTo(3);
        assertThat(r.messages().get(1).firstLine()).isGreaterThan(r.messages().get(0).lastLine());
    }

    @Test
    void garbageBetweenMessagesIsAnUndecodedBlockWithATopLevelFinding() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/trace/lf-trace-with-garbage.sip");
        assertThat(r.undecoded()).singleElement().satisfies(b -> {
            assertThat(b.text()).isEqualTo("this line is not SIP at all\n");
            assertThat(b.firstLine()).isEqualTo(13);
            assertThat(b.lastLine()).isEqualTo(13);
        });
        assertThat(r.findings()).extracting(Finding::code).containsExactly("undecodable-text");
        assertThat(r.messages()).allSatisfy(m -> assertThat(m.findings()).extracting(Finding::code)
                .containsOnly("lf-line-endings"));
    }

    @Test
    void aMarkdownFenceEndsTheMessageItClosesWhateverItsContentLengthSays() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/markdown-fences-closing-after-the-headers-and-inside-a-body.sip");
        assertThat(r.messages()).extracting(SipMessage::startLine)
                .containsExactly("INVITE sip:bob@example.com SIP/2.0", "SIP/2.0 100 Trying");
        SipMessage invite = r.messages().get(0);
        assertThat(invite.body()).isInstanceOf(EmptyBody.class);
        assertThat(invite.findings()).filteredOn(f -> f.code().equals("content-length-mismatch")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("142 declared, 0 bytes present; the code block closes"));
        SipMessage trying = r.messages().get(1);
        assertThat(trying.body()).isInstanceOfSatisfying(TextBody.class, b -> assertThat(b.text()).isEqualTo("queued\n"));
        assertThat(trying.lastLine()).isEqualTo(26);
        // the fences and the prose around them are one block each, not a body
        assertThat(r.undecoded()).extracting(UndecodedBlock::firstLine).containsExactly(1, 13, 27);
        assertThat(r.findings()).extracting(Finding::code).containsOnly("prose-around-code-block");
        assertThat(r.findings().get(0).message()).startsWith("lines 1-2 ('Here is the INVITE my phone sends:') stand");
        assertThat(r.findings().get(1).message()).startsWith("lines 13-16 ('and the server answers:') stand");
    }

    @Test
    void aMessageALogQuotedIsReadWithoutItsQuoteMarks() {
        String options = FindingCatalogueTest.options("Content-Length: 0");
        String paste = "Nov  7 13:38:06 sbc1 /usr/sbin/kamailio[6140]: INFO: <script>: Received message\n'" + options
                + "'\nNov  7 13:38:06 sbc1 /usr/sbin/kamailio[6140]: INFO: <script>: Sent message\n'"
                + options.replace("OPTIONS sip:bob@example.com SIP/2.0", "SIP/2.0 200 OK")
                        .replace("<sip:bob@example.com>", "<sip:bob@example.com>;tag=4") + "'\n";
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).extracting(SipMessage::startLine)
                .containsExactly("OPTIONS sip:bob@example.com SIP/2.0", "SIP/2.0 200 OK");
        assertThat(r.allFindings()).allMatch(f -> f.severity() == Severity.INFO);
        assertThat(r.undecoded()).extracting(UndecodedBlock::reason)
                .containsOnly("the quote mark that closes the message the log quoted");
    }

    @Test
    void everyClosingQuoteOfBackToBackQuotedMessagesIsTheLogs() {
        String one = "'" + FindingCatalogueTest.options("Content-Length: 0") + "'\n";
        ParseResult r = SipParser.parse(one + one + one);
        assertThat(r.messages()).hasSize(3);
        assertThat(r.allFindings()).noneMatch(f -> f.is(FindingCode.UNDECODABLE_TEXT));
        assertThat(r.undecoded()).hasSize(3).extracting(UndecodedBlock::reason)
                .containsOnly("the quote mark that closes the message the log quoted");
    }

    @Test
    void aLogPrefixEndingInTheQuoteOfAQuotedMessageIsRemovedAndTheClosingQuoteAfterItsBodyIsTheLogs() {
        String sdp = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 49170 RTP/AVP 0\r\n";
        String paste = " 0(1234) INFO: <script>: RECEIVED: '" + FindingCatalogueTest.withSdp(sdp) + "'\n";
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(m.startLine()).isEqualTo("OPTIONS sip:bob@example.com SIP/2.0");
            assertThat(Fixtures.codes(m.findings())).containsExactly("log-prefix-removed");
        });
        assertThat(r.undecoded()).extracting(UndecodedBlock::reason).containsExactly(PasteNotes.CLOSING_QUOTE);
    }

    @Test
    void textInsideACodeBlockThatIsNoSipStaysUndecodableText() {
        String paste = "Here it is:\n```\nsee trace below\n" + FindingCatalogueTest.options("Content-Length: 0") + "```\n";
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).hasSize(1);
        assertThat(r.findings()).extracting(Finding::code).containsExactly("undecodable-text");
        assertThat(r.undecoded().get(0).reason()).isEqualTo("not a SIP start line, header or known log decoration");
    }

    @Test
    void proseWithoutAnyCodeBlockStaysUndecodableText() {
        ParseResult r = SipParser.parse("Here it is:\n" + FindingCatalogueTest.options("Content-Length: 0"));
        assertThat(r.findings()).extracting(Finding::code).containsExactly("undecodable-text");
    }

    @Test
    void aStartLineAfterALabelStartsAMessageAndTheLabelIsKeptAsDecoration() {
        String body = String.join("\n", Fixtures.OPTIONS_HEADERS) + "\nContent-Length: 0\n\n";
        String paste = "Request-Line: OPTIONS sip:bob@example.com SIP/2.0\n" + body
                + "response: SIP/2.0 200 OK\n" + body.replace("CSeq", "CSeq").replace("<sip:bob@example.com>",
                        "<sip:bob@example.com>;tag=9") + "Note: SIP/2.0 200 OK was the answer\n";
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).extracting(SipMessage::startLine)
                .containsExactly("OPTIONS sip:bob@example.com SIP/2.0", "SIP/2.0 200 OK");
        assertThat(r.messages()).extracting(m -> m.metadata().decoration())
                .containsExactly("Request-Line: ", "response: ");
        assertThat(r.messages().get(1).firstLine()).isEqualTo(10);
        // a label needs a header line after it: the last line is prose
        assertThat(r.undecoded()).singleElement().extracting(UndecodedBlock::firstLine).isEqualTo(19);
    }

    @Test
    void aLogLineAfterAMessageWithoutABodyIsLogTextNotDataAfterTheBody() {
        String message = FindingCatalogueTest.options("Content-Length: 0");
        ParseResult r = SipParser.parse(message + "nta.c:8310 outgoing_send() nta: sent ACK to */192.0.2.7:5060\r\n");
        assertThat(Fixtures.codes(r.messages().get(0).findings())).doesNotContain("data-after-body");
        assertThat(r.findings()).extracting(Finding::code).containsExactly("undecodable-text");
        // a body the sender forgot to count is still the message's fault
        SipMessage uncounted = SipParser.parse(message + "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\n").messages().get(0);
        assertThat(Fixtures.codes(uncounted.findings())).contains("data-after-body");
    }


    @Test
    void syslogTimedLinesAfterAnExactlyCountedBodyAreLogLinesNotDataAfterTheBody() {
        String sdp = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n";
        String message = FindingCatalogueTest.options(sdp, Map.of(), "Content-Type: application/sdp",
                "Content-Length: " + sdp.length());
        for (String log : List.of(
                "[Mar  1 12:00:00] VERBOSE[1234][C-00000001] app_dial.c:     -- Called PJSIP/100\r\n",
                "Mar  1 12:00:00 proxy kamailio[1234]: DEBUG: <core> [core/receive.c:297]: receive_msg(): done\r\n")) {
            ParseResult r = SipParser.parse(message + log + log);
            assertThat(Fixtures.codes(r.messages().get(0).findings())).doesNotContain("data-after-body");
            assertThat(r.undecoded()).singleElement().satisfies(b -> {
                assertThat(b.text()).isEqualTo(log + log);
                assertThat(b.reason()).isEqualTo("log lines with no SIP message after them");
            });
        }
        // a month name alone is not a time: an SDP line the sender forgot to count stays the message's fault
        SipMessage uncounted = SipParser.parse(message + "a=label:Mar 1\r\n").messages().get(0);
        assertThat(Fixtures.codes(uncounted.findings())).contains("data-after-body");
    }
    @Test
    void aBodyWithoutContentLengthEndsBeforeTheLogsNextTimestampedEntry() {
        String message = FindingCatalogueTest.options("hello\r\n\r\nsecond paragraph\r\n", Map.of(),
                "Content-Type: text/plain");
        ParseResult r = SipParser.parse(message + "\r\n2026-11-24 10:00:01.250 [DEBUG] sofia.c:7325 entering state\r\n");
        assertThat(r.messages()).singleElement().extracting(SipMessage::body)
                .isInstanceOfSatisfying(TextBody.class, b -> assertThat(b.text()).isEqualTo("hello\r\n\r\nsecond paragraph\r\n"));
        assertThat(r.undecoded()).singleElement().satisfies(b -> assertThat(b.text()).startsWith("2026-11-24 10:00:01.250"));
    }

    @Test
    void aStartLineGluedToTheColonOfABrowserLogLineStartsAMessage() {
        String headers = String.join("\n", Fixtures.OPTIONS_HEADERS) + "\nContent-Length: 0\n\n";
        ParseResult r = SipParser.parse("browser.js:183 JsSIP:Transport received text message:OPTIONS"
                + " sip:bob@example.com SIP/2.0\n" + headers + "JsSIP:Transport sending message:SIP/2.0 200 OK\n"
                + headers.replace("<sip:bob@example.com>", "<sip:bob@example.com>;tag=7"));
        assertThat(r.messages()).extracting(SipMessage::startLine)
                .containsExactly("OPTIONS sip:bob@example.com SIP/2.0", "SIP/2.0 200 OK");
        assertThat(r.messages().get(0).metadata().decoration()).isEqualTo("browser.js:183 JsSIP:Transport received text message:");
        assertThat(r.undecoded()).isEmpty();
    }

    @Test
    void headerLinesCopiedWithoutTheirStartLineAreNamedAsSuch() {
        String paste = "Via: SIP/2.0/TLS 192.0.2.7:5061;branch=z9hG4bK77ab\r\nFrom: <sip:alice@example.com>;tag=1\r\n"
                + "To: <sip:alice@example.com>;tag=2\r\nCSeq: 7 REGISTER\r\nContent-Length: 0\r\n\r\n"
                + "SIP/2.0 200 OK\r\n" + String.join("\r\n", Fixtures.OPTIONS_HEADERS) + "\r\nContent-Length: 0\r\n\r\n";
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).singleElement().extracting(SipMessage::startLine).isEqualTo("SIP/2.0 200 OK");
        assertThat(r.undecoded()).singleElement().satisfies(b -> {
            assertThat(b.firstLine()).isEqualTo(1);
            assertThat(b.lastLine()).isEqualTo(5);
            assertThat(b.reason()).isEqualTo("SIP header lines with no start line before them");
        });
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("5 SIP header lines (Via, From, To, CSeq...)").contains("no request or status line"));
    }

    @Test
    void aRequestLineWithTextAfterItIsNamedNotReadAsAStatusLine() {
        String paste = "log: " + FindingCatalogueTest.options("Content-Length: 0").replaceFirst(" SIP/2.0", " SIP/2.0 x");
        ParseResult r = SipParser.parse(paste);
        // 'SIP/2.0 x' after a prefix made a response of status 0 out of an OPTIONS
        assertThat(r.messages()).isEmpty();
        assertThat(r.undecoded()).singleElement().extracting(UndecodedBlock::reason)
                .isEqualTo("SIP header lines after a start line with other text on its line");
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("after line 1 ('log: OPTIONS sip:bob@example.com SIP/2.0 x')"));
    }

    @Test
    void oneLineThatLooksLikeAHeaderIsStillJustText() {
        ParseResult r = SipParser.parse("Note: the trace below was cut\n");
        assertThat(r.undecoded()).singleElement().extracting(UndecodedBlock::reason)
                .isEqualTo("not a SIP start line, header or known log decoration");
    }

    @Test
    void everyNonBlankCharacterEndsUpInAMessageOrABlock() {
        byte[] raw = Fixtures.bytes("/dev/sigref/sip/logs/kamailio-sipdump.sip");
        String text = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
        ParseResult r = SipParser.parse(text);
        String covered = r.messages().stream().map(m -> m.metadata().decoration() + m.raw()).collect(Collectors.joining())
                + r.undecoded().stream().map(UndecodedBlock::text).collect(Collectors.joining());
        assertThat(strip(covered)).hasSameSizeAs(strip(text));
    }

    private static String strip(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void contentLengthFramesABodyThatContainsAStatusLine() {
        String frag = "SIP/2.0 180 Ringing\r\n";
        String notify = Fixtures.message("NOTIFY sip:alice@192.0.2.1 SIP/2.0", frag,
                "Via: SIP/2.0/UDP 192.0.2.2;branch=z9hG4bKn1", "Max-Forwards: 70",
                "From: <sip:bob@example.com>;tag=b", "To: <sip:alice@example.com>;tag=a", "Call-ID: refer-1",
                "CSeq: 2 NOTIFY", "Contact: <sip:bob@192.0.2.2>", "Event: refer", "Subscription-State: active",
                "Content-Type: message/sipfrag;version=2.0");
        ParseResult r = SipParser.parse(notify + notify);
        assertThat(r.messages()).hasSize(2);
        assertThat(((TextBody) r.messages().get(0).body()).text()).isEqualTo(frag);
        assertThat(r.allFindings()).isEmpty();
    }

    @Test
    void leadingAndTrailingBlankLinesAreIgnored() {
        String m = FindingCatalogueTest.options("Content-Length: 0");
        ParseResult r = SipParser.parse("\r\n\r\n  \r\n" + m + "\r\n\r\n\r\n");
        assertThat(r.messages()).hasSize(1);
        assertThat(r.undecoded()).isEmpty();
        assertThat(r.allFindings()).isEmpty();
    }

    @Test
    void aMessageWithoutContentLengthRunsToTheNextStartLine() {
        String a = FindingCatalogueTest.options("hello\r\n", java.util.Map.of(), "Content-Type: text/plain");
        ParseResult r = SipParser.parse(a + FindingCatalogueTest.options("Content-Length: 0"));
        assertThat(r.messages()).hasSize(2);
        assertThat(((TextBody) r.messages().get(0).body()).text()).isEqualTo("hello\r\n");
        assertThat(r.messages().get(0).findings()).extracting(Finding::code).containsExactly("missing-content-length");
    }

    @Test
    void emptyAndNullInputGiveAnEmptyResult() {
        for (String input : new String[] {"", null, "\r\n\r\n"}) {
            ParseResult r = SipParser.parse(input);
            assertThat(r.messages()).isEmpty();
            assertThat(r.undecoded()).isEmpty();
            assertThat(r.findings()).isEmpty();
        }
    }

    private static final String SDP = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
            + "m=audio 49170 RTP/AVP 0\r\n";

    @Test
    void consoleLinesAfterAnSdpShorterThanItsContentLengthAreLogTextNotSdp() {
        String log = " +13s\r\nbrowser.js:183 JsSIP:Transport send() +1ms\r\n";
        String text = FindingCatalogueTest.withSdp(SDP).replace("Content-Length: " + SDP.length(), "Content-Length: 935")
                + log;
        ParseResult r = SipParser.parse(text);
        SipMessage m = r.messages().get(0);
        assertThat(Fixtures.codes(m.findings())).containsExactly("content-length-mismatch");
        assertThat(m.findings().get(0).message()).contains(SDP.length() + " bytes present");
        assertThat(((SdpBody) m.body()).session().media()).hasSize(1);
        assertThat(r.undecoded()).singleElement().extracting(UndecodedBlock::text).isEqualTo(log);
    }

    @Test
    void numberedTraceLinesAfterAnSdpWithoutContentLengthAreLogTextNotSdp() {
        String log = "2: *Aug 30 21:21:45.583: //1/1CE915CE8002/CUBE_VT/SIP/FSM/SPI-State-Change\r\n";
        String text = FindingCatalogueTest.options(SDP, java.util.Map.of(), "Content-Type: application/sdp") + log;
        ParseResult r = SipParser.parse(text);
        SipMessage m = r.messages().get(0);
        assertThat(Fixtures.codes(m.findings())).containsExactly("missing-content-length");
        assertThat(((SdpBody) m.body()).session().media()).hasSize(1);
        assertThat(r.undecoded()).singleElement().extracting(UndecodedBlock::text).isEqualTo(log);
    }

    @Test
    void aBrokenLineBetweenSdpLinesStaysInTheBodyWhereTheSdpParserNamesIt() {
        String sdp = SDP.replace("s=-\r\n", "s=-\r\n...trimmed...\r\n");
        String text = FindingCatalogueTest.options(sdp, java.util.Map.of(), "Content-Type: application/sdp");
        ParseResult r = SipParser.parse(text);
        assertThat(Fixtures.codes(r.messages().get(0).findings())).contains("sdp-malformed-line");
        assertThat(r.undecoded()).isEmpty();
    }

    @Test
    void aWebSocketHandshakeBeforeTheSipIsNamedAsHttp() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/trace/websocket-handshake-before-register.txt");
        assertThat(r.messages()).singleElement().extracting(SipMessage::method).isEqualTo("REGISTER");
        assertThat(r.undecoded()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo("an HTTP message, not SIP");
            assertThat(u.firstLine()).isEqualTo(1);
            assertThat(u.lastLine()).isEqualTo(11);
        });
        assertThat(r.findings()).singleElement().extracting(Finding::message).asString()
                .contains("an HTTP message (line 1, 'GET /ws HTTP/1.1')").doesNotContain("starts inside a message");
    }

    @Test
    void anIndentedStartLineWithoutHeaderLinesIsNamedAsSuch() {
        // one SIPp keyword is not enough to read the paste as a template (two are: SippScenarioTest)
        ParseResult r = SipParser.parse("      SIP/2.0 180 Ringing\n      [last_Via:]\n");
        assertThat(r.messages()).isEmpty();
        assertThat(r.undecoded()).singleElement().extracting(UndecodedBlock::reason)
                .isEqualTo("an indented start line without header lines after it");
        assertThat(r.findings()).singleElement().extracting(Finding::message).asString()
                .contains("line 1 ('SIP/2.0 180 Ringing') is a start line indented by 6 characters")
                .contains("('[last_Via:]') is no SIP header line")
                .doesNotContain("a message starts with a request line");
        // prose that starts with a method, or a wrapped Via tail, is no indented start line
        for (String text : new String[] {"   INVITE sip:bob@example.com is what Alice dials.\n",
            "Via:\n SIP/2.0/UDP 192.0.2.1\n"}) {
            assertThat(SipParser.parse(text).findings()).extracting(Finding::message)
                    .noneMatch(t -> t.contains("is a start line indented"));
        }
    }

    @Test
    void theNextMessageInsideADeclaredSdpBodyEndsTheBodyAndIsDecoded() {
        String first = FindingCatalogueTest.options("", java.util.Map.of(), "Content-Type: application/sdp",
                "Content-Length: 142");
        String second = FindingCatalogueTest.options("Content-Length: 0");
        ParseResult r = SipParser.parse(first + second);
        assertThat(r.messages()).hasSize(2);
        assertThat(Fixtures.codes(r.messages().get(0).findings())).containsExactly("content-length-mismatch");
        assertThat(r.messages().get(1).findings()).isEmpty();
        assertThat(r.undecoded()).isEmpty();
    }

    @Test
    void aSipfragBodyMayHoldAStartLineAndHeaders() {
        String frag = "SIP/2.0 200 OK\r\nCSeq: 1 INVITE\r\n";
        String notify = FindingCatalogueTest.request("NOTIFY", "Event: refer", "Subscription-State: active;expires=60",
                "Content-Type: message/sipfrag").replace("Content-Length: 0", "Content-Length: " + frag.length()) + frag;
        ParseResult r = SipParser.parse(notify);
        assertThat(r.messages()).singleElement().extracting(m -> ((TextBody) m.body()).text()).isEqualTo(frag);
    }

    @Test
    void aTextBodyQuotingARequestKeepsItsExactContentLength() {
        String quoted = "The request was:\r\nINVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\n";
        String message = FindingCatalogueTest.options(quoted, java.util.Map.of(), "Content-Type: text/plain",
                "Content-Length: " + quoted.length());
        ParseResult r = SipParser.parse(message + FindingCatalogueTest.options("Content-Length: 0"));
        assertThat(r.messages()).hasSize(2);
        assertThat(((TextBody) r.messages().get(0).body()).text()).isEqualTo(quoted);
        assertThat(r.allFindings()).isEmpty();
    }

    @Test
    void proseRightAfterTheHeadersOfAMessageWithoutBodyIsAWarningAndUndecodedText() {
        String headers = FindingCatalogueTest.options("Content-Length: 0");
        String text = headers.substring(0, headers.length() - 2) + "Example of a NOTIFY message (as in a manual):\r\n";
        ParseResult r = SipParser.parse(text);
        assertThat(Fixtures.codes(r.messages().get(0).findings())).containsExactly("missing-final-empty-line");
        assertThat(r.undecoded()).singleElement().extracting(UndecodedBlock::text).asString().startsWith("Example of");
    }

    @Test
    void aBannerWhereAnSdpBodyWithoutContentLengthShouldBeIsNoBody() {
        String invite = FindingCatalogueTest.options("== Sent From kamailio ==\r\n", java.util.Map.of(),
                "Content-Type: application/sdp");
        ParseResult r = SipParser.parse(invite + FindingCatalogueTest.options("Content-Length: 0"));
        assertThat(r.messages()).hasSize(2);
        assertThat(r.messages().get(0).body()).isInstanceOf(EmptyBody.class);
        assertThat(r.messages().get(0).findings()).isEmpty();
        assertThat(r.undecoded()).singleElement().extracting(UndecodedBlock::text).isEqualTo("== Sent From kamailio ==\r\n");
    }

    @Test
    void anExactContentLengthHoldsWhenProseFollowsTheBodyDirectly() {
        String quoted = "INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\n";
        String message = FindingCatalogueTest.options(quoted, java.util.Map.of(), "Content-Type: text/plain",
                "Content-Length: " + quoted.length());
        ParseResult r = SipParser.parse(message + "Note: the 200 came 2 s later.\r\n");
        assertThat(r.messages()).singleElement().extracting(m -> ((TextBody) m.body()).text()).isEqualTo(quoted);
    }

    @Test
    void anLfCopyWhoseContentLengthCountsLfKeepsItsLastSdpLineWhole() {
        String sdp = "v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\nm=audio 4000 RTP/AVP 0\n"
                + "a=rtpmap:0 PCMU/8000\n";
        String message = FindingCatalogueTest.options(sdp, java.util.Map.of(), "Content-Type: application/sdp",
                "Content-Length: " + sdp.length()).replace("\r\n", "\n");
        ParseResult r = SipParser.parse(message + "then bob answers\n");
        SipMessage m = r.messages().get(0);
        assertThat(((SdpBody) m.body()).session().media().get(0).rtpMaps()).isNotEmpty();
        assertThat(Fixtures.codes(m.findings())).doesNotContain("sdp-malformed-line", "content-length-mismatch");
    }

    @Test
    void aSipfragBodyWithoutContentLengthIsNoMessageOfItsOwn() {
        String notify = FindingCatalogueTest.request("NOTIFY", "Event: refer", "Subscription-State: active;expires=60",
                "Content-Type: message/sipfrag").replace("Content-Length: 0\r\n", "") + "SIP/2.0 200 OK\r\n";
        ParseResult r = SipParser.parse(notify);
        assertThat(r.messages()).singleElement().extracting(m -> ((TextBody) m.body()).text())
                .isEqualTo("SIP/2.0 200 OK\r\n");
    }

    @Test
    void logLinesThatHoldNoReadableMessageAreNamed() {
        ParseResult r = SipParser.parse("2018-01-02 15:29:10.247700 app[546] [Message] \tAllow: INVITE, ACK\n"
                + "2018-01-02 15:29:10.247701 app[546] [Message] \tContent-Type: application/sdp\n"
                + "2018-01-02 15:29:10.247702 app[546] [Message] \tContent-Length: 25\n"
                + "2018-01-02 15:29:10.247703 app[546] [Message] \tUser-Agent: X\n");
        assertThat(r.undecoded()).singleElement().extracting(UndecodedBlock::reason)
                .isEqualTo("log lines with no SIP message read from them");
        assertThat(r.findings()).singleElement().extracting(Finding::code).isEqualTo("undecodable-text");
    }

    @Test
    void anLfCopyKeepsItsLastSdpLineWhenBothCountsEndALine() {
        String sdp = "v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\nm=audio 4000 RTP/AVP 0\n"
                + "a=rtpmap:0 PCMU/8000\na=ptime:20\na=sendrecv\n";
        String message = FindingCatalogueTest.options(sdp, java.util.Map.of(), "Content-Type: application/sdp",
                "Content-Length: " + sdp.length()).replace("\r\n", "\n");
        SipMessage m = SipParser.parse(message + "Bob answers with the 200 below.\n").messages().get(0);
        assertThat(((SdpBody) m.body()).session().media().get(0).direction()).isEqualTo("sendrecv");
        assertThat(((SdpBody) m.body()).session().media().get(0).attributes()).hasSize(3);
    }

    @Test
    void aPrefixedMessageBetweenBareMessagesIsDecodedNotFoldedIntoMetadata() {
        String ok = FindingCatalogueTest.response("SIP/2.0 200 OK", "1 OPTIONS", "<sip:bob@example.com>;tag=1");
        StringBuilder hidden = new StringBuilder();
        for (String line : FindingCatalogueTest.options("Content-Length: 0").split("\r\n")) {
            hidden.append("2024-03-01 12:00:01.123 DEBUG ").append(line.replace("bob@", "bob @")).append('\n');
        }
        ParseResult r = SipParser.parse(ok + hidden + ok);
        assertThat(r.messages()).extracting(SipMessage::startLine).containsExactly("SIP/2.0 200 OK",
                "OPTIONS sip:bob @example.com SIP/2.0", "SIP/2.0 200 OK");
        assertThat(r.undecoded()).isEmpty();
        assertThat(Fixtures.codes(r.messages().get(1).findings())).contains("log-prefix-removed", "whitespace-in-uri");
        // log chatter after the last message is no such block
        ParseResult chatter = SipParser.parse(ok + "2024-03-01 12:00:02.001 DEBUG dialog created\n"
                + "2024-03-01 12:00:02.002 DEBUG timer armed\n2024-03-01 12:00:02.003 DEBUG done\n");
        assertThat(chatter.findings()).isEmpty();
    }

    @Test
    void logChatterWithAFewHeaderNamesIsNoHiddenMessage() {
        String invite = FindingCatalogueTest.options("Content-Length: 0");
        ParseResult r = SipParser.parse("2024-03-01 12:00:02.001 INFO Warning: codec mismatch, retrying\n"
                + "2024-03-01 12:00:02.002 INFO Event: call.answered\n2024-03-01 12:00:02.003 INFO Server: ready\n"
                + invite);
        assertThat(r.findings()).isEmpty();
        assertThat(r.messages()).singleElement().extracting(m -> m.metadata().timestamp()).isNotNull();
    }

    @Test
    void aBodyThatLostOnlyItsLastLineEndIsWholeWithAWarning() {
        String message = FindingCatalogueTest.withSdp(FindingCatalogueTest.SDP_OK);
        for (String paste : new String[] {message.substring(0, message.length() - 2),
            message.replace("\r\n", "\n").substring(0, message.replace("\r\n", "\n").length() - 1)}) {
            SipMessage m = SipParser.parse(paste).messages().get(0);
            assertThat(Fixtures.codes(m.findings())).contains("body-last-line-end-missing")
                    .doesNotContain("content-length-mismatch", "data-after-body", "sdp-malformed-attribute");
            assertThat(((SdpBody) m.body()).session().media().get(0).rtpMaps()).hasSize(1);
        }
    }

    @Test
    void anLfCopyWhoseBodyLacksOnlyItsFinalLineEndButMatchesWithCrlfIsComplete() {
        String body = "a\r\n\r\nb";
        String message = FindingCatalogueTest.options(body, java.util.Map.of(), "Content-Type: text/plain",
                "Content-Length: " + body.length()).replace("\r\n", "\n");
        SipMessage m = SipParser.parse(message).messages().get(0);
        assertThat(Fixtures.codes(m.findings())).containsExactly("lf-line-endings");
    }
}
