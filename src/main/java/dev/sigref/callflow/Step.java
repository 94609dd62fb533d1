package dev.sigref.callflow;

import java.util.Objects;

/**
 * One arrow of a ladder.
 *
 * <p>All text here may come from a pasted trace: renderers treat it as hostile and escape it for their output.
 *
 * @param number    shown before the label ("3. INVITE"); matches the numbered step list under the diagram
 * @param from      id of the sending participant
 * @param to        id of the receiving participant; equal to {@code from} for a self-step (drawn as a loop)
 * @param label     the arrow's text, such as {@code INVITE (SDP offer)}
 * @param href      link target of the arrow, or {@code null}; only relative URLs ("/..." or "#...") are ever emitted
 * @param note      optional text shown beside the step, or {@code null}
 * @param timeDelta optional time since the previous step, such as {@code +0.120 s}, or {@code null}
 */
public record Step(int number, String from, String to, String label, String href, String note, String timeDelta) {

    public Step {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(label, "label");
        if (number < 1) {
            throw new IllegalArgumentException("step number must be positive: " + number);
        }
        // Blank optional text is "absent", so renderers only have one case to handle.
        href = blankToNull(href);
        note = blankToNull(note);
        timeDelta = blankToNull(timeDelta);
    }

    /** A step with no link, note or time delta. */
    public static Step of(int number, String from, String to, String label) {
        return new Step(number, from, to, label, null, null, null);
    }

    /** Whether the arrow starts and ends on the same lifeline. */
    public boolean isSelfStep() {
        return from.equals(to);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
