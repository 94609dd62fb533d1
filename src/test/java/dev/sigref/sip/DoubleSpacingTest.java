package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Copies with an empty line after every line are read single spaced, and say so. */
class DoubleSpacingTest {

    private static final String SDP = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
            + "m=audio 49170 RTP/AVP 0\r\n";

    private static String doubleSpaced(String text) {
        return text.replace("\r\n", "\r\n\r\n");
    }

    @Test
    void aDoubleSpacedMessageWithABodyIsReadWhole() {
        String single = FindingCatalogueTest.withSdp(SDP);
        ParseResult r = SipParser.parse(doubleSpaced(single));
        SipMessage m = r.messages().get(0);
        assertThat(Fixtures.codes(m.findings())).containsExactly("double-spaced-paste");
        assertThat(m.raw()).isEqualTo(single);
        assertThat(((SdpBody) m.body()).session().media()).hasSize(1);
        // line numbers are those of the paste: CSeq is line 7 of the single-spaced text, 13 of the paste
        assertThat(m.header("CSeq")).map(Header::line).contains(13);
    }

    @Test
    void aFoldedHeaderAmongTheFirstLinesDoesNotHideTheDoubleSpacing() {
        String single = FindingCatalogueTest.options("Content-Length: 0").replace(";branch=z9hG4bK74bf9\r\n",
                ";branch=z9hG4bK74bf9,\r\n  SIP/2.0/UDP 192.0.2.9;branch=z9hG4bK2\r\n");
        SipMessage m = SipParser.parse(doubleSpaced(single)).messages().get(0);
        assertThat(Fixtures.codes(m.findings())).containsExactly("double-spaced-paste");
        assertThat(m.headers()).extracting(Header::name).contains("Via", "From", "To", "Call-ID", "CSeq");
        assertThat(m.header("Via").orElseThrow().parsed()).hasSize(2);
    }

    @Test
    void aLogThatPrefixedTheEmptyLinesOfADoubleSpacedCopyIsReadToo() {
        String prefix = "01-01 10:00:00.123  1234  5678 D SIP     : ";
        String single = FindingCatalogueTest.options("Content-Length: 0");
        String paste = doubleSpaced(single).lines().map(l -> prefix + l + "\r\n").reduce("", String::concat);
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(Fixtures.codes(m.findings())).containsExactlyInAnyOrder("double-spaced-paste", "log-prefix-removed");
            assertThat(m.raw()).isEqualTo(single);
        });
    }

    @Test
    void eachMessageOfADoubleSpacedTraceIsReadAndANormalOneLeftAlone() {
        String one = FindingCatalogueTest.options("Content-Length: 0");
        ParseResult r = SipParser.parse(doubleSpaced(one) + one + doubleSpaced(one));
        assertThat(r.messages()).hasSize(3);
        assertThat(r.messages()).extracting(m -> Fixtures.codes(m.findings()))
                .containsExactly(java.util.List.of("double-spaced-paste"), java.util.List.of(),
                        java.util.List.of("double-spaced-paste"));
        assertThat(r.undecoded()).isEmpty();
    }

    @Test
    void aDoubleSpacedMessageWithALabelOnItsStartLineOnlyIsReadAsItsMethod() {
        String one = FindingCatalogueTest.options("Content-Length: 0");
        ParseResult r = SipParser.parse(doubleSpaced("decrypted app data fragment: " + one));
        SipMessage m = r.messages().get(0);
        assertThat(m.method()).isEqualTo("OPTIONS");
        assertThat(Fixtures.codes(m.findings())).contains("double-spaced-paste")
                .noneMatch(c -> c.startsWith("missing-"));
    }

    @Test
    void aQuotedReplyWhoseEmptyLinesAreBareQuoteMarksIsDoubleSpacedToo() {
        String one = FindingCatalogueTest.options("Content-Length: 0");
        String quoted = one.lines().map(l -> l.isEmpty() ? ">" : "> " + l).map(l -> l + "\n>\n")
                .reduce("", String::concat);
        SipMessage m = SipParser.parse(quoted).messages().get(0);
        assertThat(m.method()).isEqualTo("OPTIONS");
        assertThat(Fixtures.codes(m.findings())).contains("double-spaced-paste", "log-prefix-removed")
                .noneMatch(c -> c.startsWith("missing-"));
        assertThat(m.findings()).filteredOn(f -> f.is(FindingCode.LOG_PREFIX_REMOVED)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("quote marks '> '"));
    }

    @Test
    void aMessageWithOneStrayEmptyLineIsNotDoubleSpaced() {
        String text = FindingCatalogueTest.options("Content-Length: 0").replaceFirst("\r\n", "\r\n\r\n");
        SipMessage m = SipParser.parse(text).messages().get(0);
        assertThat(Fixtures.codes(m.findings())).doesNotContain("double-spaced-paste").contains("missing-via");
    }

    @Test
    void aFoldRightAfterItsHeaderLineDoesNotHideTheDoubleSpacing() {
        String single = FindingCatalogueTest.options("", java.util.Map.of("Via",
                "Via: SIP/2.0/UDP 192.0.2.1:5060;\r\n   branch=z9hG4bK74bf9"), "Content-Length: 0");
        String paste = doubleSpaced(single).replace(";\r\n\r\n   branch", ";\r\n   branch");
        SipMessage m = SipParser.parse(paste).messages().get(0);
        assertThat(Fixtures.codes(m.findings())).containsExactly("double-spaced-paste");
        assertThat(m.vias()).singleElement().extracting(ViaValue::branch).isEqualTo("z9hG4bK74bf9");
    }

    @Test
    void aDoubleSpacedCopyWithATimestampOnEveryLineIsReadAsOneRegister() {
        String single = FindingCatalogueTest.request("REGISTER");
        StringBuilder paste = new StringBuilder();
        for (String line : single.split("\r\n")) {
            paste.append("2024-01-01 10:00:00.123 ").append(line).append("\n\n");
        }
        ParseResult r = SipParser.parse(paste.toString());
        SipMessage m = r.messages().get(0);
        assertThat(r.messages()).hasSize(1);
        assertThat(m.method()).isEqualTo("REGISTER");
        assertThat(Fixtures.codes(m.findings())).contains("double-spaced-paste", "log-prefix-removed")
                .doesNotContain("missing-via", "missing-call-id", "malformed-request-line");
        // CSeq is line 7 of the message, so line 13 of the double-spaced paste, after the 24-character timestamp
        assertThat(m.header("CSeq")).map(Header::line).contains(13);
        assertThat(m.header("CSeq")).map(Header::column).contains(25);
    }

    @Test
    void aDoubleSpacedListingWithLineNumbersInBracketsKeepsItsHeaders() {
        String single = FindingCatalogueTest.options("Content-Length: 0");
        StringBuilder paste = new StringBuilder();
        String[] lines = single.split("\r\n");
        for (int i = 0; i < lines.length; i++) {
            paste.append(String.format("[ Line %2d ] ", i + 1)).append(lines[i]).append("\n\n");
        }
        SipMessage m = SipParser.parse(paste.toString()).messages().get(0);
        assertThat(m.method()).isEqualTo("OPTIONS");
        assertThat(Fixtures.codes(m.findings())).contains("double-spaced-paste", "log-prefix-removed")
                .doesNotContain("missing-via", "missing-cseq", "missing-call-id");
    }

    @Test
    void aLogLevelBeforeEveryLineOfADoubleSpacedCopyIsAPrefixNotAMethod() {
        StringBuilder paste = new StringBuilder();
        for (String line : FindingCatalogueTest.options("Content-Length: 0").split("\r\n")) {
            paste.append("DEBUG ").append(line).append("\n\n");
        }
        SipMessage m = SipParser.parse(paste.toString()).messages().get(0);
        assertThat(m.method()).isEqualTo("OPTIONS");
        assertThat(Fixtures.codes(m.findings())).contains("double-spaced-paste", "log-prefix-removed")
                .doesNotContain("missing-via");
    }

    @Test
    void aQuotedDoubleSpacedCopyWithALabelOnItsStartLineIsDecoded() {
        StringBuilder paste = new StringBuilder("Example INVITE:\n\n");
        String[] lines = FindingCatalogueTest.request("INVITE", "Contact: <sip:alice@192.0.2.1>").split("\r\n");
        for (int i = 0; i < lines.length; i++) {
            paste.append(i == 0 ? "> Request-Line: " : "> ").append(lines[i]).append("\n>\n");
        }
        SipMessage m = SipParser.parse(paste.append(">\n>\n").toString()).messages().get(0);
        assertThat(m.method()).isEqualTo("INVITE");
        assertThat(Fixtures.codes(m.findings())).containsExactlyInAnyOrder("double-spaced-paste", "log-prefix-removed",
                "lf-line-endings");
        assertThat(m.headers()).extracting(Header::canonicalName).contains("Via", "CSeq", "Contact");
    }

    @Test
    void aQuotedCopyWithALabelOnItsStartLineIsDecoded() {
        StringBuilder paste = new StringBuilder();
        String[] lines = FindingCatalogueTest.options("Content-Length: 0").split("\r\n");
        for (int i = 0; i < lines.length; i++) {
            paste.append(i == 0 ? "> Request-Line: " : "> ").append(lines[i]).append("\n");
        }
        SipMessage m = SipParser.parse(paste.append(">\n").toString()).messages().get(0);
        assertThat(m.method()).isEqualTo("OPTIONS");
        assertThat(Fixtures.codes(m.findings())).containsExactlyInAnyOrder("log-prefix-removed", "lf-line-endings");
    }

    @Test
    void aDoubleSpacedMessageAfterASingleSpacedOneIsDecodedToo() {
        String single = FindingCatalogueTest.options("Content-Length: 0").replace("\r\n", "\n");
        String doubled = single.replace("CSeq: 1", "CSeq: 2").replace("\n", "\n\n");
        ParseResult r = SipParser.parse(single + doubled);
        assertThat(r.messages()).hasSize(2);
        assertThat(Fixtures.codes(r.messages().get(1).findings())).contains("double-spaced-paste")
                .doesNotContain("missing-via", "missing-call-id");
        assertThat(Fixtures.codes(r.messages().get(0).findings())).doesNotContain("double-spaced-paste");
    }
}
