package dev.sigref.callflow;

import java.util.Objects;

/**
 * How well a trace follows one stored procedure.
 *
 * @param procedure       the stored procedure
 * @param score           0 to 1: twice the number of aligned keys over the number of procedure keys plus the
 *                        number of trace keys from the first aligned to the last (after 100 Trying is dropped and
 *                        repeats are folded); 0 when the trace never sends the procedure's first message
 * @param matchedSteps    how many stored steps the trace covered, in order
 * @param firstDivergence number (1-based) of the first stored step the trace did not cover, or
 *                        {@link #NO_DIVERGENCE} when it covered them all
 * @param explanation     one plain-text sentence for engineers; escape it like any other text when putting it in HTML
 */
public record ProcedureMatch(Procedure procedure, double score, int matchedSteps, int firstDivergence,
        String explanation) {

    /** {@link #firstDivergence()} when the trace covered every stored step. */
    public static final int NO_DIVERGENCE = -1;

    public ProcedureMatch {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** Whether the trace covered every stored step. */
    public boolean isComplete() {
        return firstDivergence == NO_DIVERGENCE;
    }
}
