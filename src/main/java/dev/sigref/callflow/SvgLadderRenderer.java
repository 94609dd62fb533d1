package dev.sigref.callflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link Ladder} as a standalone SVG: a column per participant with its label at the top (and again at the
 * bottom, for long flows and print), a dashed lifeline per participant, one arrow per step with its numbered label
 * above it, self-steps as a loop on the right of the lifeline, time deltas in the left margin and notes in a column on
 * the right, level with their step.
 *
 * <p>Styling uses SVG presentation attributes only, no {@code <style>} block: the SVG is inlined into pages, where a
 * style block would leak its rules into the page and would be blocked by a Content-Security-Policy without
 * {@code 'unsafe-inline'}; presentation attributes are neither. Class names are there as hooks for the page.
 *
 * <p>Black on white, and nothing is told by colour: a linked step looks like any other (the link is the whole row, with
 * a hit area sized for a finger). No underline: under the label halo it reads as underscores between words. No
 * script, no event handler, no external resource, no id (so two diagrams on one page cannot clash). Output is
 * deterministic.
 */
public final class SvgLadderRenderer {

    static final int FONT_SIZE_PX = 12;
    /** Width estimate of one character: a monospace font advances 0.6 em, 7.2 px at 12 px. */
    static final double CHAR_WIDTH_PX = 0.6 * FONT_SIZE_PX;

    static final int MARGIN = 16;
    static final int HEADER_HEIGHT = 28;
    static final int HEADER_PADDING = 8;
    /** Space between two neighbouring header boxes. */
    static final int HEADER_GAP = 16;
    /** Narrowest distance between neighbouring lifelines, so even a flow of short labels is easy to tap on a phone. */
    static final int MIN_COLUMN_GAP = 96;
    /** Free space kept between an arrow label and the lifelines at either end of its arrow. */
    static final int LABEL_CLEARANCE = 12;
    static final int ROW_HEIGHT = 32;
    static final int SELF_ROW_HEIGHT = 44;
    static final int SELF_LOOP_WIDTH = 32;
    static final int SELF_LOOP_HEIGHT = 12;
    static final int ARROWHEAD_LENGTH = 8;
    static final int NOTE_GAP = 24;

    private static final String FONT_FAMILY = "DejaVu Sans Mono, Menlo, Consolas, monospace";
    private static final String ELLIPSIS = "\u2026";

    /** Renders the ladder; see the class comment for what is drawn. */
    public SvgLadder render(Ladder ladder) {
        List<Participant> participants = ladder.participants();
        Map<String, Integer> columnIndex = ladder.columnIndex();
        int columns = participants.size();

        List<Label> headers = new ArrayList<>(columns);
        for (Participant participant : participants) {
            headers.add(Label.of(participant.label()));
        }
        List<StepLayout> steps = new ArrayList<>(ladder.steps().size());
        int maxTimeDeltaWidth = 0;
        int maxNoteWidth = 0;
        for (Step step : ladder.steps()) {
            StepLayout layout = StepLayout.of(step, columnIndex);
            steps.add(layout);
            maxTimeDeltaWidth = Math.max(maxTimeDeltaWidth, layout.timeDelta == null ? 0 : layout.timeDelta.width);
            maxNoteWidth = Math.max(maxNoteWidth, layout.note == null ? 0 : layout.note.width);
        }

        int[] x = columnPositions(headers, steps, maxTimeDeltaWidth);
        int contentRight = rightmostExtent(x, headers, steps);
        int noteX = contentRight + NOTE_GAP;
        int width = (maxNoteWidth > 0 ? noteX + maxNoteWidth : contentRight) + MARGIN;

        int lifelineTop = MARGIN + HEADER_HEIGHT;
        int rowTop = lifelineTop + 12;
        for (StepLayout step : steps) {
            step.top = rowTop;
            rowTop += step.self ? SELF_ROW_HEIGHT : ROW_HEIGHT;
        }
        int footerTop = rowTop + 12;
        int height = footerTop + HEADER_HEIGHT + MARGIN;

        StringBuilder svg = new StringBuilder(512 + steps.size() * 420);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" version=\"1.1\" class=\"sigref-ladder\" role=\"img\"")
                .append(" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append('"')
                .append(" font-family=\"").append(FONT_FAMILY).append("\" font-size=\"").append(FONT_SIZE_PX)
                .append("\" fill=\"#000\">\n");
        svg.append("<title>").append(Markup.escape(LadderText.singleLine(ladder.title()))).append("</title>\n");
        svg.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" fill=\"#fff\"/>\n");

        svg.append("<g class=\"lifelines\" stroke=\"#000\" stroke-width=\"1\" stroke-dasharray=\"4 4\">\n");
        for (int column = 0; column < columns; column++) {
            svg.append("<line x1=\"").append(x[column]).append("\" y1=\"").append(lifelineTop)
                    .append("\" x2=\"").append(x[column]).append("\" y2=\"").append(footerTop).append("\"/>\n");
        }
        svg.append("</g>\n");

        appendHeaders(svg, "participants", headers, x, MARGIN);
        appendHeaders(svg, "participants participants-footer", headers, x, footerTop);

        svg.append("<g class=\"steps\">\n");
        for (StepLayout step : steps) {
            appendStep(svg, step, x, MARGIN + maxTimeDeltaWidth, noteX);
        }
        svg.append("</g>\n</svg>\n");

        List<Integer> columnX = new ArrayList<>(columns);
        for (int position : x) {
            columnX.add(position);
        }
        return new SvgLadder(svg.toString(), width, height, columnX);
    }

    private static int[] columnPositions(List<Label> headers, List<StepLayout> steps, int maxTimeDeltaWidth) {
        ColumnLayout layout = new ColumnLayout(headers.size(), MIN_COLUMN_GAP);
        for (int column = 0; column + 1 < headers.size(); column++) {
            layout.require(column, column + 1,
                    (boxWidth(headers.get(column)) + boxWidth(headers.get(column + 1)) + 1) / 2 + HEADER_GAP);
        }
        for (StepLayout step : steps) {
            if (step.self) {
                // The label starts just right of the lifeline, above the loop; it must end before the next lifeline.
                int room = Math.max(step.label.width, SELF_LOOP_WIDTH) + 2 * LABEL_CLEARANCE;
                layout.requireRoomRightOf(step.fromColumn, room);
            } else {
                layout.require(step.fromColumn, step.toColumn, step.label.width + 2 * LABEL_CLEARANCE);
            }
        }
        int leftGutter = maxTimeDeltaWidth == 0 ? 0 : maxTimeDeltaWidth + 2 * LABEL_CLEARANCE;
        return layout.positions(MARGIN + Math.max(boxWidth(headers.get(0)) / 2, leftGutter));
    }

    private static int rightmostExtent(int[] x, List<Label> headers, List<StepLayout> steps) {
        int last = x.length - 1;
        int right = x[last] + (boxWidth(headers.get(last)) + 1) / 2;
        for (StepLayout step : steps) {
            if (step.self) {
                right = Math.max(right, x[step.fromColumn] + Math.max(step.label.width, SELF_LOOP_WIDTH)
                        + LABEL_CLEARANCE);
            }
        }
        return right;
    }

    private static int boxWidth(Label header) {
        return header.width + 2 * HEADER_PADDING;
    }

    private static void appendHeaders(StringBuilder svg, String cssClass, List<Label> headers, int[] x, int top) {
        svg.append("<g class=\"").append(cssClass).append("\">\n");
        for (int column = 0; column < headers.size(); column++) {
            Label header = headers.get(column);
            int boxWidth = boxWidth(header);
            svg.append("<g class=\"participant\"><rect x=\"").append(x[column] - boxWidth / 2).append("\" y=\"")
                    .append(top).append("\" width=\"").append(boxWidth).append("\" height=\"").append(HEADER_HEIGHT)
                    .append("\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"1.5\"/>");
            svg.append("<text x=\"").append(x[column]).append("\" y=\"").append(top + 18)
                    .append("\" text-anchor=\"middle\" font-weight=\"bold\">");
            header.appendTo(svg);
            svg.append("</text></g>\n");
        }
        svg.append("</g>\n");
    }

    private static void appendStep(StringBuilder svg, StepLayout step, int[] x, int timeDeltaRight, int noteX) {
        int from = x[step.fromColumn];
        int to = x[step.toColumn];
        int arrowY = step.top + 20;
        int labelY = step.top + 14;
        String href = SafeHref.allowedOrNull(step.href);

        svg.append("<g class=\"step\" data-step=\"").append(step.number).append("\">");
        if (href != null) {
            String escaped = Markup.escape(href);
            // Both attributes: SVG 2 readers use href, SVG 1.1 readers (and some converters) only xlink:href.
            svg.append("<a href=\"").append(escaped).append("\" xlink:href=\"").append(escaped).append("\">");
            appendHitArea(svg, step, from, to);
        }
        if (step.self) {
            appendLabel(svg, step.label, from + LABEL_CLEARANCE / 2, labelY, "start");
            appendSelfLoop(svg, from, arrowY);
        } else {
            appendLabel(svg, step.label, (from + to) / 2, labelY, "middle");
            appendArrow(svg, from, to, arrowY);
        }
        if (href != null) {
            svg.append("</a>");
        }
        if (step.timeDelta != null) {
            svg.append("<text class=\"time-delta\" x=\"").append(timeDeltaRight)
                    .append("\" y=\"").append(arrowY + 4).append("\" text-anchor=\"end\">");
            step.timeDelta.appendTo(svg);
            svg.append("</text>");
        }
        if (step.note != null) {
            int arrowRight = step.self ? from + SELF_LOOP_WIDTH : Math.max(from, to);
            // A dotted leader ties a note to its arrow when the note column is far from it.
            svg.append("<line class=\"note-leader\" x1=\"").append(arrowRight + 6).append("\" y1=\"").append(arrowY)
                    .append("\" x2=\"").append(noteX - 6).append("\" y2=\"").append(arrowY)
                    .append("\" stroke=\"#000\" stroke-width=\"1\" stroke-dasharray=\"1 3\"/>");
            svg.append("<text class=\"note\" x=\"").append(noteX).append("\" y=\"").append(arrowY + 4)
                    .append("\" font-style=\"italic\">");
            step.note.appendTo(svg);
            svg.append("</text>");
        }
        svg.append("</g>\n");
    }

    // An invisible but painted rectangle over the row, so the whole arrow is easy to tap, not just its thin line.
    private static void appendHitArea(StringBuilder svg, StepLayout step, int from, int to) {
        int left = Math.min(from, to);
        int right = step.self ? from + Math.max(step.label.width, SELF_LOOP_WIDTH) + LABEL_CLEARANCE
                : Math.max(from, to);
        svg.append("<rect class=\"hit-area\" x=\"").append(left).append("\" y=\"").append(step.top)
                .append("\" width=\"").append(right - left).append("\" height=\"")
                .append((step.self ? SELF_ROW_HEIGHT : ROW_HEIGHT) - 4).append("\" fill=\"#fff\" fill-opacity=\"0\"/>");
    }

    private static void appendLabel(StringBuilder svg, Label label, int x, int y, String anchor) {
        // The white halo (stroke painted under the fill) keeps a label legible where it crosses a lifeline.
        svg.append("<text class=\"step-label\" x=\"").append(x).append("\" y=\"").append(y)
                .append("\" text-anchor=\"").append(anchor)
                .append("\" stroke=\"#fff\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\">");
        label.appendTo(svg);
        svg.append("</text>");
    }

    private static void appendArrow(StringBuilder svg, int from, int to, int y) {
        int direction = to > from ? 1 : -1;
        int headBase = to - direction * ARROWHEAD_LENGTH;
        svg.append("<line class=\"arrow\" x1=\"").append(from).append("\" y1=\"").append(y).append("\" x2=\"")
                .append(headBase).append("\" y2=\"").append(y).append("\" stroke=\"#000\" stroke-width=\"1.5\"/>");
        appendArrowhead(svg, to, headBase, y);
    }

    private static void appendSelfLoop(StringBuilder svg, int x, int y) {
        int right = x + SELF_LOOP_WIDTH;
        int bottom = y + SELF_LOOP_HEIGHT;
        int headBase = x + ARROWHEAD_LENGTH;
        svg.append("<polyline class=\"arrow self\" points=\"").append(x).append(',').append(y).append(' ')
                .append(right).append(',').append(y).append(' ').append(right).append(',').append(bottom).append(' ')
                .append(headBase).append(',').append(bottom)
                .append("\" fill=\"none\" stroke=\"#000\" stroke-width=\"1.5\"/>");
        appendArrowhead(svg, x, headBase, bottom);
    }

    // Drawn as a polygon rather than a <marker>: markers need ids, which would clash between diagrams on one page.
    private static void appendArrowhead(StringBuilder svg, int tip, int base, int y) {
        svg.append("<polygon class=\"arrowhead\" points=\"").append(tip).append(',').append(y).append(' ')
                .append(base).append(',').append(y - 4).append(' ').append(base).append(',').append(y + 4)
                .append("\"/>");
    }

    /** A line of text as shown (truncated when long), its full text when truncated, and its estimated width. */
    private record Label(String shown, String full, int width) {

        static Label of(String text) {
            String line = LadderText.singleLine(text);
            String shown = LadderText.truncate(line, LadderText.MAX_LABEL_CHARS, ELLIPSIS);
            int width = (int) Math.ceil(LadderText.length(shown) * CHAR_WIDTH_PX);
            return new Label(shown, shown.equals(line) ? null : line, width);
        }

        /** The escaped text, with the full text as a {@code <title>} child (a tooltip) when it was truncated. */
        void appendTo(StringBuilder svg) {
            svg.append(Markup.escape(shown));
            if (full != null) {
                svg.append("<title>").append(Markup.escape(full)).append("</title>");
            }
        }
    }

    /** What one step needs for layout and drawing; {@code top} is set once the rows are stacked. */
    private static final class StepLayout {
        final int number;
        final int fromColumn;
        final int toColumn;
        final boolean self;
        final Label label;
        final Label note;
        final Label timeDelta;
        final String href;
        int top;

        private StepLayout(Step step, int fromColumn, int toColumn) {
            this.number = step.number();
            this.fromColumn = fromColumn;
            this.toColumn = toColumn;
            this.self = fromColumn == toColumn;
            this.label = Label.of(LadderText.stepText(step));
            this.note = step.note() == null ? null : Label.of(step.note());
            this.timeDelta = step.timeDelta() == null ? null : Label.of(step.timeDelta());
            this.href = step.href();
        }

        static StepLayout of(Step step, Map<String, Integer> columnIndex) {
            return new StepLayout(step, columnIndex.get(step.from()), columnIndex.get(step.to()));
        }
    }
}
