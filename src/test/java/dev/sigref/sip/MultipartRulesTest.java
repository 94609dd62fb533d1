package dev.sigref.sip;

import static dev.sigref.sip.FindingCatalogueTest.multipart;
import static dev.sigref.sip.Fixtures.codes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The multipart rules of RFC 2046 §5.1.1 and RFC 2387 §3.1, with the legal forms next to each fault. */
class MultipartRulesTest {

    private static final String PART = "Content-Type: text/plain\r\n\r\nhello\r\n";

    private static String body(String boundary) {
        return "--" + boundary + "\r\n" + PART + "--" + boundary + "--\r\n";
    }

    @Test
    void aBoundaryOfSeventyBoundaryCharactersIsLegal() {
        String boundary = "'()+_,-./:=? ".repeat(5) + "abcdef0123";
        assertThat(boundary).hasSize(75);
        String seventy = boundary.substring(0, 69) + "z";
        assertThat(codes(multipart("multipart/mixed;boundary=\"" + seventy + "\"", body(seventy)))).isEmpty();
    }

    @Test
    void aBoundaryTooLongEndingInASpaceOrHoldingOtherCharactersIsMalformed() {
        String longer = "b".repeat(71);
        assertThat(codes(multipart("multipart/mixed;boundary=" + longer, body(longer))))
                .containsExactly("multipart-malformed-boundary");
        assertThat(codes(multipart("multipart/mixed;boundary=\"b1 \"", body("b1 "))))
                .containsExactly("multipart-malformed-boundary");
        assertThat(codes(multipart("multipart/mixed;boundary=\"b#1\"", body("b#1"))))
                .containsExactly("multipart-malformed-boundary");
    }

    @Test
    void aMultipartBodyHoldsAtLeastOnePart() {
        assertThat(codes(multipart("multipart/mixed;boundary=b1", "--b1--\r\n"))).containsExactly("multipart-without-parts");
    }

    @Test
    void multipartRelatedNamesTheTypeOfItsRoot() {
        assertThat(codes(multipart("multipart/related;boundary=b1", body("b1"))))
                .containsExactly("multipart-related-without-type");
        assertThat(codes(multipart("multipart/related;type=\"text/plain\";boundary=b1", body("b1")))).isEmpty();
    }

    @Test
    void aPartWithoutHeadersStartsWithAnEmptyLine() {
        assertThat(codes(multipart("multipart/mixed;boundary=b1", "--b1\r\n\r\nhello\r\n--b1--\r\n"))).isEmpty();
        assertThat(codes(multipart("multipart/mixed;boundary=b1", "--b1\r\nhello\r\n--b1--\r\n")))
                .containsExactly("multipart-part-missing-empty-line");
        SipMessage indented = SipParser.parse(multipart("multipart/mixed;boundary=b1",
                "--b1\r\n  Content-Type: text/plain\r\n\r\nhello\r\n--b1--\r\n")).messages().get(0);
        assertThat(indented.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("multipart-part-missing-empty-line");
            assertThat(f.message()).contains("indented by 2 blanks");
        });
    }
}
