package dev.sigref.callflow;

import java.util.Map;

/**
 * Writes a {@link Ladder} as Mermaid {@code sequenceDiagram} source, for wikis and tickets that render Mermaid.
 *
 * <pre>
 * sequenceDiagram
 *     title Initial registration
 *     participant p1 as UE
 *     participant p2 as P-CSCF
 *     p1-&gt;&gt;p2: 1. REGISTER [+0.120 s]
 *     Note right of p2: no security association yet
 * </pre>
 *
 * Participants get generated aliases ({@code p1}, {@code p2}...) because ids come from traces and may hold anything.
 * Step numbers are written into the labels rather than using {@code autonumber}, so they stay the ladder's own numbers
 * (which need not start at 1). A note goes right of the rightmost participant of its step; a time delta goes in
 * brackets after the label, as Mermaid has no margin for it.
 */
public final class MermaidRenderer {

    private static final String INDENT = "    ";

    /** Renders the ladder as Mermaid source, one statement per line. */
    public String render(Ladder ladder) {
        StringBuilder out = new StringBuilder(64 + ladder.steps().size() * 48);
        out.append("sequenceDiagram\n");
        if (!ladder.title().isBlank()) {
            out.append(INDENT).append("title ").append(escape(ladder.title())).append('\n');
        }
        for (int column = 0; column < ladder.participants().size(); column++) {
            out.append(INDENT).append("participant ").append(alias(column)).append(" as ")
                    .append(escape(ladder.participants().get(column).label())).append('\n');
        }
        Map<String, Integer> columnIndex = ladder.columnIndex();
        for (Step step : ladder.steps()) {
            int from = columnIndex.get(step.from());
            int to = columnIndex.get(step.to());
            out.append(INDENT).append(alias(from)).append("->>").append(alias(to)).append(": ")
                    .append(escape(LadderText.stepText(step)));
            if (step.timeDelta() != null) {
                out.append(" [").append(escape(step.timeDelta())).append(']');
            }
            out.append('\n');
            if (step.note() != null) {
                out.append(INDENT).append("Note right of ").append(alias(Math.max(from, to))).append(": ")
                        .append(escape(step.note())).append('\n');
            }
        }
        return out.toString();
    }

    private static String alias(int column) {
        return "p" + (column + 1);
    }

    /**
     * Text Mermaid can take on one line. Line breaks end a statement, ';' separates statements, ':' ends a participant
     * name, '#' starts an entity code, '%%' starts a comment or an init directive (which could change the renderer's
     * security level), and '&lt;', '&gt;', '&amp;', '"' would reach Mermaid's HTML output: all become Mermaid entity
     * codes ({@code #59;}), which Mermaid turns back into the characters for display. '#' is escaped first so an
     * entity code typed in a label shows as typed.
     */
    static String escape(String text) {
        String line = LadderText.singleLine(text);
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '#', ';', ':', '%', '<', '>', '&', '"', '{', '}', '`' -> out.append('#').append((int) c).append(';');
                default -> out.append(c);
            }
        }
        return out.toString().strip();
    }
}
