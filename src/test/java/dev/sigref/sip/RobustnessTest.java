package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile and huge inputs: bounded time, no exception, everything accounted for. */
class RobustnessTest {

    private static ParseResult timed(String input, Duration limit) {
        long start = System.nanoTime();
        ParseResult r = SipParser.parse(input);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("time for %d chars", input.length()).isLessThan(limit);
        return r;
    }

    @Test
    void aMebibyteOfJunkBecomesUndecodedBlocksInMilliseconds() {
        Random rnd = new Random(42);
        StringBuilder sb = new StringBuilder(1 << 20);
        while (sb.length() < (1 << 20)) {
            sb.append((char) (' ' + rnd.nextInt(95)));
            if (rnd.nextInt(80) == 0) {
                sb.append('\n');
            }
        }
        timed(sb.toString(), Duration.ofSeconds(2));
        ParseResult r = timed(sb.toString(), Duration.ofMillis(500));
        assertThat(r.messages()).isEmpty();
        // junk lines that happen to look like log separators split it into blocks; none of it is lost
        String covered = r.undecoded().stream().map(UndecodedBlock::text).collect(java.util.stream.Collectors.joining());
        assertThat(covered.replace("\n", "")).isEqualTo(sb.toString().replace("\n", ""));
        assertThat(r.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.code()).isEqualTo("undecodable-text"));
    }

    @Test
    void aMebibyteSingleLineIsHandledInMilliseconds() {
        String line = "INVITE " + "a".repeat(1 << 20);
        timed(line, Duration.ofSeconds(2));
        ParseResult r = timed(line, Duration.ofMillis(500));
        assertThat(r.messages().size() + r.undecoded().size()).isEqualTo(1);
    }

    @Test
    void thousandsOfTinyMessagesStayLinear() {
        String one = "OPTIONS sip:a@b SIP/2.0\r\nl: 0\r\n\r\n";
        String many = one.repeat(20_000);
        timed(many, Duration.ofSeconds(5));
        ParseResult r = timed(many, Duration.ofSeconds(2));
        assertThat(r.messages()).hasSize(20_000);
    }

    @Test
    void pathologicalHeaderValuesDoNotBlowUp() {
        String[] values = {"<".repeat(100_000), "\"".repeat(100_001), ";".repeat(100_000), ",".repeat(100_000),
            "\\".repeat(100_000), "[".repeat(100_000), "%".repeat(100_000)};
        for (String v : values) {
            String text = "OPTIONS sip:a@b SIP/2.0\r\nVia: " + v + "\r\nTo: " + v + "\r\nContact: " + v
                    + "\r\nWWW-Authenticate: " + v + "\r\nContent-Length: 0\r\n\r\n";
            ParseResult r = timed(text, Duration.ofSeconds(2));
            assertThat(r.messages()).hasSize(1);
            assertThat(r.messages().get(0).hasErrors()).isTrue();
        }
    }

    @Test
    void randomBytesNeverThrowNorReportAnInternalError() {
        Random rnd = new Random(7);
        String seed = new String(Fixtures.bytes("/dev/sigref/sip/ims/invite-ipv6-preconditions.sip"),
                java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < 2_000; i++) {
            char[] c = seed.toCharArray();
            for (int k = 0; k < 1 + rnd.nextInt(20); k++) {
                c[rnd.nextInt(c.length)] = (char) rnd.nextInt(128);
            }
            String mutated = new String(c, 0, rnd.nextInt(c.length));
            ParseResult r = SipParser.parse(mutated);
            assertThat(r.undecoded()).noneMatch(b -> b.reason().startsWith("internal decoder error"));
        }
    }

    @Test
    void inputBeyondTheLimitIsKeptAsAnUndecodedBlock() {
        String m = FindingCatalogueTest.options("Content-Length: 0");
        ParseResult r = SipParser.parse(m + m + m, new ParseOptions(m.length() + 10, 100, 100));
        assertThat(r.messages()).hasSize(1);
        assertThat(r.findings()).extracting(Finding::code).containsExactly("input-too-large");
        assertThat(r.undecoded()).extracting(UndecodedBlock::text).anyMatch(t -> t.contains("OPTIONS"));
    }
}
