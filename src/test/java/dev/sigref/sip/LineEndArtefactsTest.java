package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CR CR LF and blanks at the end of every line: what tools and copies do to line ends. */
class LineEndArtefactsTest {

    private static final String BODY = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
            + "m=audio 49170 RTP/AVP 0\r\n";
    private static final String MESSAGE = FindingCatalogueTest.withSdp(BODY);

    @Test
    void crCrLfOnEveryLineIsReadAsCrLf() {
        SipMessage m = SipParser.parse(MESSAGE.replace("\r\n", "\r\r\n")).messages().get(0);
        assertThat(Fixtures.codes(m.findings())).containsExactly("line-end-artefacts-removed");
        assertThat(((SdpBody) m.body()).session().media()).hasSize(1);
    }

    @Test
    void blanksAfterEveryLineAreRemovedAndContentLengthMatchesAgain() {
        SipMessage m = SipParser.parse(MESSAGE.replace("\r\n", " \r\n")).messages().get(0);
        assertThat(Fixtures.codes(m.findings())).containsExactly("line-end-artefacts-removed");
        assertThat(m.startLine()).isEqualTo("OPTIONS sip:bob@example.com SIP/2.0");
    }

    @Test
    void aFewLinesWithBlanksAreTheMessageOwnAndStayFindings() {
        String one = MESSAGE.replace("OPTIONS sip:bob@example.com SIP/2.0\r\n", "OPTIONS sip:bob@example.com SIP/2.0 \r\n");
        assertThat(Fixtures.codes(SipParser.parse(one).messages().get(0).findings())).contains("extra-whitespace")
                .doesNotContain("line-end-artefacts-removed");
    }

    @Test
    void anSdpSessionWithoutANameKeepsTheBlankOfItsSLine() {
        String sdp = BODY.replace("s=-", "s= ");
        SipMessage m = SipParser.parse(FindingCatalogueTest.withSdp(sdp).replace("\r\n", "  \r\n")).messages().get(0);
        assertThat(Fixtures.codes(m.findings())).containsExactly("line-end-artefacts-removed");
        assertThat(((SdpBody) m.body()).session().sessionName()).isEqualTo(" ");
    }
}
