package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * The decoder must never throw, loop or report an internal error, whatever it is given. In a normal build this runs
 * in regression mode over the seeds in SipParserFuzzTestInputs/parsesAnyInput; a longer run:
 * {@code JAZZER_FUZZ=1 JAZZER_INSTRUMENTATION_INCLUDES='dev.sigref.sip.**' mvn test -Dtest=SipParserFuzzTest
 * -Djazzer.max_duration=10m} (see docs/fuzzing.md).
 */
class SipParserFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parsesAnyInput(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
        int brackets = (int) text.chars().filter(c -> c == '[').count();
        check(SipParser.parse(input), input.length, lines, brackets);
        check(SipParser.parse(text), text.length(), lines, brackets);
        check(SipParser.parse(text, new ParseOptions(Math.max(1, text.length() / 2), 3, 5)), text.length(), lines,
                brackets);
    }

    /** The longest example value a SIPp keyword is written out as (a [last_Via:] line). */
    private static final int LONGEST_SIPP_VALUE = 80;

    private static void check(ParseResult r, int length, int lines, int brackets) {
        assertThat(r.undecoded()).noneMatch(b -> b.reason().startsWith("internal decoder error"));
        for (SipMessage m : r.messages()) {
            assertThat(m.firstLine()).isPositive();
            assertThat(m.lastLine()).isGreaterThanOrEqualTo(m.firstLine());
            // positions are those of the paste, even when a pass rewrote it
            assertThat(m.lastLine()).isLessThanOrEqualTo(lines);
            for (Header h : m.headers()) {
                // not always within the message's own range: a mangled Wireshark tree can put a header's item above
                // the start line it ends up with, and the header then points at that item
                assertThat(h.line()).isBetween(1, lines);
                assertThat(h.column()).isPositive();
            }
            // unescaping only shrinks text; unfolding a one-line message adds at most four characters per line: line
            // ends after the text before the start line, after the message, after the rest of the record, or the
            // CRLF CRLF that ends a one-line message whose line had no line end of its own
            // a SIPp template's keywords become example values, which may be longer than the keyword
            boolean template = m.findings().stream().anyMatch(f -> f.is(FindingCode.SIPP_TEMPLATE_FILLED));
            assertThat(m.raw().length()).isLessThanOrEqualTo(length + 4 * lines
                    + (template ? LONGEST_SIPP_VALUE * brackets : 0));
            for (Finding f : m.findings()) {
                assertThat(f.line()).isBetween(1, lines);
                assertThat(f.column()).isPositive();
            }
        }
    }
}
