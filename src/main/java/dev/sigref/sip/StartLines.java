package dev.sigref.sip;

import java.util.Set;

/** Recognises start lines cheaply (to split traces) and parses them (Request-Line, Status-Line). */
final class StartLines {
    private StartLines() {
    }

    static final Set<String> KNOWN_METHODS = Set.of("INVITE", "ACK", "BYE", "CANCEL", "REGISTER", "OPTIONS", "PRACK",
            "SUBSCRIBE", "NOTIFY", "PUBLISH", "INFO", "REFER", "MESSAGE", "UPDATE");

    private static final int MAX_METHOD_LENGTH = 100;

    /** True when s[from, to) looks like a Request-Line or Status-Line. Bounded work whatever the line length. */
    static boolean looksLikeStartLine(String s, int from, int to) {
        int len = to - from;
        if (len < 7) {
            return false;
        }
        if (s.regionMatches(true, from, "SIP/", 0, 4)) {
            return Text.isDigit(s.charAt(from + 4));
        }
        int i = from;
        while (i < to && i - from <= MAX_METHOD_LENGTH && Text.isTokenChar(s.charAt(i))) {
            i++;
        }
        if (i == from || i >= to || !Text.isWsp(s.charAt(i))) {
            return false;
        }
        if (endsWithVersion(s, i, to)) {
            return true;
        }
        // "INVITE sip:bob@example.com" without a version is still a (broken) request line
        if (KNOWN_METHODS.contains(s.substring(from, i))) {
            int u = i;
            while (u < to && Text.isWsp(s.charAt(u))) {
                u++;
            }
            int scheme = UriGrammar.schemeEnd(s, u, Math.min(to, u + 12));
            return scheme > 0 || (u < to && s.charAt(u) == '<');
        }
        return false;
    }

    /** True when s[from, to) ends with whitespace, "SIP/" digits "." digits and optional trailing whitespace. */
    private static boolean endsWithVersion(String s, int from, int to) {
        int e = to;
        while (e > from && Text.isWsp(s.charAt(e - 1))) {
            e--;
        }
        int d = e;
        while (d > from && Text.isDigit(s.charAt(d - 1))) {
            d--;
        }
        if (d == e || d <= from || s.charAt(d - 1) != '.') {
            return false;
        }
        int d2 = d - 1;
        int m = d2;
        while (m > from && Text.isDigit(s.charAt(m - 1))) {
            m--;
        }
        if (m == d2 || m - 4 < from || !s.regionMatches(true, m - 4, "SIP/", 0, 4)) {
            return false;
        }
        return m - 5 >= from && Text.isWsp(s.charAt(m - 5));
    }

    /**
     * Where the start line begins on a line that puts a label before it, such as Wireshark's "Request-Line: INVITE
     * sip:bob@example.com SIP/2.0" or a log's "response: SIP/2.0 401 Unauthorized", when a header line follows; else -1.
     * A registered header name is no label ("Via: SIP/2.0/UDP" is a header), and the start line must be a whole one.
     */
    static int labelledStartLine(Lines lines, int line, int ls, int le) {
        String s = lines.s;
        int colon = -1;
        for (int k = ls; k < le && k - ls <= MAX_LABEL; k++) {
            char c = s.charAt(k);
            if (c == ':') {
                colon = k;
                break;
            }
            if (!Text.isAlpha(c) && !Text.isDigit(c) && c != '-' && c != '_' && c != ' ') {
                return -1;
            }
        }
        if (colon <= ls || HeaderCatalog.lookup(s, ls, colon) != null || line + 1 >= lines.count) {
            return -1;
        }
        int start = colon + 1;
        while (start < le && Text.isWsp(s.charAt(start))) {
            start++;
        }
        int e = le;
        while (e > start && Text.isWsp(s.charAt(e - 1))) {
            e--;
        }
        boolean status = e - start > 12 && s.startsWith("SIP/2.0 ", start) && Text.isDigit(s.charAt(start + 8))
                && Text.isDigit(s.charAt(start + 9)) && Text.isDigit(s.charAt(start + 10)) && s.charAt(start + 11) == ' ';
        boolean request = !status && s.startsWith(" SIP/2.0", e - 8) && StartLines.looksLikeStartLine(s, start, e)
                && Text.isAlpha(s.charAt(start)) && Character.isUpperCase(s.charAt(start));
        int ns = lines.start(line + 1);
        return (status || request) && HeaderSection.headerColon(s, ns, lines.contentEnd(line + 1)) > ns ? start : -1;
    }

    /** Labels before a start line are a word or two. */
    private static final int MAX_LABEL = 24;
}
