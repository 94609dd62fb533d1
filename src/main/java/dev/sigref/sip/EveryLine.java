package dev.sigref.sip;

/**
 * What the passes for marks a copy left at the end of every line share (CR CR LF and padding blanks, an HTML break
 * or a table border): the vote that the mark is the copy's, and the rewrite that takes it off each line.
 */
final class EveryLine {
    private EveryLine() {
    }

    /** Lines that must carry the mark before it is taken for the copy's; a short paste with it on all counts too. */
    private static final int MIN_LINES = 3;

    /** How one line votes: s[from, end) is the line, s[from, content) its text without the line end. */
    interface Vote {
        /** 1 when the line carries the mark, 0 when it does not, -1 when it does not count (an empty line). */
        int of(String s, int from, int end, int content);
    }

    /** Where a line's text ends once the mark is cut off: s[from, content) is the text without the line end. */
    interface Cut {
        int textEnd(String s, int from, int content);
    }

    /** The text with each line cut, line ends kept, and how many lines it has. */
    record Result(Rewrite text, int lines) {
    }

    /** True when at least nine in ten of the lines that count (and {@link #MIN_LINES} of them) carry the mark. */
    static boolean nearly(String s, Vote vote) {
        int marked = 0;
        int total = 0;
        int pos = 0;
        while (pos < s.length()) {
            int end = Text.lineEnd(s, pos);
            int v = vote.of(s, pos, end, Text.withoutCr(s, pos, end));
            if (v >= 0) {
                total++;
                marked += v;
            }
            pos = end < s.length() ? end + 1 : end;
        }
        return marked >= MIN_LINES && marked * 10 >= total * 9;
    }

    /** Copies every line up to where {@code cut} ends its text, then the line's own end: its last CR and the LF. */
    static Result cut(String s, Cut cut) {
        Rewrite out = new Rewrite(s.length());
        int pos = 0;
        int lines = 0;
        while (pos < s.length()) {
            int end = Text.lineEnd(s, pos);
            int content = Text.withoutCr(s, pos, end);
            out.copy(s, pos, cut.textEnd(s, pos, content));
            out.copy(s, content, end < s.length() ? end + 1 : end);
            pos = end < s.length() ? end + 1 : end;
            lines++;
        }
        return new Result(out, lines);
    }
}
