package dev.sigref.sip.bench;

import dev.sigref.sip.Body;
import dev.sigref.sip.Finding;
import dev.sigref.sip.Header;
import dev.sigref.sip.HeaderValue;
import dev.sigref.sip.ParseResult;
import dev.sigref.sip.SdpBody;
import dev.sigref.sip.SipMessage;
import dev.sigref.sip.SipParser;
import gov.nist.javax.sip.header.SIPHeader;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.parser.StringMsgParser;
import java.io.IOException;
import java.text.ParseException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Messages per second, one thread, on the gen.py corpus (split on corpus.idx): ours with every header parsed and
 * accessed and findings computed, against NIST JAIN-SIP's StringMsgParser with a listener that rethrows (otherwise it
 * drops headers it cannot parse and looks faster than it is). One operation is one message.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Thread)
public class ParserBenchmark {

    private List<byte[]> messages;
    private int next;
    /** Messages JAIN-SIP rejected during setup, reported once so that its figure can be read honestly. */
    private int jainRejected;

    private static final ParseExceptionListener RETHROW = new ParseExceptionListener() {
        @Override
        public void handleException(ParseException ex, SIPMessage message, Class headerClass, String headerText,
                String messageText) throws ParseException {
            throw ex;
        }
    };

    @Setup(Level.Trial)
    public void load() throws IOException {
        messages = Corpus.messages();
        for (byte[] m : messages) {
            try {
                new StringMsgParser().parseSIPMessage(m, true, false, RETHROW);
            } catch (ParseException | RuntimeException e) {
                jainRejected++;
            }
        }
        System.out.printf("%n[corpus] %d messages from %s; JAIN-SIP rejects %d of them%n", messages.size(), Corpus.dir(),
                jainRejected);
    }

    private byte[] nextMessage() {
        byte[] m = messages.get(next);
        next = next + 1 == messages.size() ? 0 : next + 1;
        return m;
    }

    @Benchmark
    public void sigref(Blackhole bh) {
        ParseResult r = SipParser.parse(nextMessage());
        for (SipMessage m : r.messages()) {
            for (Header h : m.headers()) {
                for (HeaderValue v : h.parsed()) {
                    bh.consume(v);
                }
            }
            for (Finding f : m.findings()) {
                bh.consume(f);
            }
            Body body = m.body();
            if (body instanceof SdpBody sdp) {
                bh.consume(sdp.session().media());
            }
            bh.consume(body);
        }
    }

    @Benchmark
    public void jainSip(Blackhole bh) {
        try {
            SIPMessage m = new StringMsgParser().parseSIPMessage(nextMessage(), true, false, RETHROW);
            for (Iterator<SIPHeader> it = m.getHeaders(); it.hasNext();) {
                bh.consume(it.next());
            }
            bh.consume(m.getContent());
        } catch (ParseException e) {
            bh.consume(e);
        }
    }
}
