package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Request lines hard-wrapped by a mail client or a terminal, their tail on a line of its own. */
class WrappedStartLinesTest {

    private static final String URI = "sip:+4930123456;phone-context=ims.mnc001.mcc262.3gppnetwork.org@ims.example.net";

    private static String message(String startLine) {
        return FindingCatalogueTest.options("Content-Length: 0").replace("OPTIONS sip:bob@example.com SIP/2.0", startLine);
    }

    @Test
    void aVersionWrappedOntoItsOwnLineIsJoinedBack() {
        ParseResult r = SipParser.parse(message("OPTIONS " + URI + " \r\nSIP/2.0"));
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(m.startLine()).isEqualTo("OPTIONS " + URI + " SIP/2.0");
            assertThat(Fixtures.codes(m.findings())).containsExactly("wrapped-line-joined");
            assertThat(m.headers()).hasSize(Fixtures.OPTIONS_HEADERS.length + 1);
        });
    }

    @Test
    void aUriWrappedInsideATokenIsJoinedWithoutASpace() {
        String cut = "OPTIONS " + URI.substring(0, 40) + "\r\n" + URI.substring(40) + " SIP/2.0";
        SipMessage m = SipParser.parse(message(cut)).messages().get(0);
        assertThat(m.requestUri()).hasToString(SipParser.parse(message("OPTIONS " + URI + " SIP/2.0")).messages().get(0)
                .requestUri().toString());
        // the finding of a URI fault still points into the paste: line 2 holds the tail
        assertThat(m.findings()).extracting(Finding::line).containsOnly(1);
    }

    @Test
    void aLogLineBeforeACompleteRequestLineIsNotJoinedToIt() {
        ParseResult r = SipParser.parse("Request sent: tls:192.0.2.1:5061->tls:192.0.2.2:5061\n" + message(
                "OPTIONS sip:bob@example.com SIP/2.0"));
        assertThat(r.messages()).singleElement().satisfies(m -> assertThat(m.method()).isEqualTo("OPTIONS"));
    }
}
