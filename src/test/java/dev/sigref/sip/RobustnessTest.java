package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile and huge inputs: no exception, everything accounted for. How fast they go is measured in
 * {@code HostileInputBenchmark} (docs/benchmarks.md), not here; the timeout only stops a hang (a quadratic path took
 * 45 s on one of these inputs before it was fixed) from stalling the build.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RobustnessTest {

    private static ParseResult parse(String input) {
        return SipParser.parse(input);
    }

    @Test
    void aMebibyteOfJunkBecomesUndecodedBlocks() {
        Random rnd = new Random(42);
        StringBuilder sb = new StringBuilder(1 << 20);
        while (sb.length() < (1 << 20)) {
            sb.append((char) (' ' + rnd.nextInt(95)));
            if (rnd.nextInt(80) == 0) {
                sb.append('\n');
            }
        }
        ParseResult r = parse(sb.toString());
        assertThat(r.messages()).isEmpty();
        // junk lines that happen to look like log separators split it into blocks; none of it is lost
        String covered = r.undecoded().stream().map(UndecodedBlock::text).collect(java.util.stream.Collectors.joining());
        assertThat(covered.replace("\n", "")).isEqualTo(sb.toString().replace("\n", ""));
        assertThat(r.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.code()).isEqualTo("undecodable-text"));
    }

    @Test
    void aMebibyteSingleLineIsOneMessageOrOneBlock() {
        String line = "INVITE " + "a".repeat(1 << 20);
        ParseResult r = parse(line);
        assertThat(r.messages().size() + r.undecoded().size()).isEqualTo(1);
    }

    @Test
    void thousandsOfTinyMessagesAreAllThere() {
        String one = "OPTIONS sip:a@b SIP/2.0\r\nl: 0\r\n\r\n";
        String many = one.repeat(20_000);
        ParseResult r = parse(many);
        assertThat(r.messages()).hasSize(20_000);
    }

    @Test
    void thousandsOfSippTemplatesAreEachAMessage() {
        String one = "  <send>\n    <![CDATA[\n      OPTIONS sip:[service]@[remote_ip] SIP/2.0\n      [last_From:]\n"
                + "      [routes]\n      Content-Length: [len]\n\n      x=[pid]\n    ]]>\n  </send>\n";
        ParseResult r = parse("<scenario>\n" + one.repeat(10_000) + "</scenario>\n");
        assertThat(r.messages()).hasSize(10_000).allSatisfy(m -> assertThat(m.findings())
                .anyMatch(f -> f.is(FindingCode.SIPP_TEMPLATE_FILLED)));
        assertThat(r.undecoded()).extracting(UndecodedBlock::reason).containsOnly(PasteNotes.SCENARIO_XML);
    }

    @Test
    void unclosedRfcNotationTagsLeaveEveryMessageInPlace() {
        String one = "   <allOneLine>\n   OPTIONS sip:a@b SIP/2.0 <repeat count=2>x\n   Via: <hex>41 42\n   l: 0\n\n";
        ParseResult r = parse(one.repeat(10_000) + "</allOneLine>\n");
        // each unclosed block and tag is left as written; the lines are still all shown
        assertThat(r.messages().size() + r.undecoded().size()).isGreaterThanOrEqualTo(10_000);
        assertThat(r.findings()).noneMatch(f -> f.message().contains("internal decoder error"));
    }

    @Test
    void pathologicalHeaderValuesDoNotBlowUp() {
        String[] values = {"<".repeat(100_000), "\"".repeat(100_001), ";".repeat(100_000), ",".repeat(100_000),
            "\\".repeat(100_000), "[".repeat(100_000), "%".repeat(100_000)};
        for (String v : values) {
            String text = "OPTIONS sip:a@b SIP/2.0\r\nVia: " + v + "\r\nTo: " + v + "\r\nContact: " + v
                    + "\r\nWWW-Authenticate: " + v + "\r\nContent-Length: 0\r\n\r\n";
            ParseResult r = parse(text);
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

    /** Regression: each m= line without c= looked its line up from the top of the body (45 s for 1 MiB). */
    @Test
    void anSdpBodyOfFiftyThousandMediaSectionsReportsEachMissingConnection() {
        String sdp = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nt=0 0\r\n" + "m=audio 1 RTP/AVP 0\r\n".repeat(50_000);
        ParseResult r = parse("INVITE sip:a@b SIP/2.0\r\nContent-Type: application/sdp\r\n\r\n" + sdp);
        SipMessage m = r.messages().get(0);
        assertThat(((SdpBody) m.body()).session().media()).hasSize(50_000);
        List<Finding> missing = m.findings().stream().filter(f -> f.code().equals("sdp-missing-connection")).toList();
        assertThat(missing).hasSize(50_000);
        assertThat(missing.get(49_999).line()).isEqualTo(7 + 50_000);
    }

    /**
     * Regression: each rtpmap for a format the m= line does not list scanned the list and copied all of it into its
     * finding (20,000 formats and as many such rtpmaps took 4-8 s).
     */
    @Test
    void thousandsOfRtpmapsForUnlistedFormatsEachGetAShortFinding() {
        StringBuilder sdp = new StringBuilder("v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
                + "m=audio 1 RTP/AVP");
        StringBuilder maps = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sdp.append(' ').append(1000 + i);
            maps.append("a=rtpmap:").append(50_000 + i).append(" X/8000\r\n");
        }
        sdp.append("\r\n").append(maps);
        SipMessage m = parse("INVITE sip:a@b SIP/2.0\r\nContent-Type: application/sdp\r\n\r\n" + sdp).messages().get(0);
        List<Finding> unknown = m.findings().stream().filter(f -> f.code().equals("sdp-unknown-format")).toList();
        assertThat(unknown).hasSize(20_000);
        assertThat(unknown.get(0).message()).contains("1000 1001").endsWith("... 20000 formats in all)")
                .hasSizeLessThan(400);
    }

    /** Regression: every empty line inside SDP scanned the rest of the run of empty lines. */
    @Test
    void aLongRunOfEmptyLinesInsideSdpIsOneFinding() {
        String sdp = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\n" + "\r\n".repeat(200_000) + "t=0 0\r\n";
        ParseResult r = parse("INVITE sip:a@b SIP/2.0\r\nContent-Type: application/sdp\r\n\r\n" + sdp);
        assertThat(r.messages().get(0).findings()).filteredOn(f -> f.code().equals("sdp-malformed-line")).hasSize(1)
                .first().extracting(Finding::line).isEqualTo(3 + 4);
    }

    /**
     * Regression: each message that declared a body longer than the rest of the paste walked to the end of the paste
     * (2.3 s for 1 MiB, quadratic); after a few such walks the byte counts are taken once and searched.
     */
    @Test
    void thousandsOfMessagesDeclaringBodiesLongerThanThePasteAreEachCutAtTheNext() {
        String lying = "OPTIONS sip:a@b SIP/2.0\r\nContent-Length: 99999999\r\n\r\nx\r\n";
        ParseResult r = parse(lying.repeat(20_000));
        assertThat(r.messages()).hasSize(20_000)
                .allSatisfy(m -> assertThat(m.findings()).extracting(Finding::code).contains("content-length-mismatch"));
    }

    @Test
    void bodiesAreFramedByteExactlyAfterTheCountsTakeOver() {
        String lying = "OPTIONS sip:a@b SIP/2.0\nContent-Length: 99999999\n\nx\n";
        // a body of 1-, 2-, 3- and 4-byte characters and bare LFs, each counting two bytes (CRLF on the wire)
        String body = "a\u00e9\u20ac\ud83d\ude00\nz";
        int bytes = body.getBytes(StandardCharsets.UTF_8).length + 1;
        String exact = "MESSAGE sip:a@b SIP/2.0\nContent-Type: text/plain\nContent-Length: " + bytes + "\n\n" + body;
        ParseResult r = parse(lying.repeat(3_000) + (exact + "\n").repeat(50));
        assertThat(r.messages()).hasSize(3_050);
        assertThat(r.messages().subList(3_000, 3_050)).allSatisfy(m -> {
            assertThat(((TextBody) m.body()).text()).isEqualTo(body);
            assertThat(m.findings()).extracting(Finding::code).doesNotContain("content-length-mismatch", "data-after-body");
        });
    }

    /** Regression: the prefix and double-spacing passes looked each "SIP/2.0" of one line up from its start (15 s). */
    @Test
    void aMebibyteLineOfVersionsIsOneUndecodedBlock() {
        for (String unit : new String[] {"x SIP/2.0\r", "a SIP/2.0 1"}) {
            String line = unit.repeat((1 << 20) / unit.length());
            ParseResult r = parse(line);
            assertThat(r.messages()).isEmpty();
            assertThat(r.undecoded()).extracting(UndecodedBlock::text).containsExactly(line);
        }
    }

    /** Regression: in a decorated log, every body cut at the next packet was walked again in full (2.6 s per MiB). */
    @Test
    void decoratedMessagesDeclaringHugeBodiesAreEachCutAtTheNextPacket() {
        String unit = "U 192.0.2.1:5060 -> 192.0.2.2:5060\nINVITE sip:a@b SIP/2.0\nContent-Length: 500000\n\nv=0\n";
        ParseResult r = parse(unit.repeat((1 << 20) / unit.length()));
        assertThat(r.messages()).hasSize((1 << 20) / unit.length()).allSatisfy(m -> {
            assertThat(m.metadata().tool()).isEqualTo("ngrep");
            assertThat(m.findings()).extracting(Finding::code).contains("content-length-mismatch");
        });
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
