package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RfcPageBreaksTest {

    private static List<String> problems(SipMessage m) {
        return m.findings().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::message).toList();
    }

    @Test
    void messagesCopiedFromAnRfcLoseThePageBreaksInsideThem() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/rfc3665-text-with-page-breaks.txt");
        assertThat(r.messages()).hasSize(2);
        SipMessage invite = r.messages().get(0);
        assertThat(problems(invite)).isEmpty();
        assertThat(invite.headers()).extracting(Header::canonicalName)
                .containsExactly("Via", "Max-Forwards", "From", "To", "Call-ID", "CSeq", "Contact", "Content-Length");
        assertThat(invite.findings()).anyMatch(f -> f.is(FindingCode.RFC_PAGE_BREAK_REMOVED)
                && f.message().contains("[Page 12]"));
        SipMessage ringing = r.messages().get(1);
        assertThat(problems(ringing)).isEmpty();
        assertThat(((TextBody) ringing.body()).text()).startsWith("hello");
    }

    private static final String BREAK = "\n\nJohnston, et al.   Best Current Practice   [Page 7]\n"
            + "\fRFC 3665   SIP Basic Call Flow Examples   December 2003\n\n";

    @Test
    void twoPageBreaksSharingTheirBlankLinesAreBothCutOut() {
        String text = "a [Page 1]\nRFC 1 x January 2000\n\na [Page 2]\nRFC 1 x January 2000\n"
                + FindingCatalogueTest.options("Content-Length: 0");
        ParseResult r = SipParser.parse(text);
        assertThat(r.messages()).hasSize(1);
        assertThat(r.undecoded()).isEmpty();
        assertThat(problems(r.messages().get(0))).isEmpty();
    }

    @Test
    void aBreakInsideAFoldedHeaderJoinsItsContinuationAndABreakAtTheEndKeepsTheEmptyLine() {
        String text = "   OPTIONS sip:bob@example.com SIP/2.0\n   Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\n"
                + "   Max-Forwards: 70\n   From: <sip:alice@example.com>;tag=1\n   To: <sip:bob@example.com>\n"
                + "   Call-ID: x1\n   CSeq: 1 OPTIONS\n   Authorization: Digest username=\"bob\", realm=\"r\","
                + BREAK + "      nonce=\"n\", uri=\"sip:bob@example.com\", response=\"0123\"\n   Content-Length: 0\n"
                + BREAK;
        SipMessage m = SipParser.parse(text).messages().get(0);
        assertThat(problems(m)).isEmpty();
        assertThat(m.header("Authorization").orElseThrow().rawValue()).contains("realm=\"r\", nonce=\"n\"");
        assertThat(m.header("Content-Length")).isPresent();
    }

    @Test
    void aPageFooterWithoutTheRunningHeaderIsLeftAlone() {
        String text = FindingCatalogueTest.options("Subject: see [Page 3]", "Content-Length: 0");
        ParseResult r = SipParser.parse(text);
        assertThat(r.allFindings()).noneMatch(f -> f.is(FindingCode.RFC_PAGE_BREAK_REMOVED));
        assertThat(r.messages().get(0).header("Subject").orElseThrow().rawValue()).isEqualTo("see [Page 3]");
    }
}
