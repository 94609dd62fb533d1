package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SIP copied from a page's HTML source or an XML trace: '&lt;' for '<', '&quot;' for '"', '&amp;' for '&'. */
class HtmlEntitiesTest {

    private static final String PIDF = "<?xml version=\"1.0\"?>\r\n<presence entity=\"sip:alice@example.com\">"
            + "<note>Tom &amp; Jerry &lt;3</note></presence>\r\n";

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String publish() {
        return FindingCatalogueTest.options(PIDF, java.util.Map.of("From",
                "From: \"Alice A.\" <sip:alice@example.com>;tag=9fxced76sl"), "Content-Type: application/pidf+xml",
                "Content-Length: " + PIDF.length());
    }

    @Test
    void anEscapedPasteDecodesAsTheMessageItWas() {
        ParseResult clean = SipParser.parse(publish());
        ParseResult escaped = SipParser.parse(escape(publish()));
        SipMessage m = escaped.messages().get(0);
        assertThat(Fixtures.codes(m.findings())).containsExactly("html-entities-decoded");
        assertThat(m.headers()).extracting(Header::rawValue)
                .isEqualTo(clean.messages().get(0).headers().stream().map(Header::rawValue).toList());
        // the body's own references were escaped once more, and come back as the sender wrote them
        assertThat(((TextBody) m.body()).text()).isEqualTo(PIDF);
    }

    @Test
    void anXmlBodysOwnReferencesStayWhenTheHeadersAreNotEscaped() {
        SipMessage m = SipParser.parse(publish()).messages().get(0);
        assertThat(Fixtures.codes(m.findings())).doesNotContain("html-entities-decoded");
        assertThat(((TextBody) m.body()).text()).contains("Tom &amp; Jerry &lt;3");
    }

    @Test
    void findingsKeepTheColumnsOfThePaste() {
        String paste = escape(publish().replace("Max-Forwards: 70", "Max-Forwards: seventy"));
        Finding f = SipParser.parse(paste).messages().get(0).findings().stream()
                .filter(x -> x.severity() == Severity.ERROR).findFirst().orElseThrow();
        assertThat(f.line()).isEqualTo(3);
        assertThat(f.column()).isEqualTo(15);
        Header from = SipParser.parse(paste).messages().get(0).header("From").orElseThrow();
        assertThat(from.rawValue()).isEqualTo("\"Alice A.\" <sip:alice@example.com>;tag=9fxced76sl");
    }

    @Test
    void numericReferencesAndAFoldedHeaderCountToo() {
        String paste = FindingCatalogueTest.options("Content-Length: 0").replace("To: <sip:bob@example.com>",
                "To:\r\n &#60;sip:bob@example.com&#x3E;").replace("<sip:alice@example.com>",
                "&#x3c;sip:alice@example.com&gt;");
        SipMessage m = SipParser.parse(paste).messages().get(0);
        assertThat(m.header("To").orElseThrow().rawValue()).isEqualTo("<sip:bob@example.com>");
        assertThat(Fixtures.codes(m.findings())).contains("html-entities-decoded");
    }

    @Test
    void aSubjectThatMentionsAnEscapedBracketLeavesThePasteAsWritten() {
        String paste = FindingCatalogueTest.options("Content-Length: 0", "Subject: a &lt; b");
        SipMessage m = SipParser.parse(paste).messages().get(0);
        assertThat(m.header("Subject").orElseThrow().rawValue()).isEqualTo("a &lt; b");
        assertThat(Fixtures.codes(m.findings())).doesNotContain("html-entities-decoded");
    }

    @Test
    void aSubjectQuotingAnEscapedUriLeavesThePasteAsWritten() {
        String paste = FindingCatalogueTest.options("Content-Length: 0",
                "Subject: write &lt;sip:bob@example.com&gt; in the page");
        SipMessage m = SipParser.parse(paste).messages().get(0);
        assertThat(m.header("Subject").orElseThrow().rawValue()).isEqualTo("write &lt;sip:bob@example.com&gt; in the page");
        assertThat(Fixtures.codes(m.findings())).doesNotContain("html-entities-decoded");
    }
}
