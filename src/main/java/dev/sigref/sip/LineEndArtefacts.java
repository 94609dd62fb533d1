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

    /** The text without the altered line ends, or the same instance when its lines do not carry them. */
    static String restore(String s, PasteNotes notes) {
        int nl = s.indexOf('\n');
        if (nl < 1) {
            return s;
        }
        boolean crcr = nl >= 2 && s.charAt(nl - 1) == '\r' && s.charAt(nl - 2) == '\r';
        int e = nl > 0 && s.charAt(nl - 1) == '\r' ? nl - 1 : nl;
        boolean blanks = !crcr && e > 0 && Text.isWsp(s.charAt(e - 1)) && !Text.isBlank(s, 0, e);
        if (!crcr && !blanks || !EveryLine.nearly(s, crcr ? LineEndArtefacts::crCrLf : LineEndArtefacts::padded)) {
            return s;
        }
        EveryLine.Result out = EveryLine.cut(s, crcr ? LineEndArtefacts::withoutCrs : LineEndArtefacts::withoutBlanks);
        notes.add(0, out.lines(), FindingCode.LINE_END_ARTEFACTS_REMOVED, crcr
                ? "every line of the paste ended in CR CR LF, as a Windows tool writing CRLF text in text mode leaves"
                + " it; the extra CR was removed before decoding (positions are still those of the paste)"
                : "every line of the paste ended in spaces or tabs, as a terminal or a web page pads lines; they were"
                + " removed before decoding (positions are still those of the paste)");
        return notes.rewritten(s, out.text());
    }

    /** A line that is not empty votes for CR CR LF when it ends so; the last line, with no line end, votes against. */
    private static int crCrLf(String s, int from, int end, int content) {
        if (end == from) {
            return -1;
        }
        return end < s.length() && end - from >= 2 && s.charAt(end - 1) == '\r' && s.charAt(end - 2) == '\r' ? 1 : 0;
    }

    /** A line with text votes for padding when it ends in a space or tab. */
    private static int padded(String s, int from, int end, int content) {
        if (Text.isBlank(s, from, content)) {
            return -1;
        }
        return Text.isWsp(s.charAt(content - 1)) ? 1 : 0;
    }

    private static int withoutCrs(String s, int from, int content) {
        int cut = content;
        while (cut > from && s.charAt(cut - 1) == '\r') {
            cut--;
        }
        return cut;
    }

    private static int withoutBlanks(String s, int from, int content) {
        int cut = content;
        while (cut > from && Text.isWsp(s.charAt(cut - 1))) {
            cut--;
        }
        if (cut - from == 2 && cut < content && s.startsWith("s=", from)) {
            cut++; // "s= ", RFC 8866 §5.3's session without a name: its blank is the line's own
        }
        return cut;
    }
}
