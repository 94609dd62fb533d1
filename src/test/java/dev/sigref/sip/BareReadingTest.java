package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A paste is first read as bare SIP, and goes through the log-format passes only when that reading leaves something
 * unexplained. These tests hold the shortcut to what the passes give on every fixture and on markers that a clean
 * message can carry, and show where the bare reading is the better one: a body that quotes a pass's marker.
 */
class BareReadingTest {

    private static final Path FIXTURES = Path.of("src/test/resources/dev/sigref/sip");

    @Test
    void givesWhatThePassesGiveOnEveryFixture() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(FIXTURES)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int cleanReadings = 0;
        for (Path f : files) {
            cleanReadings += agreeOn(f.toString(), Files.readAllBytes(f));
        }
        // the sample of the gen.py corpus, message by message, as the benchmark reads it
        byte[] sample = Files.readAllBytes(FIXTURES.resolve("corpus/gen-sample.sip"));
        int messages = 0;
        for (String line : Files.readAllLines(FIXTURES.resolve("corpus/gen-sample.idx"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            int off = Integer.parseInt(f[0]);
            cleanReadings += agreeOn("gen-sample at " + off, Arrays.copyOfRange(sample, off, off + Integer.parseInt(f[1])));
            messages++;
        }
        // the shortcut must have been taken, or this test compares the long way with itself
        assertThat(files.size() + messages).isGreaterThan(150);
        assertThat(cleanReadings).as("pastes the bare reading explains").isGreaterThan(80);
    }

    /** Asserts both ways agree; 1 when the paste is one the bare reading explains whole (so it took the shortcut). */
    private static int agreeOn(String name, byte[] b) {
        ParseResult direct = SipParser.parse(b);
        assertThat(direct).as(name).isEqualTo(SipParser.parseThroughPasses(b));
        boolean clean = direct.undecoded().isEmpty() && !direct.messages().isEmpty()
                && direct.allFindings().stream().allMatch(x -> x.is(FindingCode.LF_LINE_ENDINGS));
        return clean ? 1 : 0;
    }

    @Test
    void readsALastMessageWithoutContentLengthWhoseBodyHoldsAnRfcPageBreakThroughThePasses() {
        String paste = "MESSAGE sip:bob@example.com SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK74bf9\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:alice@example.com>;tag=9fxced76sl\r\n"
                + "To: <sip:bob@example.com>\r\n"
                + "Call-ID: 3848276298220188511@example.com\r\n"
                + "CSeq: 1 MESSAGE\r\n"
                + "Content-Type: text/plain\r\n"
                + "\r\n"
                + "first line\r\n"
                + "\r\n"
                + "Sparks, et al.              Standards Track                     [Page 5]\r\n"
                + "\f\r\n"
                + "RFC 4475                SIP Torture Test Messages                May 2006\r\n"
                + "\r\n"
                + "second line\r\n";
        byte[] b = paste.getBytes(StandardCharsets.UTF_8);
        assertThat(SipParser.parse(b)).isEqualTo(SipParser.parseThroughPasses(b));
    }

    @Test
    void sendsAMessageWithBlanksPaddingEveryLineThroughThePasses() {
        String paste = "SIP/2.0 200 OK \n"
                + "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK74bf9 \n"
                + "From: <sip:alice@example.com>;tag=9fxced76sl \n"
                + "To: <sip:bob@example.com>;tag=8321234356 \n"
                + "Call-ID: 3848276298220188511@example.com \n"
                + "CSeq: 1 OPTIONS \n"
                + "Content-Length: 0 \n"
                + "\n";
        ParseResult r = SipParser.parse(paste.getBytes(StandardCharsets.UTF_8));
        assertThat(r).isEqualTo(SipParser.parseThroughPasses(paste.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.allFindings()).anyMatch(f -> f.is(FindingCode.LINE_END_ARTEFACTS_REMOVED));
    }

    @Test
    void aCleanMessageWhoseXmlBodyQuotesRfcNotationKeepsItsBody() {
        String xml = "<?xml version=\"1.0\"?>\r\n<doc><hex>0A1B2C</hex></doc>\r\n";
        String paste = FindingCatalogueTest.options(xml, java.util.Map.of(), "Content-Type: application/xml",
                "Content-Length: " + xml.length());
        SipMessage m = SipParser.parse(paste).messages().get(0);
        assertThat(m.findings()).isEmpty();
        assertThat(((TextBody) m.body()).text()).isEqualTo(xml);
    }
}
