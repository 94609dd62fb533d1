package dev.sigref.sip;

/**
 * A long Request-Line (an IMS Request-URI with its parameters passes 80 characters) hard-wrapped by a mail client or a
 * terminal: its tail, " SIP/2.0" or the end of the URI with it, stands alone on the next line, which would read as a
 * status line of its own or as a broken header. When a line ends in SIP/2.0, holds no header name, follows a request
 * line that lacks its version and comes before a header line, it is joined back to that line; each join gets an info
 * finding, and positions still point into the paste.
 */
final class WrappedStartLines {
    private WrappedStartLines() {
    }

    private static final String VERSION = "SIP/2.0";

    /** The text with wrapped request lines joined, or the same instance when there is none. */
    static String restore(String s, PasteNotes notes) {
        int v = s.indexOf(VERSION);
        Rewrite out = null;
        int copied = 0;
        int counted = 0;
        int line = 0; // 0-based line of the input at {@code counted}
        int[] joins = new int[4];
        int joined = 0;
        java.util.List<String> messages = new java.util.ArrayList<>(0);
        while (v >= 0) {
            int ls = Text.lineStart(s, v);
            int le = Text.lineEnd(s, v);
            int end = Text.withoutCr(s, ls, le);
            while (end > ls && Text.isWsp(s.charAt(end - 1))) {
                end--;
            }
            if (ls > 0 && end - ls >= VERSION.length() && s.startsWith(VERSION, end - VERSION.length())
                    && (end - ls == VERSION.length() || Text.isWsp(s.charAt(end - VERSION.length() - 1))
                            || !s.startsWith(VERSION, ls))
                    && !Text.isWsp(s.charAt(ls)) && HeaderSection.headerColon(s, ls, end) < 0
                    && le < s.length() && headerLine(s, le + 1)) {
                int ps = Text.lineStart(s, ls - 1);
                int pe = Text.withoutCr(s, ps, ls - 1);
                // the tail is no request line of its own ("REGISTER sip:... SIP/2.0" after a log line)
                if (requestLineWithoutVersion(s, ps, pe) && !methodAndUri(s, ls, end)) {
                    if (out == null) {
                        out = new Rewrite(s.length());
                    }
                    line += Text.countLineEnds(s, counted, ls);
                    counted = ls;
                    out.copy(s, copied, pe);
                    copied = ls;
                    if (joined == joins.length) {
                        joins = java.util.Arrays.copyOf(joins, joined * 2);
                    }
                    joins[joined++] = line;
                    messages.add("the request line was hard-wrapped by the copy: its tail " + Text.q(s.substring(ls,
                            end)) + " stood alone on the next line; the two lines were joined before decoding (line"
                            + " and column numbers are still those of the paste)");
                }
            }
            v = le < s.length() ? s.indexOf(VERSION, le + 1) : -1;
        }
        if (out == null) {
            return s;
        }
        // earlier passes' notes move up by the joins above them, and each join's note stands on the joined line
        notes.linesJoined(joins, joined);
        for (int k = 0; k < joined; k++) {
            notes.add(joins[k] - 1 - k, joins[k] - 1 - k, FindingCode.WRAPPED_LINE_JOINED, messages.get(k));
        }
        return notes.rewritten(s, out.copy(s, copied, s.length()));
    }

    /** Method SP URI without " SIP/2.0" at its end: what a wrap leaves of a Request-Line. */
    private static boolean requestLineWithoutVersion(String s, int from, int to) {
        int e = to;
        while (e > from && Text.isWsp(s.charAt(e - 1))) {
            e--;
        }
        return methodAndUri(s, from, to) && !(e - from >= VERSION.length() && s.startsWith(VERSION, e - VERSION.length()));
    }

    /** An upper-case method token (a log's "Request sent:" is none), a space and a URI scheme. */
    private static boolean methodAndUri(String s, int from, int to) {
        int i = StartLines.upperCaseMethodEnd(s, from, to);
        return i >= 0 && UriGrammar.schemeEnd(s, i + 1, Math.min(to, i + 8)) > i + 1;
    }

    private static boolean headerLine(String s, int from) {
        int end = Text.lineEnd(s, from);
        return HeaderSection.headerColon(s, from, Text.withoutCr(s, from, end)) > from;
    }
}
