package dev.sigref.callflow;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells which stored procedure a trace follows, and where it stopped or went another way.
 *
 * <p>Both sides are reduced to their ordered keys (methods and status codes) and aligned with a longest common
 * subsequence, so extra messages in the trace are skipped rather than counted as failures. Before aligning:
 * <ul>
 *   <li>keys are normalised to their first word, upper case ("200 OK" and "200" are the same key);</li>
 *   <li>100 Trying is dropped from the trace and is optional in a procedure: it is hop-by-hop and often not
 *       captured;</li>
 *   <li>runs of the same key are folded into one, on both sides: in a trace they are retransmissions, in a stored
 *       procedure the same message crossing several hops (UE to P-CSCF to S-CSCF), which a trace captured at one point
 *       sees once. A folded run covers all its stored steps.</li>
 * </ul>
 * A procedure only matches a trace that sends its first message; the score is then {@code 2 L / (w + p)} for an
 * alignment of {@code L} keys, where {@code p} is the number of procedure keys and {@code w} the number of trace keys
 * from the first aligned one to the last. Trace keys before or after that window are not held against the procedure:
 * a capture often starts early, and a registration dialog goes on with re-registrations (same Call-ID) long after the
 * procedure ended. Cost is {@code O(t x p)} per procedure for {@code t} trace keys: linear in the trace, as stored
 * procedures are a few dozen steps.
 *
 * <p>Keys alone cannot tell apart procedures whose keys are the same (a mobile-originated and a mobile-terminated call
 * with preconditions): they tie, and the one listed first wins.
 */
public final class ProcedureMatcher {

    /** Below this score {@link #match} reports no procedure. */
    public static final double DEFAULT_MIN_SCORE = 0.5;

    private static final String TRYING = "100";
    // Keys are quoted in explanations only when they look like a method or a status code: traces are hostile text.
    private static final Pattern SHOWABLE_KEY = Pattern.compile("[A-Z0-9._+-]{1,32}");
    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth"};

    private final double minScore;

    public ProcedureMatcher() {
        this(DEFAULT_MIN_SCORE);
    }

    /** A matcher that reports no procedure scoring below {@code minScore} (0 to 1). */
    public ProcedureMatcher(double minScore) {
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("minScore must be between 0 and 1: " + minScore);
        }
        this.minScore = minScore;
    }

    /**
     * The procedure the trace follows best, or empty when none reaches the minimum score. Ties go to the procedure
     * with more covered steps, then to the one listed first.
     */
    public Optional<ProcedureMatch> match(List<String> traceKeys, List<Procedure> procedures) {
        Folded trace = Folded.of(traceKeys);
        ProcedureMatch best = null;
        for (Procedure procedure : procedures) {
            ProcedureMatch candidate = align(trace, procedure);
            if (candidate.score() >= minScore && (best == null || isBetter(candidate, best))) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How the trace follows this one procedure, whatever its score (for a page showing a chosen procedure). */
    public ProcedureMatch align(List<String> traceKeys, Procedure procedure) {
        return align(Folded.of(traceKeys), procedure);
    }

    private static boolean isBetter(ProcedureMatch candidate, ProcedureMatch best) {
        if (candidate.score() != best.score()) {
            return candidate.score() > best.score();
        }
        return candidate.matchedSteps() > best.matchedSteps();
    }

    private static ProcedureMatch align(Folded trace, Procedure procedure) {
        Folded stored = Folded.of(procedure.stepKeys());
        int[] traceIndexOf = alignment(trace.keys, stored.keys);
        boolean[] covered = coveredSteps(stored, traceIndexOf);

        int matchedSteps = 0;
        int firstUncovered = -1;
        for (int step = 0; step < covered.length; step++) {
            if (covered[step]) {
                matchedSteps++;
            } else if (firstUncovered < 0) {
                firstUncovered = step;
            }
        }
        String title = LadderText.singleLine(procedure.title());
        if (stored.keys.length == 0 || traceIndexOf[0] < 0) {
            String first = stored.keys.length == 0 ? "comparable step" : show(stored.keys[0]);
            return new ProcedureMatch(procedure, 0, matchedSteps, firstUncovered + 1,
                    "The trace never starts " + title + ": no " + first + ".");
        }
        int aligned = 0;
        int lastRun = 0;
        for (int run = 0; run < traceIndexOf.length; run++) {
            if (traceIndexOf[run] >= 0) {
                aligned++;
                lastRun = run;
            }
        }
        int window = traceIndexOf[lastRun] - traceIndexOf[0] + 1;
        double score = 2.0 * aligned / (window + stored.keys.length);
        if (firstUncovered < 0) {
            // Counted in the trace as pasted, retransmissions and 100 Trying included.
            int further = trace.runOfStep.length - 1 - trace.lastStep[traceIndexOf[lastRun]];
            String explanation = "The trace follows " + title + " to the end (" + matchedSteps + " of "
                    + covered.length + " steps)"
                    + (further == 0 ? "" : ", then " + further + (further == 1 ? " more message" : " more messages"))
                    + ".";
            return new ProcedureMatch(procedure, score, matchedSteps, ProcedureMatch.NO_DIVERGENCE, explanation);
        }
        return new ProcedureMatch(procedure, score, matchedSteps, firstUncovered + 1,
                divergence(title, trace, stored, traceIndexOf, stored.runOfStep[firstUncovered]));
    }

    // "stopped after 401 (step 2): no second REGISTER" or "went another way at step 5: 486 instead of 180".
    private static String divergence(String title, Folded trace, Folded stored, int[] traceIndexOf, int missingRun) {
        int previousRun = missingRun - 1;
        while (traceIndexOf[previousRun] < 0) {
            previousRun--; // stops at run 0 at the latest, which is aligned (checked by the caller)
        }
        String missing = show(stored.keys[missingRun]);
        int nextTraceKey = traceIndexOf[previousRun] + 1;
        if (nextTraceKey < trace.keys.length) {
            return title + " went another way at step " + (stored.firstStep[missingRun] + 1) + ": "
                    + show(trace.keys[nextTraceKey]) + " instead of " + missing + ".";
        }
        int occurrence = 0;
        for (int run = 0; run <= missingRun; run++) {
            if (stored.keys[run].equals(stored.keys[missingRun])) {
                occurrence++;
            }
        }
        return title + " stopped after " + show(stored.keys[previousRun]) + " (step "
                + (stored.lastStep[previousRun] + 1) + "): no " + (occurrence > 1 ? ordinal(occurrence) + " " : "")
                + missing + ".";
    }

    /**
     * For each procedure key, the index of the trace key aligned with it, or -1. Longest common subsequence on suffixes,
     * then a walk from the start that matches whenever the keys are equal and otherwise prefers skipping a trace key
     * (an extra message) to skipping a procedure key, so a stored step is only given up when the trace truly lacks it.
     */
    private static int[] alignment(String[] trace, String[] stored) {
        int columns = stored.length + 1;
        int[] lcs = new int[(trace.length + 1) * columns]; // lcs[i * columns + j]: LCS of trace[i..] and stored[j..]
        for (int i = trace.length - 1; i >= 0; i--) {
            for (int j = stored.length - 1; j >= 0; j--) {
                int cell = i * columns + j;
                lcs[cell] = trace[i].equals(stored[j])
                        ? lcs[cell + columns + 1] + 1
                        : Math.max(lcs[cell + columns], lcs[cell + 1]);
            }
        }
        int[] traceIndexOf = new int[stored.length];
        Arrays.fill(traceIndexOf, -1);
        int i = 0;
        int j = 0;
        while (i < trace.length && j < stored.length) {
            if (trace[i].equals(stored[j])) {
                traceIndexOf[j++] = i++;
            } else if (lcs[(i + 1) * columns + j] >= lcs[i * columns + j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return traceIndexOf;
    }

    // A stored step is covered when its folded run is aligned; an ignored step (100 Trying) when the step before it is
    // (or, at the very start, when the first run is).
    private static boolean[] coveredSteps(Folded stored, int[] traceIndexOf) {
        boolean[] covered = new boolean[stored.runOfStep.length];
        for (int run = 0; run < stored.keys.length; run++) {
            if (traceIndexOf[run] >= 0) {
                Arrays.fill(covered, stored.firstStep[run], stored.lastStep[run] + 1, true);
            }
        }
        boolean firstRunAligned = traceIndexOf.length > 0 && traceIndexOf[0] >= 0;
        for (int step = 0; step < covered.length; step++) {
            if (stored.runOfStep[step] < 0) {
                covered[step] = step == 0 ? firstRunAligned : covered[step - 1];
            }
        }
        return covered;
    }

    private static String show(String key) {
        return SHOWABLE_KEY.matcher(key).matches() ? key : "an unrecognised message";
    }

    private static String ordinal(int n) {
        if (n <= ORDINALS.length) {
            return ORDINALS[n - 1];
        }
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    /** First word, upper case; {@code null} for a key to ignore (missing, blank, or 100 Trying). */
    static String normalise(String key) {
        if (key == null) {
            return null;
        }
        String stripped = key.strip();
        int end = 0;
        while (end < stripped.length() && !Character.isWhitespace(stripped.charAt(end))) {
            end++;
        }
        String word = stripped.substring(0, end).toUpperCase(Locale.ROOT);
        return word.isEmpty() || word.equals(TRYING) ? null : word;
    }

    /**
     * Keys after normalising, dropping ignored ones and folding runs of one key. For each run, the first and last
     * original index it spans; for each original index, its run, or -1 when the key was ignored.
     */
    private record Folded(String[] keys, int[] firstStep, int[] lastStep, int[] runOfStep) {

        static Folded of(List<String> rawKeys) {
            int size = rawKeys.size();
            String[] keys = new String[size];
            int[] firstStep = new int[size];
            int[] lastStep = new int[size];
            int[] runOfStep = new int[size];
            int runs = 0;
            for (int index = 0; index < size; index++) {
                String key = normalise(rawKeys.get(index));
                if (key == null) {
                    runOfStep[index] = -1;
                    continue;
                }
                if (runs > 0 && keys[runs - 1].equals(key)) {
                    lastStep[runs - 1] = index;
                } else {
                    keys[runs] = key;
                    firstStep[runs] = index;
                    lastStep[runs] = index;
                    runs++;
                }
                runOfStep[index] = runs - 1;
            }
            return new Folded(Arrays.copyOf(keys, runs), firstStep, lastStep, runOfStep);
        }
    }
}
