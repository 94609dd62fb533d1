package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A committed sample of the realistic VoLTE corpus written by /work/shared/corpus/gen.py (seed 1): a TCP-like stream
 * of messages back to back, with IPv6, tel URIs, AKA, preconditions, SMS over IP and compact forms.
 */
class CorpusSampleTest {
    private static final String SIP = "/dev/sigref/sip/corpus/gen-sample.sip";

    record Slice(int offset, int length, String kind) {
    }

    private static List<Slice> index() {
        String idx = new String(Fixtures.bytes("/dev/sigref/sip/corpus/gen-sample.idx"), StandardCharsets.UTF_8);
        List<Slice> out = new ArrayList<>();
        for (String line : idx.split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t");
                out.add(new Slice(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2]));
            }
        }
        return out;
    }

    @Test
    void theStreamSplitsIntoExactlyTheIndexedMessages() {
        byte[] bytes = Fixtures.bytes(SIP);
        List<Slice> index = index();
        ParseResult r = SipParser.parse(bytes);
        assertThat(r.undecoded()).isEmpty();
        assertThat(r.messages()).hasSize(index.size());
        for (int i = 0; i < index.size(); i++) {
            Slice s = index.get(i);
            SipMessage m = r.messages().get(i);
            byte[] expected = Arrays.copyOfRange(bytes, s.offset(), s.offset() + s.length());
            // the stream holds binary SMS bodies, whose bytes that are no UTF-8 are kept as themselves
            assertThat(Arrays.equals(Text.utf8Bytes(m.raw(), 0, m.raw().length()), expected))
                    .as("message %d (%s) is exactly its indexed bytes", i, s.kind()).isTrue();
            String kind = m.isRequest() ? m.method() : m.statusCode() + " " + m.method();
            assertThat(kind).isEqualTo(s.kind());
        }
    }

    @Test
    void realisticImsTrafficParsesWithoutErrors() {
        ParseResult r = SipParser.parse(Fixtures.bytes(SIP));
        assertThat(r.allFindings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        // the only remark: stateful proxies answer CANCEL without a To tag
        assertThat(r.allFindings()).extracting(Finding::code).containsOnly("cancel-response-without-to-tag");
    }

    @Test
    void eachMessageAloneParsesWithoutErrorsAndWithEveryHeaderParsed() {
        byte[] bytes = Fixtures.bytes(SIP);
        for (Slice s : index()) {
            ParseResult r = SipParser.parse(Arrays.copyOfRange(bytes, s.offset(), s.offset() + s.length()));
            assertThat(r.messages()).as(s.kind()).hasSize(1);
            SipMessage m = r.messages().get(0);
            assertThat(m.hasErrors()).as("%s: %s", s.kind(), m.findings()).isFalse();
            assertThat(m.headers()).allSatisfy(h -> assertThat(h.parsed())
                    .noneMatch(v -> v instanceof MalformedValue));
            assertThat(m.callId()).isPresent();
            assertThat(m.vias()).isNotEmpty();
        }
    }

    @Test
    void compactFormsInTheSampleResolveToTheirHeaders() {
        ParseResult r = SipParser.parse(Fixtures.bytes(SIP));
        List<Header> compact = r.messages().stream().flatMap(m -> m.headers().stream())
                .filter(Header::usesCompactForm).toList();
        assertThat(compact).isNotEmpty();
        assertThat(compact).allSatisfy(h -> assertThat(h.canonicalName()).isNotEqualTo(h.name()));
    }
}
