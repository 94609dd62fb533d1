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
}
