package dev.sigref.sip;

/**
 * Logs that put a prefix on every line: Asterisk's full log ({@code [Mar 30 13:35:51] }), Android logcat
 * ({@code 09-26 00:52:32.240 11681 11731 I Linphone: }), syslog headers, an indented copy, a Call-ID that a grep script
 * put in front. The SIP text starts after the prefix on each line, so a start line standing after one gives the
 * prefix away; it is removed from that line and from the lines after it that carry a prefix of the same shape (digit
 * runs may differ, as timestamps do, and so may the width of inner gaps). The lines stay where they were, so line
 * numbers still count the paste; each message read from such lines gets an info finding naming the prefix. The
 * prefix is removed from the message's own lines only (up to its empty line, or its body as Content-Length counts it),
 * so the log lines between messages keep theirs. The first message decides: when it stands bare at the start of its
 * lines, the paste is read as it is (logs prefix every line, and plain pastes are spared the search).
 */
final class LinePrefixes {
    private LinePrefixes() {
    }

    private static final String VERSION = "SIP/2.0";
    /** Longer prefixes are not log headers; the cap also bounds the work per line. */
    private static final int MAX_PREFIX = 160;

    /** The text with line prefixes removed, or the same instance when no start line stands after a prefix. */
    static String restore(String s, PasteNotes notes) {
        int v = s.indexOf(VERSION);
        if (v < 0) {
            return s;
        }
        StringBuilder out = null;
        int copied = 0;
        int line = 0;
        int lineCounted = 0;
        while (v >= 0) {
            int after = v + VERSION.length();
            char next = after < s.length() ? s.charAt(after) : '\n';
            int prefixEnd = -1;
            int ls = -1;
            if (next == ' ' && after + 1 < s.length() && Text.isDigit(s.charAt(after + 1))) {
                if (v == 0 || s.charAt(v - 1) == '\n') {
                    if (out == null) {
                        return s; // the first message stands bare
                    }
                } else {
                    ls = s.lastIndexOf('\n', v - 1) + 1;
                    prefixEnd = v; // Status-Line after a prefix
                }
            } else if (next == '\r' || next == '\n') {
                ls = s.lastIndexOf('\n', v - 1) + 1;
                prefixEnd = methodStart(s, ls, v);
                if (prefixEnd == ls && out == null) {
                    return s; // the first message stands bare
                }
            }
            if (prefixEnd <= ls || prefixEnd - ls > MAX_PREFIX || !Text.isWsp(s.charAt(prefixEnd - 1))
                    || looksLikeHeaderName(s, ls, prefixEnd)
                    || !StartLines.looksLikeStartLine(s, prefixEnd, lineEnd(s, prefixEnd))) {
                v = s.indexOf(VERSION, after);
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            line += countLines(s, lineCounted, ls);
            lineCounted = ls;
            String prefix = s.substring(ls, prefixEnd);
            out.append(s, copied, ls);
            int pos = ls;
            int first = line;
            int last = line;
            MessageEnd end = new MessageEnd();
            while (pos < s.length()) {
                int le = lineEnd(s, pos);
                int content = afterPrefix(s, pos, le, prefix);
                if (content < 0) {
                    break;
                }
                out.append(s, content, le);
                pos = le < s.length() ? le + 1 : le;
                if (le < s.length()) {
                    out.append('\n');
                }
                last = line;
                line++;
                if (end.reached(s, content, le)) {
                    break;
                }
            }
            lineCounted = pos;
            copied = pos;
            notes.add(first, last, FindingCode.LOG_PREFIX_REMOVED, "the lines of this message came after a log"
                    + " prefix such as " + Text.q(prefix) + " (lines " + (first + 1) + "-" + (last + 1) + " of the paste"
                    + " carry one); it was removed before decoding, and columns count the text after it");
            v = pos < s.length() ? s.indexOf(VERSION, pos) : -1;
        }
        if (out == null) {
            return s;
        }
        return out.append(s, copied, s.length()).toString();
    }

    /**
     * Follows one message through its lines so that the prefix is removed from its lines only: log lines after it keep
     * theirs and are read as log text, not as a body. The message ends at its empty line when it declares no body, or
     * once the bytes its Content-Length declares have passed.
     */
    private static final class MessageEnd {
        private boolean inHeaders = true;
        private long bodyLeft = -1;

        /** Takes the line s[from, to) of the message; true when the message ends with it. */
        boolean reached(String s, int from, int to) {
            int e = to > from && s.charAt(to - 1) == '\r' ? to - 1 : to;
            if (inHeaders) {
                if (Text.isBlank(s, from, e)) {
                    inHeaders = false;
                    return bodyLeft <= 0;
                }
                int colon = HeaderSection.headerColon(s, from, e);
                if (colon > from && isContentLength(s, from, colon)) {
                    int a = colon + 1;
                    while (a < e && Text.isWsp(s.charAt(a))) {
                        a++;
                    }
                    int b = e;
                    while (b > a && Text.isWsp(s.charAt(b - 1))) {
                        b--;
                    }
                    bodyLeft = Text.parseDigits(s, a, b);
                }
                return false;
            }
            bodyLeft -= e - from + 2;
            return bodyLeft <= 0;
        }

        private static boolean isContentLength(String s, int from, int colon) {
            int n = colon;
            while (n > from && Text.isWsp(s.charAt(n - 1))) {
                n--;
            }
            return (n - from == 14 && s.regionMatches(true, from, "Content-Length", 0, 14))
                    || (n - from == 1 && (s.charAt(from) == 'l' || s.charAt(from) == 'L'));
        }
    }

    /**
     * Where the method of a Request-Line ending at {@code version} starts: back over " SIP/2.0", the Request-URI and
     * the method token. Returns -1 unless the method is upper case, as every registered method is.
     */
    private static int methodStart(String s, int ls, int version) {
        int i = version;
        if (i <= ls || s.charAt(i - 1) != ' ') {
            return -1;
        }
        i--;
        while (i > ls && s.charAt(i - 1) != ' ' && s.charAt(i - 1) != '\t') {
            i--; // the Request-URI
        }
        if (i <= ls || s.charAt(i - 1) != ' ') {
            return -1;
        }
        int methodEnd = i - 1;
        int m = methodEnd;
        while (m > ls && s.charAt(m - 1) >= 'A' && s.charAt(m - 1) <= 'Z') {
            m--;
        }
        if (methodEnd - m < 3 || (m > ls && !Text.isWsp(s.charAt(m - 1)))) {
            return -1;
        }
        return m;
    }

    /**
     * The offset where the line's text starts after a prefix shaped like {@code prefix}, or -1 when the line does not
     * carry one. A line holding only the prefix (its trailing space perhaps trimmed) is an empty line of the message.
     * Digit runs match any digit run and inner whitespace runs any whitespace run; the prefix's final whitespace run
     * matches exactly, so that the indentation of a folded header line survives.
     */
    static int afterPrefix(String s, int from, int to, String prefix) {
        int tail = prefix.length();
        while (tail > 0 && Text.isWsp(prefix.charAt(tail - 1))) {
            tail--;
        }
        int i = from;
        int p = 0;
        while (p < tail) {
            if (i >= to) {
                return -1;
            }
            char pc = prefix.charAt(p);
            char c = s.charAt(i);
            if (Text.isDigit(pc)) {
                if (!Text.isDigit(c)) {
                    return -1;
                }
                while (p < tail && Text.isDigit(prefix.charAt(p))) {
                    p++;
                }
                while (i < to && Text.isDigit(s.charAt(i))) {
                    i++;
                }
            } else if (Text.isWsp(pc)) {
                if (!Text.isWsp(c)) {
                    return -1;
                }
                while (p < tail && Text.isWsp(prefix.charAt(p))) {
                    p++;
                }
                while (i < to && Text.isWsp(s.charAt(i))) {
                    i++;
                }
            } else if (pc == c) {
                p++;
                i++;
            } else {
                return -1;
            }
        }
        int ws = prefix.length() - tail;
        int k = 0;
        while (k < ws && i + k < to && Text.isWsp(s.charAt(i + k))) {
            k++;
        }
        if (k == ws) {
            return i + k;
        }
        if (!Text.isBlank(s, i, to)) {
            return -1;
        }
        return to > i && s.charAt(to - 1) == '\r' ? to - 1 : to;
    }

    /** "Subject: INVITE sip:a SIP/2.0" is a header whose value reads like a start line, not a prefixed line. */
    private static boolean looksLikeHeaderName(String s, int from, int to) {
        int colon = HeaderSection.headerColon(s, from, to);
        return colon >= 0 && Text.isBlank(s, colon + 1, to);
    }

    private static int lineEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        return nl < 0 ? s.length() : nl;
    }

    private static int countLines(String s, int from, int to) {
        int n = 0;
        for (int i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }
}
