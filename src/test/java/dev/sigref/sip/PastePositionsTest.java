package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Pastes that are rewritten before they are read (double spaced, log prefixes, RFC page breaks, one-line messages,
 * Wireshark's tree, hex dumps) still report the line and column the user pasted: each header, start line and finding
 * points at its own text in the paste, for every message of the paste, not only the first.
 */
class PastePositionsTest {

    private static final String OPTIONS = "OPTIONS sip:bob@example.com SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKpos1\r\n"
            + "Max-Forwards: 70\r\n"
            + "From: <sip:alice@example.com>;tag=p1\r\n"
            + "To: <sip:bob@example.com>\r\n"
            + "Call-ID: pos1@192.0.2.1\r\n"
            + "CSeq: 1 OPTIONS\r\n"
            + "Content-Length: 0\r\n\r\n";

    /** The same message with one fault, Max-Forwards out of range, to find again in the paste. */
    private static final String FAULTY = OPTIONS.replace("Max-Forwards: 70", "Max-Forwards: 300")
            .replace("pos1", "pos2");

    @Test
    void doubleSpacedTraceReportsTheLinesOfThePaste() {
        String paste = (OPTIONS + FAULTY).replace("\r\n", "\r\n\r\n");
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).hasSize(2);
        assertEveryPositionIsInThePaste(paste, r);
        assertFaultIsFoundAt(paste, r.messages().get(1), "300");
    }

    @Test
    void findingsAboutAWholeHeaderPointAtThatHeaderInARewrittenPaste() {
        // message rules report on a header they hold (a duplicate, a Contact, a tag); their line is the paste's already
        String invite = OPTIONS.replace("OPTIONS sip", "INVITE sip").replace("1 OPTIONS", "1 INVITE")
                .replace("Content-Length: 0", "Contact: alice@192.0.2.1\r\nCSeq: 2 INVITE\r\nContent-Length: 0");
        for (String paste : new String[] {(OPTIONS + invite).replace("\r\n", "\r\n\r\n"),
            ("[t] " + OPTIONS.replace("\r\n", "\r\n[t] ")).strip() + "\n" + ("[t] " + invite.replace("\r\n", "\r\n[t] ")).strip() + "\n"}) {
            SipMessage m = SipParser.parse(paste).messages().get(1);
            assertThat(m.findings()).filteredOn(f -> f.code().equals("duplicate-header")).singleElement()
                    .satisfies(f -> assertThat(at(paste, f.line(), f.column())).startsWith("CSeq: 2"));
            assertThat(m.findings()).filteredOn(f -> f.code().equals("contact-not-single-sip-uri")).singleElement()
                    .satisfies(f -> assertThat(at(paste, f.line(), f.column())).startsWith("Contact: alice"));
        }
    }

    @Test
    void prefixedLogLinesReportTheColumnAfterThePrefix() {
        String paste = ("[10:00:00.001] " + OPTIONS.replace("\r\n", "\r\n[10:00:00.001] ")).strip() + "\n"
                + ("[10:00:00.002] " + FAULTY.replace("\r\n", "\r\n[10:00:00.002] ")).strip() + "\n";
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).hasSize(2);
        assertThat(r.messages().get(1).header("Via")).map(Header::column).contains(16);
        assertEveryPositionIsInThePaste(paste, r);
        assertFaultIsFoundAt(paste, r.messages().get(1), "300");
    }

    @Test
    void messagesAfterAnRfcPageBreakKeepTheirPasteLines() {
        String text = Fixtures.text("/dev/sigref/sip/logs/rfc3665-text-with-page-breaks.txt");
        ParseResult r = SipParser.parse(text);
        assertThat(r.messages()).hasSizeGreaterThan(1);
        assertEveryPositionIsInThePaste(text, r);
    }

    @Test
    void oneLineJsonRecordsReportTheirLineAndTheColumnOfEachHeader() {
        String paste = "{\"msg\":\"" + jsonEscaped(OPTIONS) + "\"}\n{\"msg\":\"" + jsonEscaped(FAULTY) + "\"}\n";
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).hasSize(2);
        assertThat(r.messages().get(1).firstLine()).isEqualTo(2);
        assertEveryPositionIsInThePaste(paste, r);
        assertFaultIsFoundAt(paste, r.messages().get(1), "300");
    }

    @Test
    void wiresharkTreeHeadersPointAtTheirTreeLines() {
        String text = Fixtures.text("/dev/sigref/sip/logs/wireshark-packet-details.txt");
        ParseResult r = SipParser.parse(text);
        assertThat(r.messages()).isNotEmpty();
        assertEveryPositionIsInThePaste(text, r);
    }

    @Test
    void hexDumpFindingsPointAtTheDumpLineHoldingTheirFirstByte() {
        String text = Fixtures.text("/dev/sigref/sip/logs/wireshark-hex.txt");
        String[] lines = text.split("\n", -1);
        SipMessage m = SipParser.parse(text).messages().get(0);
        int previous = 0;
        for (Header h : m.headers()) {
            // the dump line holds the name's first bytes, in hex, unless the name starts on the line's last byte
            String hex = hex(h.name().substring(0, 1));
            assertThat(lines[h.line() - 1].replace(" ", "")).as(h.name()).contains(hex);
            assertThat(h.line()).as("headers in dump order").isGreaterThanOrEqualTo(previous);
            previous = h.line();
        }
    }

    @Test
    void messageLinesKnowWhereTheyStartInThePaste() {
        String paste = "{\"msg\":\"" + jsonEscaped(OPTIONS) + "\"}\n";
        SipMessage m = SipParser.parse(paste).messages().get(0);
        assertThat(m.lineStart(0)).isEqualTo(new TextPosition(1, 9));
        assertThat(m.lineStart(1)).isEqualTo(new TextPosition(1, 9 + jsonEscaped(OPTIONS.substring(0, 37)).length()));
        SipMessage bare = SipParser.parse(OPTIONS).messages().get(0);
        assertThat(bare.lineStarts()).isEmpty();
        assertThat(bare.lineStart(2)).isEqualTo(new TextPosition(3, 1));
    }

    private static String jsonEscaped(String m) {
        return m.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n");
    }

    private static String hex(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            b.append(String.format("%02x", x));
        }
        return b.toString();
    }

    /** The paste text that starts at a 1-based line and column. */
    private static String at(String paste, int line, int column) {
        String[] lines = paste.split("\n", -1);
        assertThat(line).as("line").isBetween(1, lines.length);
        String l = lines[line - 1];
        assertThat(column).as("column on line %d", line).isBetween(1, l.length() + 1);
        return l.substring(column - 1);
    }

    private static void assertEveryPositionIsInThePaste(String paste, ParseResult r) {
        for (SipMessage m : r.messages()) {
            assertThat(at(paste, m.firstLine(), 1)).as("start line of message %d", m.index())
                    .contains(m.startLine().substring(0, 12));
            for (Header h : m.headers()) {
                assertThat(at(paste, h.line(), h.column())).as("%s of message %d", h.name(), m.index())
                        .startsWithIgnoringCase(h.name());
            }
        }
    }

    private static void assertFaultIsFoundAt(String paste, SipMessage m, String value) {
        assertThat(m.findings()).filteredOn(f -> f.code().equals("max-forwards-out-of-range")).singleElement()
                .satisfies(f -> assertThat(at(paste, f.line(), f.column())).startsWith(value));
    }
}
