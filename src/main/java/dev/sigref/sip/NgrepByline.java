package dev.sigref.sip;

/**
 * {@code ngrep -W byline} prints every CR as '.', so each line of a captured message ends in a dot and the empty line
 * after the headers is a lone '.'. Turning those dots back into CRs restores the wire bytes without moving any
 * character, so lines, columns and Content-Length stay exact.
 */
final class NgrepByline {
    private NgrepByline() {
    }

    /** The text with byline dots restored to CR, or the same instance when there are none. */
    static String restore(String s) {
        if (s.indexOf(" -> ") < 0) {
            return s;
        }
        char[] out = null;
        int pos = 0;
        boolean inBlock = false;
        while (pos < s.length()) {
            int nl = s.indexOf('\n', pos);
            int end = nl < 0 ? s.length() : nl;
            int text = Text.afterQuoteMarks(s, pos, end);
            int len = end - text;
            if (len <= LogDecorations.MAX_LENGTH && len > 2 && (s.charAt(text) == 'U' || s.charAt(text) == 'T')
                    && s.charAt(text + 1) == ' ') {
                LogDecorations.Decoration d = LogDecorations.recognize(s.substring(text, end));
                if (d != null && "ngrep".equals(d.tool()) && d.source() != null) {
                    inBlock = nl >= 0 && startsBylineMessage(s, nl + 1);
                    pos = end + 1;
                    continue;
                }
            }
            if (inBlock && len > 0 && s.charAt(end - 1) == '.') {
                if (out == null) {
                    out = s.toCharArray();
                }
                // a capture cut after its last dot has no LF to pair a CR with: a blank the line's end trims instead
                out[end - 1] = nl < 0 ? ' ' : '\r';
            } else if (inBlock && len == 0) {
                // ngrep ends each packet with a real empty line
                inBlock = false;
            }
            pos = end + 1;
        }
        return out == null ? s : new String(out);
    }

    private static boolean startsBylineMessage(String s, int from) {
        int nl = s.indexOf('\n', from);
        int end = nl < 0 ? s.length() : nl;
        int text = Text.afterQuoteMarks(s, from, end);
        return end > text && s.charAt(end - 1) == '.' && StartLines.looksLikeStartLine(s, text, end - 1);
    }
}
