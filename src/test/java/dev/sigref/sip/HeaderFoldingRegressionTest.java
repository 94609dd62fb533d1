package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Folding cases found in other stacks' test messages; each fixture is named after what it caught. */
class HeaderFoldingRegressionTest {

    private static final String DIR = "/dev/sigref/sip/regression/";

    private static List<String> errorsAndWarnings(SipMessage m) {
        return m.findings().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::code).toList();
    }

    @Test
    void aWhitespaceOnlyLineInsideAFoldedHeaderContinuesIt() {
        SipMessage m = Fixtures.single(DIR + "whitespace-only-line-inside-a-folded-header.sip");
        assertThat(errorsAndWarnings(m)).isEmpty();
        NameAddr from = (NameAddr) m.header("From").orElseThrow().value();
        assertThat(from.displayName()).isEqualTo("Alice");
        assertThat(from.tag()).isEqualTo("88sja8x");
        assertThat(m.headers()).extracting(Header::canonicalName).contains("To", "Call-ID", "CSeq", "Content-Length");
        assertThat(m.body()).isInstanceOf(EmptyBody.class);
    }

    @Test
    void aFoldedContentLengthStillFramesTheBody() {
        ParseResult r = Fixtures.parse(DIR + "folded-content-length-frames-back-to-back-messages.sip");
        assertThat(r.messages()).hasSize(2);
        assertThat(r.messages()).extracting(SipMessage::method).containsExactly("MESSAGE", "MESSAGE");
        assertThat(((TextBody) r.messages().get(0).body()).text()).isEqualTo("hello");
        assertThat(((TextBody) r.messages().get(1).body()).text()).isEqualTo("bye");
        assertThat(r.allFindings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void strayBlanksOnTheEmptyLineStillEndTheHeadersBeforeACpimBody() {
        SipMessage m = Fixtures.single(DIR + "stray-blank-before-a-cpim-body-whose-first-lines-look-like-headers.sip");
        assertThat(errorsAndWarnings(m)).isEmpty();
        assertThat(m.headerLines("From")).hasSize(1);
        assertThat(((TextBody) m.body()).text()).startsWith("From: <sip:alice@ims.example.com>");
    }

    @Test
    void strayBlanksOnTheEmptyLineStillEndTheHeadersBeforeATextBody() {
        SipMessage m = Fixtures.single(DIR + "stray-blanks-on-the-empty-line-before-a-text-body.sip");
        assertThat(errorsAndWarnings(m)).isEmpty();
        assertThat(((TextBody) m.body()).text()).isEqualTo("Note: call me\r\n");
        assertThat(Fixtures.codes(m.findings())).contains("blanks-on-empty-line");
    }

    @Test
    void aViaWordWrappedBeforeItsSentByIsJoinedNotReadAsAHeaderNamedByTheAddress() {
        SipMessage m = Fixtures.single(DIR + "via-word-wrapped-before-its-sent-by.sip");
        assertThat(errorsAndWarnings(m)).isEmpty();
        assertThat(Fixtures.codes(m.findings())).containsExactly("wrapped-line-joined");
        assertThat(m.vias()).singleElement().satisfies(v -> {
            assertThat(v.transport()).isEqualTo("UDP");
            assertThat(v.host()).isEqualTo("pcscf.ims.example.net");
            assertThat(v.port()).isEqualTo(5060);
            assertThat(v.branch()).isEqualTo("z9hG4bKwrap1");
        });
        assertThat(m.headers()).extracting(Header::canonicalName)
                .containsExactly("Via", "From", "To", "Call-ID", "CSeq", "Content-Length");
    }
}
