package dev.sigref.sip;

/** A position in a header value (or start line) with the lexical rules of RFC 3261 §25.1 that every grammar shares. */
final class Cursor {
    final String s;
    int pos;
    final int end;
    final Report report;

    Cursor(String s, int pos, int end, Report report) {
        this.s = s;
        this.pos = pos;
        this.end = end;
        this.report = report;
    }

    boolean more() {
        return pos < end;
    }

    char peek() {
        return s.charAt(pos);
    }

    boolean at(char c) {
        return pos < end && s.charAt(pos) == c;
    }

    boolean accept(char c) {
        if (pos < end && s.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    void problem(FindingCode code, int at, String message) {
        report.add(code, at, message);
    }

    /** A problem that rests on another clause than the code's usual one. */
    void problem(FindingCode code, String reference, int at, String message) {
        report.add(code, reference, at, message);
    }

    /** LWS / SWS: the value is already unfolded, so only SP and HTAB remain. */
    void skipWs() {
        while (pos < end) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t') {
                return;
            }
            pos++;
        }
    }

    /** token = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~" ); null when none. */
    String token() {
        int start = pos;
        while (pos < end && Text.isTokenChar(s.charAt(pos))) {
            pos++;
        }
        return pos > start ? s.substring(start, pos) : null;
    }

    /**
     * quoted-string = SWS DQUOTE *(qdtext / quoted-pair ) DQUOTE. Returns the text as written, quotes included; an
     * unterminated string is reported and runs to the end.
     */
    String quotedString() {
        int start = pos;
        if (skipQuotedString()) {
            return s.substring(start, pos);
        }
        problem(FindingCode.UNTERMINATED_QUOTED_STRING, start,
                "quoted string " + Text.q(s.substring(start, end)) + " has no closing quote; close it with \"");
        return s.substring(start, end);
    }

    /**
     * gen-value = token / host / quoted-string. Hosts bring ':' '[' ']' and real traffic brings '/' '=' '@' in
     * unquoted values, so everything up to the next separator is accepted here and checked by the caller if needed.
     */
    String genValue() {
        if (at('"')) {
            return quotedString();
        }
        int start = pos;
        while (pos < end) {
            char c = s.charAt(pos);
            if (c == ';' || c == ',' || c == ' ' || c == '\t' || c == '"' || c == '<' || c == '>') {
                break;
            }
            pos++;
        }
        return s.substring(start, pos);
    }

    /**
     * Skips to the next comma that is outside quotes and angle brackets, so that one bad list element does not spoil
     * the next ones. Leaves the cursor on the comma (or at the end).
     */
    void skipToElementEnd() {
        boolean angle = false;
        while (pos < end) {
            char c = s.charAt(pos);
            if (c == '"') {
                skipQuotedString();
                continue;
            }
            if (c == '<') {
                angle = true;
            } else if (c == '>') {
                angle = false;
            } else if (c == ',' && !angle) {
                return;
            }
            pos++;
        }
    }

    /** Moves past a quoted-string starting at the cursor; false when it runs to the end unterminated. */
    private boolean skipQuotedString() {
        pos++;
        while (pos < end) {
            char c = s.charAt(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            pos++;
            if (c == '"') {
                return true;
            }
        }
        pos = end;
        return false;
    }

    String rest() {
        return s.substring(Math.min(pos, end), end);
    }
}
