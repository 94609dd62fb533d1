package dev.sigref.callflow.bench;

import dev.sigref.callflow.AsciiLadderRenderer;
import dev.sigref.callflow.Ladder;
import dev.sigref.callflow.MermaidRenderer;
import dev.sigref.callflow.Participant;
import dev.sigref.callflow.Procedure;
import dev.sigref.callflow.ProcedureMatch;
import dev.sigref.callflow.ProcedureMatcher;
import dev.sigref.callflow.Step;
import dev.sigref.callflow.SvgLadder;
import dev.sigref.callflow.SvgLadderRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Drawing a 2,000-message trace: the decoder's worst realistic case. The trace repeats a VoLTE call with
 * preconditions across eight participants, with a link, a time delta and now and then a note on each step.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(3)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class LadderRenderBenchmark {

    private static final String[] IDS = {"ue", "pcscf", "scscf", "as", "icscf", "tscscf", "tpcscf", "remote"};
    private static final String[] LABELS = {"UE 10.10.1.17:5060", "P-CSCF", "S-CSCF (orig)", "MMTel AS",
        "I-CSCF", "S-CSCF (term)", "P-CSCF (term)", "remote UE"};
    // One call leg, as (from, to, label, key): sent hop by hop from the UE to the remote UE and back.
    private static final String[][] CALL = {
        {"INVITE (SDP offer, preconditions)", "INVITE", ">"}, {"100 Trying", "100", "<1"},
        {"183 Session Progress (SDP answer)", "183", "<"}, {"PRACK", "PRACK", ">"}, {"200 OK (PRACK)", "200", "<"},
        {"UPDATE (resources reserved)", "UPDATE", ">"}, {"200 OK (UPDATE)", "200", "<"},
        {"180 Ringing", "180", "<"}, {"200 OK (INVITE)", "200", "<"}, {"ACK", "ACK", ">"},
        {"BYE", "BYE", ">"}, {"200 OK (BYE)", "200", "<"}};

    private Ladder ladder;
    private List<String> traceKeys;
    private List<Procedure> procedures;
    private final SvgLadderRenderer svg = new SvgLadderRenderer();
    private final AsciiLadderRenderer ascii = new AsciiLadderRenderer();
    private final MermaidRenderer mermaid = new MermaidRenderer();
    private final ProcedureMatcher matcher = new ProcedureMatcher();

    @Setup
    public void buildTrace() {
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < IDS.length; i++) {
            participants.add(new Participant(IDS[i], LABELS[i]));
        }
        List<Step> steps = new ArrayList<>();
        traceKeys = new ArrayList<>();
        int number = 0;
        while (number < 2_000) {
            for (String[] message : CALL) {
                boolean forward = message[2].startsWith(">");
                int hops = message[2].length() == 2 ? 1 : IDS.length - 1; // 100 Trying is hop-by-hop
                for (int hop = 0; hop < hops && number < 2_000; hop++) {
                    int from = forward ? hop : IDS.length - 1 - hop;
                    int to = forward ? from + 1 : from - 1;
                    if (message[1].equals("100")) {
                        from = 1;
                        to = 0;
                    }
                    number++;
                    steps.add(new Step(number, IDS[from], IDS[to], message[0], "#msg-" + number,
                            number % 25 == 0 ? "retransmission timer T1 running" : null,
                            String.format(Locale.ROOT, "+%.3f s", (number % 97) / 1000.0)));
                    traceKeys.add(message[1]);
                }
            }
        }
        ladder = new Ladder("2,000-message trace", participants, steps);
        procedures = List.of(
                new Procedure("initial-registration", "Initial registration", List.of("REGISTER", "401", "REGISTER",
                        "200")),
                new Procedure("mo-call", "MO call with preconditions", List.of("INVITE", "100", "183", "PRACK", "200",
                        "UPDATE", "200", "180", "200", "ACK", "BYE", "200")),
                new Procedure("busy", "Busy", List.of("INVITE", "100", "486", "ACK")),
                new Procedure("cancel", "Cancel", List.of("INVITE", "100", "180", "CANCEL", "200", "487", "ACK")));
    }

    @Benchmark
    public SvgLadder svg2000Steps() {
        return svg.render(ladder);
    }

    @Benchmark
    public String ascii2000Steps() {
        return ascii.render(ladder);
    }

    @Benchmark
    public String mermaid2000Steps() {
        return mermaid.render(ladder);
    }

    @Benchmark
    public Optional<ProcedureMatch> match2000Keys() {
        return matcher.match(traceKeys, procedures);
    }
}
