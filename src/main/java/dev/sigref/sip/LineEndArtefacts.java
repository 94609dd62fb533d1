package dev.sigref.sip;

/**
 * Line ends a tool or a copy altered on every line: CR CR LF, which a Windows program writing CRLF text in text mode
 * leaves (the CR it adds stands before the CR that was there), and blanks after every line's text, which a terminal
 * or a web page pads lines with. Both make every header value end in a character that is no part of it and throw
 * Content-Length off by one or more bytes per body line. When the first line and nearly all the others carry one of
 * them, it is removed from every line, with an info finding; a paste whose first line is clean is left alone (the
 * marks are the copy's, so they are on every line).
 */
final class LineEndArtefacts {
    private LineEndArtefacts() {
    }

    /** Lines to look at before deciding; a short paste with the mark on all its lines counts too. */
    private static final int MIN_LINES = 3;

    /** The text without the altered line ends, or the same instance when its lines do not carry them. */
    static String restore(String s, PasteNotes notes) {
        int nl = s.indexOf('\n');
        if (nl < 1) {
            return s;
        }
        boolean crcr = nl >= 2 && s.charAt(nl - 1) == '\r' && s.charAt(nl - 2) == '\r';
        int e = nl > 0 && s.charAt(nl - 1) == '\r' ? nl - 1 : nl;
        boolean blanks = !crcr && e > 0 && Text.isWsp(s.charAt(e - 1)) && !Text.isBlank(s, 0, e);
        if (!crcr && !blanks || !nearlyEveryLine(s, crcr)) {
            return s;
        }
        Rewrite out = new Rewrite(s.length());
        int pos = 0;
        int lines = 0;
        while (pos < s.length()) {
            int end = Text.lineEnd(s, pos);
            int content = Text.withoutCr(s, pos, end);
            int cut = content;
            if (crcr) {
                while (cut > pos && s.charAt(cut - 1) == '\r') {
                    cut--;
                }
            } else {
                while (cut > pos && Text.isWsp(s.charAt(cut - 1))) {
                    cut--;
                }
                if (cut - pos == 2 && cut < content && s.startsWith("s=", pos)) {
                    cut++; // "s= ", RFC 8866 §5.3's session without a name: its blank is the line's own
                }
            }
            // the text, then the line's own end: its last CR (if any) and the LF
            out.copy(s, pos, cut);
            out.copy(s, content, end < s.length() ? end + 1 : end);
            pos = end < s.length() ? end + 1 : end;
            lines++;
        }
        notes.add(0, lines, FindingCode.LINE_END_ARTEFACTS_REMOVED, crcr
                ? "every line of the paste ended in CR CR LF, as a Windows tool writing CRLF text in text mode leaves"
                + " it; the extra CR was removed before decoding (positions are still those of the paste)"
                : "every line of the paste ended in spaces or tabs, as a terminal or a web page pads lines; they were"
                + " removed before decoding (positions are still those of the paste)");
        return notes.rewritten(s, out);
    }

    /** True when at least nine in ten of the non-empty lines (and {@link #MIN_LINES} of them) carry the mark. */
    private static boolean nearlyEveryLine(String s, boolean crcr) {
        int marked = 0;
        int total = 0;
        int pos = 0;
        while (pos < s.length()) {
            int end = Text.lineEnd(s, pos);
            int content = Text.withoutCr(s, pos, end);
            if (crcr) {
                if (end > pos) {
                    total++;
                    marked += end < s.length() && end - pos >= 2 && s.charAt(end - 1) == '\r' && s.charAt(end - 2) == '\r'
                            ? 1 : 0;
                }
            } else if (!Text.isBlank(s, pos, content)) {
                total++;
                marked += Text.isWsp(s.charAt(content - 1)) ? 1 : 0;
            }
            pos = end < s.length() ? end + 1 : end;
        }
        return marked >= MIN_LINES && marked * 10 >= total * 9;
    }
}
