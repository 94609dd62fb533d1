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

    @Test
    void aPageFooterWithoutTheRunningHeaderIsLeftAlone() {
        String text = FindingCatalogueTest.options("Subject: see [Page 3]", "Content-Length: 0");
        ParseResult r = SipParser.parse(text);
        assertThat(r.allFindings()).noneMatch(f -> f.is(FindingCode.RFC_PAGE_BREAK_REMOVED));
        assertThat(r.messages().get(0).header("Subject").orElseThrow().rawValue()).isEqualTo("see [Page 3]");
    }
}
