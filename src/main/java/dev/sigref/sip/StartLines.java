package dev.sigref.sip;

import java.util.Set;

/** Recognises start lines cheaply (to split traces) and parses them (Request-Line, Status-Line). */
final class StartLines {
    private StartLines() {
    }

    static final Set<String> KNOWN_METHODS = Set.of("INVITE", "ACK", "BYE", "CANCEL", "REGISTER", "OPTIONS", "PRACK",
            "SUBSCRIBE", "NOTIFY", "PUBLISH", "INFO", "REFER", "MESSAGE", "UPDATE");

    private static final int MAX_METHOD_LENGTH = 100;

    /**
     * A character of a method as logs and captures show one: upper-case letters, digits and the token's marks
     * ("X-CUSTOM", "NOTIFY2"). The token rule allows lower case too, but no method uses it, and a log's own words do.
     */
    static boolean isUpperCaseMethodChar(int c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c > 0 && c < 128 && "-_.!%*+`'~".indexOf(c) >= 0;
    }

    /**
     * Where the space after an upper-case method stands when s[from, to) starts with one (a letter first, three
     * characters at the least, then a space), or -1.
     */
    static int upperCaseMethodEnd(String s, int from, int to) {
        int i = from;
        while (i < to && isUpperCaseMethodChar(s.charAt(i))) {
            i++;
        }
        return i - from >= 3 && i < to && s.charAt(i) == ' ' && s.charAt(from) >= 'A' && s.charAt(from) <= 'Z' ? i : -1;
    }

    /** True when s[from, to) looks like a Request-Line or Status-Line. Bounded work whatever the line length. */
    static boolean looksLikeStartLine(String s, int from, int to) {
        int len = to - from;
        if (len < 7) {
            return false;
        }
        if (s.regionMatches(true, from, "SIP/", 0, 4)) {
            return Text.isDigit(s.charAt(from + 4)) || spacedVersionAndCode(s, from + 4, to);
        }
        if (Text.isDigit(s.charAt(from))) {
            return false; // "2024-03-01 12:13:58 IP ... SIP/2.0": a token, but a date, never a method
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

    /**
     * "SIP/ 2.0 486 Busy Here": after "SIP/", blanks, the version's digits and dots, blanks and a three-digit code. A
     * Status-Line whose version is broken by a space, which is read as one so that the fault is named.
     */
    private static boolean spacedVersionAndCode(String s, int from, int to) {
        int i = from;
        while (i < to && Text.isWsp(s.charAt(i))) {
            i++;
        }
        int v = i;
        while (i < to && (Text.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        if (i == v || i == from || i >= to || !Text.isWsp(s.charAt(i))) {
            return false;
        }
        while (i < to && Text.isWsp(s.charAt(i))) {
            i++;
        }
        return i + 3 <= to && Text.isDigit(s.charAt(i)) && Text.isDigit(s.charAt(i + 1)) && Text.isDigit(s.charAt(i + 2))
                && (i + 3 == to || Text.isWsp(s.charAt(i + 3)));
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
     * sip:bob@example.com SIP/2.0", a log's "response: SIP/2.0 401 Unauthorized" or JsSIP's "JsSIP:Transport received
     * text message:OPTIONS sip:...", when a header line follows; else -1. The start line follows a colon or a blank
     * and must be a whole one (an upper-case method, a URI and SIP/2.0; or SIP/2.0 and a code); a registered header
     * is never a label ("Via: SIP/2.0/UDP" is a header).
     */
    static int labelledStartLine(Lines lines, int line, int ls, int le) {
        String s = lines.s;
        int e = le;
        while (e > ls && Text.isWsp(s.charAt(e - 1))) {
            e--;
        }
        boolean endsWithVersion = e - ls > 8 && s.startsWith(" SIP/2.0", e - 8);
        if (!endsWithVersion && Text.indexOf(s, "SIP/2.0 ", ls, e) < 0 || line + 1 >= lines.count
                || HeaderSection.registeredNameEnd(s, ls, le) >= 0) {
            return -1;
        }
        int ns = lines.start(line + 1);
        if (HeaderSection.headerColon(s, ns, lines.contentEnd(line + 1)) <= ns) {
            return -1;
        }
        for (int k = ls + 1; k < e; k++) {
            char before = s.charAt(k - 1);
            if (k - ls <= MAX_LABEL && (before == ':' || before == ' ') && !Text.isWsp(s.charAt(k))
                    && (statusLineAt(s, k, e) || endsWithVersion && requestLineAt(s, k, e))
                    // "Configuration:httpINVITE sip:...": a registered method glued to the prose before it, which
                    // a chat export can make a whole sentence long; a request line itself is short
                    || endsWithVersion && e - k <= MAX_GLUED_REQUEST_LINE
                            && (Text.isDigit(before) || before >= 'a' && before <= 'z' || before == ')')
                            && knownMethodEnd(s, k, e) > 0 && requestLineAt(s, k, e)) {
                return k;
            }
        }
        return -1;
    }

    /** The longest request line looked for after prose glued to its method. */
    private static final int MAX_GLUED_REQUEST_LINE = 512;

    /** Where the space after a registered method stands when s[from, to) starts with one, or -1. */
    static int knownMethodEnd(String s, int from, int to) {
        int m = upperCaseMethodEnd(s, from, to);
        return m > 0 && KNOWN_METHODS.contains(s.substring(from, m)) ? m : -1;
    }

    /**
     * True when the request line at {@code ls} has a method no registry knows and a Request-URI with a blank in it:
     * what prose glued to a start line gives ("SIP Header Configuration:httpINVITE sip:a@b SIP/2.0"), to be read
     * with {@link #labelledStartLine} instead when that finds a request line further on.
     */
    static boolean unknownMethodAndSpacedUri(String s, int ls, int le) {
        int i = ls;
        while (i < le && Text.isTokenChar(s.charAt(i))) {
            i++;
        }
        if (i == ls || i >= le || s.charAt(i) != ' ' || s.startsWith("SIP/", ls) || KNOWN_METHODS.contains(s.substring(ls, i))) {
            return false;
        }
        int e = le;
        while (e > i && Text.isWsp(s.charAt(e - 1))) {
            e--;
        }
        return e - 8 > i + 1 && s.startsWith(" SIP/2.0", e - 8) && Text.indexOf(s, " ", i + 1, e - 8) >= 0;
    }

    /**
     * Where the start line begins on a line that a log quoted, such as Kamailio's {@code xlog("... '$mb'")}: a quote
     * mark, then a whole start line (an upper-case method, a URI and SIP/2.0; or SIP/2.0 and a code), with a header
     * line after it; else -1. Without this the quote would be read as part of the method, which a token allows.
     */
    static int quotedStartLine(Lines lines, int line, int ls, int le) {
        String s = lines.s;
        if (le - ls < 12 || s.charAt(ls) != '\'' && s.charAt(ls) != '"' || line + 1 >= lines.count) {
            return -1;
        }
        int e = le;
        while (e > ls && Text.isWsp(s.charAt(e - 1))) {
            e--;
        }
        int ns = lines.start(line + 1);
        if (HeaderSection.headerColon(s, ns, lines.contentEnd(line + 1)) <= ns) {
            return -1;
        }
        boolean request = e - ls > 9 && s.startsWith(" SIP/2.0", e - 8) && requestLineAt(s, ls + 1, e);
        return request || statusLineAt(s, ls + 1, e) ? ls + 1 : -1;
    }

    /** "SIP/2.0 " and a three-digit code at {@code k}, within s[k, e). */
    static boolean statusCodeAt(String s, int k, int e) {
        return k + 11 <= e && s.startsWith("SIP/2.0 ", k) && Text.isDigit(s.charAt(k + 8))
                && Text.isDigit(s.charAt(k + 9)) && Text.isDigit(s.charAt(k + 10));
    }

    /** "SIP/2.0 NNN" then a blank or the end: a whole status line at {@code k}. */
    static boolean statusLineAt(String s, int k, int e) {
        return statusCodeAt(s, k, e) && (k + 11 == e || s.charAt(k + 11) == ' ');
    }

    /** An upper-case method, one blank, a URI with a scheme, one blank and SIP/2.0 (the end): a request line at k. */
    private static boolean requestLineAt(String s, int k, int e) {
        int m = k;
        while (m < e && (s.charAt(m) >= 'A' && s.charAt(m) <= 'Z' || s.charAt(m) == '-')) {
            m++;
        }
        int uriEnd = e - 8;
        return m - k >= 3 && m < uriEnd && s.charAt(m) == ' ' && Text.indexOf(s, " ", m + 1, e) == uriEnd
                && UriGrammar.schemeEnd(s, m + 1, uriEnd) > 0;
    }

    /** Labels before a start line are a few words: a log's source and a phrase such as "received text message". */
    private static final int MAX_LABEL = 80;
}
