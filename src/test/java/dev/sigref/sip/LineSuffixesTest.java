package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An HTML line break or a table's cell borders at the end of every line: what web pages leave on copied SIP. */
class LineSuffixesTest {

    private static final String BODY = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
            + "m=audio 49170 RTP/AVP 0\r\n";
    private static final String MESSAGE = FindingCatalogueTest.withSdp(BODY);

    @Test
    void anHtmlBreakAtEveryLineEndIsRemovedAndContentLengthMatchesAgain() {
        for (String br : new String[] {"<br>", "</br>", "<br/>", "<BR />"}) {
            SipMessage m = SipParser.parse(MESSAGE.replace("\r\n", br + "\r\n")).messages().get(0);
            assertThat(Fixtures.codes(m.findings())).as(br).containsExactly("line-suffix-removed");
            assertThat(((SdpBody) m.body()).session().media()).hasSize(1);
        }
    }

    @Test
    void tableCellBordersAtEveryLineEndAreRemovedAlsoFromTheEmptyLine() {
        String paste = "Sending Invite | |\n" + MESSAGE.replace("\r\n", " | |\n");
        ParseResult r = SipParser.parse(paste);
        SipMessage m = r.messages().get(0);
        assertThat(Fixtures.codes(m.findings())).containsExactlyInAnyOrder("line-suffix-removed", "lf-line-endings");
        assertThat(m.findings()).filteredOn(f -> f.is(FindingCode.LINE_SUFFIX_REMOVED)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("'| |', the cell borders of the table"));
        assertThat(r.undecoded()).singleElement().satisfies(u -> assertThat(u.text()).isEqualTo("Sending Invite\n"));
    }

    @Test
    void findingsKeepTheColumnsOfThePaste() {
        String paste = MESSAGE.replace("Max-Forwards: 70", "Max-Forwards: seventy").replace("\r\n", "<br>\r\n");
        Finding f = SipParser.parse(paste).messages().get(0).findings().stream()
                .filter(x -> x.severity() == Severity.ERROR).findFirst().orElseThrow();
        assertThat(f.message()).contains("seventy");
        assertThat(f.line()).isEqualTo(3);
        assertThat(f.column()).isEqualTo(15);
    }

    @Test
    void aBodyWhoseLinesEndInBreaksKeepsThemWhenTheStartLineHasNone() {
        String html = "<p>hello<br>\r\nworld<br>\r\nagain<br>\r\nand again<br>\r\n";
        String paste = FindingCatalogueTest.options(html, java.util.Map.of(), "Content-Type: text/html",
                "Content-Length: " + html.length());
        SipMessage m = SipParser.parse(paste).messages().get(0);
        assertThat(Fixtures.codes(m.findings())).doesNotContain("line-suffix-removed");
        assertThat(((TextBody) m.body()).text()).isEqualTo(html);
    }

    @Test
    void aMessageOnOneLineWithHtmlLineBreaksForLineEndsIsReadLineByLine() {
        String oneLine = FindingCatalogueTest.options("Content-Length: 0").replace("\r\n", "<br />");
        SipMessage m = SipParser.parse(oneLine).messages().get(0);
        assertThat(m.method()).isEqualTo("OPTIONS");
        assertThat(m.headers()).hasSize(FindingCatalogueTest.options("Content-Length: 0").split("\r\n").length - 1);
        assertThat(m.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(m.findings()).filteredOn(f -> f.is(FindingCode.LINE_SUFFIX_REMOVED)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("'<br />'"));
        // a header value that mentions <br> once or twice stays as written
        String mention = FindingCatalogueTest.options("Subject: use <br> or <br/> here", "Content-Length: 0");
        assertThat(SipParser.parse(mention).messages().get(0).header("Subject")).map(Header::rawValue)
                .contains("use <br> or <br/> here");
    }
}
