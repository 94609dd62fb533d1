package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapedLineEndsTest {

    private static final String OPTIONS = "OPTIONS sip:bob@example.com SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKesc1\r\n"
            + "Max-Forwards: 70\r\n"
            + "From: \"Alice \\\"A\\\" Smith\" <sip:alice@example.com>;tag=e1\r\n"
            + "To: <sip:bob@example.com>\r\n"
            + "Call-ID: esc1@192.0.2.1\r\n"
            + "CSeq: 1 OPTIONS\r\n"
            + "Content-Length: 0\r\n\r\n";

    /** The message as a JSON string literal would carry it. */
    private static String jsonEscaped(String m) {
        return m.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n");
    }

    @Test
    void aMessageInsideAJsonLogRecordIsUnfoldedAndTheRecordAroundItKept() {
        String paste = "{\"ts\":\"2026-11-24T10:00:00.120Z\",\"node\":\"pcscf1\",\"msg\":\"" + jsonEscaped(OPTIONS)
                + "\",\"dir\":\"in\"}\n";
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(m.startLine()).isEqualTo("OPTIONS sip:bob@example.com SIP/2.0");
            assertThat(m.header("From")).get().extracting(Header::rawValue)
                    .isEqualTo("\"Alice \\\"A\\\" Smith\" <sip:alice@example.com>;tag=e1");
            assertThat(m.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        });
        // the JSON around the message is shown, not dropped
        assertThat(r.undecoded()).extracting(UndecodedBlock::text)
                .anySatisfy(t -> assertThat(t).contains("\"node\":\"pcscf1\""))
                .anySatisfy(t -> assertThat(t).contains("\"dir\":\"in\"}"));
    }

    @Test
    void rsyslogOctalEscapesAreReadAsTheLineEndsTheyStandFor() {
        String response = "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKesc1\r\n"
                + "From: <sip:alice@example.com>;tag=e1\r\nTo: <sip:bob@example.com>;tag=b7\r\n"
                + "Call-ID: esc1@192.0.2.1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
        String paste = "Nov 24 10:00:00 sbc1 kamailio[4321]: " + response.replace("\r", "#015").replace("\n", "#012")
                + "\nNov 24 10:00:01 sbc1 kamailio[4321]: " + OPTIONS.replace("\r", "#015").replace("\n", "#012") + "\n";
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).extracting(SipMessage::startLine)
                .containsExactly("SIP/2.0 200 OK", "OPTIONS sip:bob@example.com SIP/2.0");
        assertThat(r.messages()).allSatisfy(m -> assertThat(m.findings()).noneMatch(f -> f.severity() == Severity.ERROR));
    }

    @Test
    void aLinksysSyslogLineWithCaretMBetweenItsHeaderLinesIsOneMessage() {
        String paste = "Mar 20 17:01:17 192.168.0.2 " + OPTIONS.replace("\r\n", "^M ").stripTrailing() + "\n";
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(m.startLine()).isEqualTo("OPTIONS sip:bob@example.com SIP/2.0");
            assertThat(Fixtures.codes(m.findings())).containsExactly("escaped-line-ends-restored");
        });
        // ^M at the end of each line is the other form, read by its own pass
        assertThat(SipParser.parse(OPTIONS.replace("\r\n", "^M\n")).messages()).hasSize(1);
    }

    @Test
    void outsideAStringLiteralAQuoteIsTextNotTheEndOfTheMessage() {
        // a logger that escapes line ends but not quotes: the display name's quotes are the message's own
        String paste = "sent: " + OPTIONS.replace("\\\"", "").replace("\r", "\\r").replace("\n", "\\n") + "\n";
        SipMessage m = SipParser.parse(paste).messages().get(0);
        assertThat(m.header("From")).map(Header::rawValue).contains("\"Alice A Smith\" <sip:alice@example.com>;tag=e1");
        assertThat(m.header("Content-Length")).isPresent();
        assertThat(Fixtures.codes(m.findings())).containsExactly("escaped-line-ends-restored");
    }

    @Test
    void pythonsReprOfBytesLeavesItsQuotesOutOfTheMethod() {
        String paste = "b'" + OPTIONS.replace("\\\"", "").replace("\r", "\\r").replace("\n", "\\n") + "'\n";
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(m.method()).isEqualTo("OPTIONS");
            assertThat(Fixtures.codes(m.findings())).containsExactly("escaped-line-ends-restored");
        });
        assertThat(r.undecoded()).extracting(UndecodedBlock::text).containsExactly("b'\n", "'\n");
    }

    @Test
    void aLineWithOneEscapedLineEndIsNotTakenForAMessage() {
        String text = "log: sent INVITE sip:bob@example.com SIP/2.0\\r\\n and nothing else\n";
        assertThat(EscapedLineEnds.restore(text, new PasteNotes(text))).isSameAs(text);
    }

    @Test
    void findsTheStartLineAtTheEndOfALogPrefix() {
        assertThat(EscapedLineEnds.startLineStart("12:00:01 <info> rx: INVITE tel:+14085550100 SIP/2.0")).isEqualTo(20);
        assertThat(EscapedLineEnds.startLineStart("rx from 10.0.0.1: SIP/2.0 486 Busy Here")).isEqualTo(18);
        assertThat(EscapedLineEnds.startLineStart("no message here")).isEqualTo(-1);
        assertThat(EscapedLineEnds.startLineStart(" SIP/2.0")).isEqualTo(-1);
    }

    @Test
    void ngrepSingleLinePacketsAreUnfoldedFromTheirDots() {
        String ua = OPTIONS.replace("Content-Length: 0", "User-Agent: softphone 1.0.\r\nContent-Length: 0");
        String dotted = ua.replace("\r\n", "..");
        String paste = "U 2026/01/01 10:00:00.123456 192.0.2.1:5060 -> 192.0.2.2:5060 " + dotted + "\n"
                + "#    U 2026/01/01 10:00:00.125000 192.0.2.1:5060 -> 192.0.2.2:5060 " + dotted + "\n";
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).hasSize(2).allSatisfy(m -> {
            assertThat(m.startLine()).isEqualTo("OPTIONS sip:bob@example.com SIP/2.0");
            // an odd run of dots keeps its first as a real dot
            assertThat(m.header("User-Agent")).get().extracting(Header::rawValue).isEqualTo("softphone 1.0.");
            assertThat(m.findings()).noneMatch(f -> f.severity() != Severity.INFO);
            assertThat(m.metadata().tool()).isEqualTo("ngrep");
            assertThat(m.metadata().destination()).isEqualTo(new Endpoint("192.0.2.2", 5060));
        });
        assertThat(r.messages().get(1).metadata().timestamp()).isEqualTo("2026/01/01 10:00:00.125000");
    }

    @Test
    void dotsInAnOrdinaryMessageAreText() {
        String m = OPTIONS.replace("Content-Length: 0", "Subject: wait.. what..\r\nContent-Length: 0");
        ParseResult r = SipParser.parse(m);
        assertThat(r.messages()).singleElement().satisfies(x -> assertThat(x.header("Subject")).get()
                .extracting(Header::rawValue).isEqualTo("wait.. what.."));
    }

    @Test
    void aMessageInALaterStringOfAJsonRecordIsFound() {
        String record = "{\"body\":\"v=0\\r\\n\",\"data\":\"OPTIONS sip:b.example SIP/2.0\\r\\nVia: SIP/2.0/UDP 1.2.3.4;"
                + "branch=z9hG4bK1\\r\\nMax-Forwards: 70\\r\\nFrom: <sip:a@b.example>;tag=1\\r\\nTo: <sip:a@b.example>"
                + "\\r\\nCall-ID: x\\r\\nCSeq: 1 OPTIONS\\r\\nContent-Length: 0\\r\\n\\r\\n\"}\n";
        ParseResult r = SipParser.parse(record);
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(m.method()).isEqualTo("OPTIONS");
            assertThat(Fixtures.codes(m.findings())).containsExactly("escaped-line-ends-restored");
        });
    }

    @Test
    void theRestOfTheLogRecordIsDecorationNotUnknownText() {
        String message = FindingCatalogueTest.options("Content-Length: 0").replace("\r\n", "\\r\\n");
        ParseResult r = SipParser.parse("{\"msg\":\"" + message + "\"}\n");
        assertThat(r.messages()).hasSize(1);
        assertThat(r.findings()).isEmpty();
        assertThat(r.undecoded()).extracting(UndecodedBlock::reason)
                .containsOnly("the rest of the log record the message was escaped in");
    }

    @Test
    void aMessageLoggedWithLfEscapesOnlyIsUnfolded() {
        String message = FindingCatalogueTest.options("Content-Length: 0").replace("\r\n", "\\n");
        ParseResult r = SipParser.parse("{\"msg\":\"" + message + "\"}\n");
        assertThat(r.messages()).singleElement().satisfies(m -> assertThat(Fixtures.codes(m.findings()))
                .containsExactlyInAnyOrder("escaped-line-ends-restored", "lf-line-endings"));
        // a "\n" in log text after no start line is text
        ParseResult chatter = SipParser.parse("debug: retry\\nfailed\\nagain OPTIONS\n");
        assertThat(chatter.messages()).isEmpty();
    }

    @Test
    void jsonUnicodeAndPythonByteEscapesAreDecoded() {
        String body = "h\u00e9llo\r\n";
        String json = FindingCatalogueTest.options(body, java.util.Map.of(), "Subject: caf\u00e9",
                "Content-Type: text/plain;charset=utf-8", "Content-Length: 8").replace("\r\n", "\\r\\n")
                .replace("\u00e9", "\\u00e9");
        SipMessage fromJson = SipParser.parse("{\"msg\":\"" + json + "\"}\n").messages().get(0);
        assertThat(fromJson.header("Subject")).map(Header::rawValue).contains("caf\u00e9");
        assertThat(Fixtures.codes(fromJson.findings())).doesNotContain("content-length-mismatch", "data-after-body");
        String repr = json.replace("\\u00e9", "\\xc3\\xa9");
        SipMessage fromRepr = SipParser.parse("b'" + repr + "'\n").messages().get(0);
        assertThat(fromRepr.header("Subject")).map(Header::rawValue).contains("caf\u00e9");
        assertThat(((TextBody) fromRepr.body()).text()).isEqualTo("h\u00e9llo\r\n");
    }

    @Test
    void theRecordTextAfterABodyIsNoDataAfterTheBody() {
        String body = "hello";
        String message = FindingCatalogueTest.options(body, java.util.Map.of(), "Content-Type: text/plain",
                "Content-Length: " + body.length()).replace("\r\n", "\\r\\n");
        ParseResult r = SipParser.parse("{\"msg\":\"" + message + "\"}\n");
        assertThat(r.allFindings()).extracting(Finding::code).containsExactly("escaped-line-ends-restored");
        assertThat(((TextBody) r.messages().get(0).body()).text()).isEqualTo("hello");
    }

    @Test
    void aJsonMessageWithLfEscapesIsUnfoldedWhenItsTextHoldsTwoDotsToo() {
        // "ims.example.." and "wait..." are no ngrep line ends; the "\n" escapes are the record's
        String message = FindingCatalogueTest.options("Content-Length: 0", "Subject: please wait...", "X-Note: a..b")
                .replace("\r\n", "\\n");
        ParseResult r = SipParser.parse("{\"msg\":\"" + message + "\"}\n");
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(m.startLine()).isEqualTo("OPTIONS sip:bob@example.com SIP/2.0");
            assertThat(m.header("Subject")).map(Header::rawValue).contains("please wait...");
        });
    }

    @Test
    void linesEachEndingInAPrintedBackslashRAreReadAsTheLinesTheyShowWithTheirQuotesUnescaped() {
        String message = FindingCatalogueTest.options("", java.util.Map.of("From",
                "From: \"Alice\" <sip:alice@example.com>;tag=1"), "Content-Length: 0");
        String console = "[2022-06-11T07:07:50.075Z] INFO - sip.Transport - Sending WebSocket message:\n\n"
                + message.replace("\"", "\\\"").replace("\r\n", "\\r\n");
        ParseResult r = SipParser.parse(console);
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(m.findings()).noneMatch(f -> f.severity() != Severity.INFO);
            assertThat(((NameAddr) m.header("From").orElseThrow().value()).displayName()).isEqualTo("Alice");
        });
        // one line ending in \r inside a body is text, not this
        assertThat(SipParser.parse(FindingCatalogueTest.options("a\\r\r\n", java.util.Map.of(), "Content-Type: text/plain",
                "Content-Length: 5")).messages().get(0).findings()).noneMatch(f -> f.severity() != Severity.INFO);
    }
}
