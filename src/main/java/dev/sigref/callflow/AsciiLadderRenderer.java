package dev.sigref.callflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link Ladder} as plain ASCII text for tickets and e-mails:
 *
 * <pre>
 * UE                 P-CSCF             S-CSCF
 * |  1. REGISTER     |                  |
 * |-----------------&gt;|                  |
 * |                  |  2. REGISTER     |
 * |                  |-----------------&gt;|
 * |                  |  3. 401          |
 * |                  |&lt;-----------------|
 * </pre>
 *
 * A step is its numbered label line then its arrow line; a self-step is a label then a two-line loop on the right of
 * the lifeline. Time deltas are right-aligned in a left margin and notes, in brackets, in a column on the right, both
 * level with the arrow. Participant labels are left-aligned on their lifeline. Every line is ASCII without trailing
 * spaces: other characters become '?', control characters become spaces, long labels are cut with "...".
 */
public final class AsciiLadderRenderer {

    /** Narrowest distance between two lifelines, so that even an arrow without label reads as one. */
    static final int MIN_COLUMN_GAP = 8;
    /** A label starts this many characters right of its left lifeline. */
    static final int LABEL_INDENT = 3;
    /** Free characters kept between a label and the next lifeline. */
    static final int LABEL_CLEARANCE = 2;
    static final int SELF_LOOP_WIDTH = 4;
    private static final String ELLIPSIS = "...";

    /** Renders the ladder; see the class comment for the layout. */
    public String render(Ladder ladder) {
        Map<String, Integer> columnIndex = ladder.columnIndex();
        List<String> headers = new ArrayList<>();
        for (Participant participant : ladder.participants()) {
            headers.add(clean(participant.label()));
        }
        List<StepText> steps = new ArrayList<>(ladder.steps().size());
        int timeDeltaWidth = 0;
        int noteWidth = 0;
        for (Step step : ladder.steps()) {
            StepText text = new StepText(step, columnIndex);
            steps.add(text);
            timeDeltaWidth = Math.max(timeDeltaWidth, text.timeDelta == null ? 0 : text.timeDelta.length());
            noteWidth = Math.max(noteWidth, text.note == null ? 0 : text.note.length());
        }

        int leftMargin = timeDeltaWidth == 0 ? 0 : timeDeltaWidth + 2;
        int[] x = columnPositions(headers, steps, leftMargin);
        int contentWidth = contentWidth(x, headers, steps);
        int noteX = contentWidth + 2;
        int width = noteWidth == 0 ? contentWidth : noteX + noteWidth;

        Canvas canvas = new Canvas(width, x, (steps.size() * 5 / 2 + 4) * (width + 1));
        if (!ladder.title().isBlank()) {
            canvas.text(clean(ladder.title()));
            canvas.text("");
        }
        char[] line = canvas.blank(false);
        for (int column = 0; column < x.length; column++) {
            put(line, x[column], headers.get(column));
        }
        canvas.emit(line);

        for (StepText step : steps) {
            int from = x[step.fromColumn];
            int to = x[step.toColumn];
            int left = Math.min(from, to);
            int right = Math.max(from, to);

            line = canvas.blank(true);
            put(line, left + LABEL_INDENT, step.label);
            canvas.emit(line);

            line = canvas.blank(true);
            if (step.timeDelta != null) {
                put(line, timeDeltaWidth - step.timeDelta.length(), step.timeDelta);
            }
            if (step.note != null) {
                put(line, noteX, step.note);
            }
            if (step.self) {
                Arrays.fill(line, from + 1, from + SELF_LOOP_WIDTH, '-');
                line[from + SELF_LOOP_WIDTH] = '.';
                canvas.emit(line);
                line = canvas.blank(true);
                line[from + 1] = '<';
                Arrays.fill(line, from + 2, from + SELF_LOOP_WIDTH, '-');
                line[from + SELF_LOOP_WIDTH] = '\'';
            } else {
                Arrays.fill(line, left + 1, right, '-');
                if (to > from) {
                    line[to - 1] = '>';
                } else {
                    line[to + 1] = '<';
                }
            }
            canvas.emit(line);
        }
        return canvas.toString();
    }

    private static int[] columnPositions(List<String> headers, List<StepText> steps, int leftMargin) {
        ColumnLayout layout = new ColumnLayout(headers.size(), MIN_COLUMN_GAP);
        for (int column = 0; column + 1 < headers.size(); column++) {
            layout.require(column, column + 1, headers.get(column).length() + LABEL_CLEARANCE);
        }
        for (StepText step : steps) {
            int room = LABEL_INDENT + step.label.length() + LABEL_CLEARANCE;
            if (step.self) {
                layout.requireRoomRightOf(step.fromColumn, Math.max(room, SELF_LOOP_WIDTH + LABEL_CLEARANCE));
            } else {
                layout.require(step.fromColumn, step.toColumn, room);
            }
        }
        return layout.positions(leftMargin);
    }

    // Width of the ladder itself: the last lifeline, its header, and labels or loops of self-steps on the right.
    private static int contentWidth(int[] x, List<String> headers, List<StepText> steps) {
        int last = x.length - 1;
        int width = x[last] + Math.max(1, headers.get(last).length());
        for (StepText step : steps) {
            if (step.self) {
                int start = x[step.fromColumn];
                width = Math.max(width, Math.max(start + LABEL_INDENT + step.label.length(),
                        start + SELF_LOOP_WIDTH + 1));
            }
        }
        return width;
    }

    private static void put(char[] line, int at, String text) {
        text.getChars(0, text.length(), line, at);
    }

    private static String clean(String text) {
        return LadderText.truncate(LadderText.ascii(LadderText.singleLine(text)), LadderText.MAX_LABEL_CHARS,
                ELLIPSIS);
    }

    /** A step's texts, cleaned to ASCII, and its columns. */
    private static final class StepText {
        final int fromColumn;
        final int toColumn;
        final boolean self;
        final String label;
        final String note;
        final String timeDelta;

        StepText(Step step, Map<String, Integer> columnIndex) {
            this.fromColumn = columnIndex.get(step.from());
            this.toColumn = columnIndex.get(step.to());
            this.self = fromColumn == toColumn;
            this.label = clean(LadderText.stepText(step));
            this.note = step.note() == null ? null : "(" + clean(step.note()) + ")";
            this.timeDelta = step.timeDelta() == null ? null : clean(step.timeDelta());
        }
    }

    /**
     * Lines of a fixed width, emitted without trailing spaces. One line buffer serves every line: {@link #emit} copies
     * it out before {@link #blank} clears it again.
     */
    private static final class Canvas {
        private final char[] line;
        private final int[] lifelines;
        private final StringBuilder out;

        Canvas(int width, int[] lifelines, int capacity) {
            this.line = new char[width];
            this.lifelines = lifelines;
            this.out = new StringBuilder(capacity);
        }

        char[] blank(boolean withLifelines) {
            Arrays.fill(line, ' ');
            if (withLifelines) {
                for (int x : lifelines) {
                    line[x] = '|';
                }
            }
            return line;
        }

        void emit(char[] line) {
            int end = line.length;
            while (end > 0 && line[end - 1] == ' ') {
                end--;
            }
            out.append(line, 0, end).append('\n');
        }

        void text(String text) {
            out.append(text.stripTrailing()).append('\n');
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
