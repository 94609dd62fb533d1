package dev.sigref.sip;

/**
 * Text copied from {@code cat -v}, vim or a terminal log shows each CR as the two characters {@code ^M}. At a line end
 * they stand for the CR of the CRLF and are read as one, as ngrep's byline dots are; anywhere else they are text. Only
 * a paste that holds SIP ("SIP/2.0") and at least two such line ends is rewritten, so that other text is shown as is.
 */
final class CaretM {
    private CaretM() {
    }

    /** The text with every {@code ^M} before a line end (or at the end) read as CR, or the same instance. */
    static String restore(String s, PasteNotes notes) {
        // the one-character search is the cheap one, and '^' is rare in SIP
        int at = s.indexOf('^') < 0 ? -1 : s.indexOf("^M");
        if (at < 0 || s.indexOf("SIP/2.0") < 0 || !twoAtLineEnds(s, at)) {
            return s;
        }
        Rewrite out = null;
        int copied = 0;
        while (at >= 0) {
            int after = at + 2;
            if (atLineEnd(s, after)) {
                if (out == null) {
                    out = new Rewrite(s.length());
                }
                out.copy(s, copied, at);
                if (after == s.length() || s.charAt(after) != '\r') {
                    out.put('\r', at);
                }
                copied = after;
            }
            at = s.indexOf("^M", after);
        }
        return out == null ? s : notes.rewritten(s, out.copy(s, copied, s.length()));
    }

    private static boolean twoAtLineEnds(String s, int from) {
        int found = 0;
        for (int at = from; at >= 0 && found < 2; at = s.indexOf("^M", at + 2)) {
            if (atLineEnd(s, at + 2)) {
                found++;
            }
        }
        return found == 2;
    }

    private static boolean atLineEnd(String s, int after) {
        return after == s.length() || s.charAt(after) == '\n'
                || (s.charAt(after) == '\r' && (after + 1 == s.length() || s.charAt(after + 1) == '\n'));
    }
}
