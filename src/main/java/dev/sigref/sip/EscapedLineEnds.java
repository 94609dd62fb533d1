package dev.sigref.sip;

/**
 * Logs often hold a whole SIP message on one line with its line ends escaped: {@code \r\n} in JSON exports (Homer,
 * Kibana, Elastic) and in many application loggers, {@code #015#012} from rsyslog's control-character escaping,
 * {@code ..} from ngrep without {@code -W byline} (it prints every control character as a dot), {@code ^M } from the
 * syslog of Linksys/Sipura SPA devices. Lines that each end
 * in a visible {@code \r\n} (Wireshark's "SIP as raw text") are read as the lines they show. This
 * unfolds such a line into the message it carries, with the text before the start line (syslog prefix, logger name)
 * kept on a line of its own so that it is read as log decoration or shown as undecodable text, never lost.
 */
final class EscapedLineEnds {
    private EscapedLineEnds() {
    }

    private static final String JSON_CRLF = "\\r\\n";
    /** A logger that wrote the message with LF line ends: {@code \n} alone, taken only after a start line. */
    private static final String JSON_LF = "\\n";
    private static final String SYSLOG_CRLF = "#015#012";
    private static final String NGREP_CRLF = "..";
    /** Linksys/Sipura SPA syslog: CR shown as ^M, the LF after it as a space, the whole message on one line. */
    private static final String CARET_CRLF = "^M ";
    private static final String VERSION = "SIP/2.0";

    /** The text with every escaped one-line message unfolded, or the same instance when there is none. */
    static String restore(String s, PasteNotes notes) {
        Finder jsonFinder = new Finder(s, JSON_CRLF);
        // both escapes start with a backslash: the second search runs only when the first found one
        Finder lfFinder = jsonFinder.markSeen ? new Finder(s, JSON_LF) : jsonFinder;
        Finder syslogFinder = new Finder(s, SYSLOG_CRLF);
        Finder dotFinder = new Finder(s, NGREP_CRLF);
        Finder caretFinder = new Finder(s, CARET_CRLF);
        boolean literalCr = s.indexOf(LITERAL_CR + "\n") >= 0;
        if (!jsonFinder.any() && !lfFinder.any() && !syslogFinder.any() && !dotFinder.any() && !caretFinder.any()
                && !literalCr) {
            return s;
        }
        Rewrite out = null;
        int pos = 0;
        int copied = 0;
        LineEnds lineEnds = new LineEnds();
        while (pos < s.length()) {
            int nl = s.indexOf('\n', pos);
            int end = nl < 0 ? s.length() : nl;
            if ((jsonFinder.any() || literalCr) && rawTextStartLine(s, pos, end)) {
                if (out == null) {
                    out = new Rewrite(s.length());
                }
                out.copy(s, copied, pos);
                pos = rawText(s, pos, out);
                copied = pos;
                continue;
            }
            // a JSON "\n" is looked at before ngrep's "..": a message's own text (a host name ending in '.', an
            // ellipsis) often holds two dots, an escaped line end never stands in ngrep's one-line packets
            Finder found = jsonFinder.twiceIn(pos, end) ? jsonFinder : syslogFinder.twiceIn(pos, end) ? syslogFinder
                    : lfFinder != jsonFinder && lfFinder.twiceIn(pos, end) ? lfFinder
                    : dotFinder.twiceIn(pos, end) ? dotFinder : caretFinder.twiceIn(pos, end) ? caretFinder : null;
            if (found != null) {
                String head = s.substring(pos, found.first);
                int start = startLineStart(head);
                // {"body":"v=0\r\n...","data":"INVITE ...\r\n..."}: the message may stand after an earlier escaped
                // string of the record, so the start line is also looked for before the next few escapes
                for (int at = found.first, tries = 0; start < 0 && found != dotFinder && tries < MAX_EARLIER_STRINGS;
                        tries++) {
                    at = Text.indexOf(s, found.escape, at + found.escape.length(), end);
                    if (at < 0) {
                        break;
                    }
                    head = s.substring(pos, at);
                    start = startLineStart(head);
                }
                if (start >= 0 && found == dotFinder && !dottedHeader(s, found.first, end)) {
                    start = -1; // "Ringing... please wait..." is a reason phrase, not ngrep's dots
                }
                if (start >= 0 && found == lfFinder && !headerAfter(s, pos + head.length() + JSON_LF.length(), end)) {
                    start = -1; // a "\n" in log text: only a start line, "\n" and a header line make a message
                }
                if (start >= 0) {
                    if (out == null) {
                        out = new Rewrite(s.length() + 256);
                    }
                    out.copy(s, copied, pos);
                    String prefix = head.substring(0, start).strip();
                    if (!prefix.isEmpty()) {
                        int p = pos + head.indexOf(prefix);
                        out.copy(s, p, p + prefix.length()).put('\n', pos + start);
                        notes.markRecordRemnant(lineEnds.count(out, out.length()) - 1);
                    }
                    int lineEnd = Text.withoutCr(s, pos, end);
                    int outStart = out.length();
                    int stop = found == dotFinder ? undot(s, pos + start, lineEnd, out)
                            : found == caretFinder ? uncaret(s, pos + start, lineEnd, out)
                            : unescape(s, pos + start, lineEnd, found == jsonFinder || found == lfFinder,
                                    quoteBefore(s, pos + start), out);
                    out.put('\n', stop);
                    int firstLine = lineEnds.count(out, outStart);
                    int lastLine = lineEnds.count(out, out.length()) - 1;
                    notes.add(firstLine, lastLine, FindingCode.ESCAPED_LINE_ENDS_RESTORED, "this message was one line"
                            + " of the paste, with its line ends written as "
                            + Text.q(found.escape)
                            + ", as loggers escape them; they were turned back into line ends before decoding (columns are"
                            + " still those of that line)");
                    if (stop < lineEnd) {
                        // the rest of the JSON record after the message's closing quote, on its own line
                        out.copy(s, stop, lineEnd).put('\n', lineEnd);
                        notes.markRecordRemnant(lineEnds.count(out, out.length()) - 1);
                    }
                    copied = nl < 0 ? s.length() : nl + 1;
                }
            }
            pos = end + 1;
        }
        if (out == null) {
            return s;
        }
        return notes.rewritten(s, out.copy(s, Math.min(copied, s.length()), s.length()));
    }

    /** Escapes looked past when the first one on a line follows no start line (a JSON record's earlier fields). */
    private static final int MAX_EARLIER_STRINGS = 8;

    private static final int NO_LITERAL_END = -1;

    /**
     * Where the literal "\r\n" that ends the line [from, to) begins (after it only a real CR may stand), or -1: Wireshark's
     * "SIP as raw text" view and some loggers print every line of a message so.
     */
    private static int literalLineEnd(String s, int from, int to) {
        int e = Text.withoutCr(s, from, to);
        if (e - from >= 4 && s.startsWith(JSON_CRLF, e - 4)) {
            return e - 4;
        }
        // a JavaScript console prints a string's CR as "\r" and its LF as the line break
        return e - from >= 2 && s.startsWith(LITERAL_CR, e - 2) && (e - from < 3 || s.charAt(e - 3) != '\\')
                ? e - 2 : NO_LITERAL_END;
    }

    /** A CR printed as the two characters backslash and r, before a real line end. */
    private static final String LITERAL_CR = "\\r";

    /**
     * True when [from, to) is a start line, perhaps indented, whose only literal "\r\n" ends it, and the next line
     * ends so too: a one-line message holds many, and a single such line may be body text.
     */
    private static boolean rawTextStartLine(String s, int from, int to) {
        int e = literalLineEnd(s, from, to);
        if (e < 0 || s.indexOf(s.startsWith(JSON_CRLF, e) ? JSON_CRLF : LITERAL_CR, from) != e || to >= s.length()) {
            return false;
        }
        int nextEnd = s.indexOf('\n', to + 1);
        if (literalLineEnd(s, to + 1, nextEnd < 0 ? s.length() : nextEnd) < 0) {
            return false;
        }
        int a = from;
        while (a < e && Text.isWsp(s.charAt(a))) {
            a++;
        }
        return StartLines.looksLikeStartLine(s, a, e);
    }

    /**
     * Copies the lines from {@code from} that end in a literal "\r\n" as the lines they show: the indentation of the
     * first removed from each, the literal turned into the CR LF it stands for. Returns where it stopped.
     */
    private static int rawText(String s, int from, Rewrite out) {
        int indent = 0;
        while (from + indent < s.length() && Text.isWsp(s.charAt(from + indent))) {
            indent++;
        }
        int pos = from;
        while (pos < s.length()) {
            int nl = s.indexOf('\n', pos);
            int end = nl < 0 ? s.length() : nl;
            int e = literalLineEnd(s, pos, end);
            if (e < 0) {
                break;
            }
            int a = pos;
            while (a < e && a - pos < indent && Text.isWsp(s.charAt(a))) {
                a++;
            }
            if (s.startsWith(LITERAL_CR, e) && !s.startsWith(JSON_CRLF, e)) {
                // a console's string: its quotes were printed escaped too
                for (int q = Text.indexOf(s, "\\\"", a, e); q >= 0; q = Text.indexOf(s, "\\\"", a, e)) {
                    out.copy(s, a, q);
                    a = q + 1;
                    out.copy(s, a, a + 1);
                    a++;
                }
            }
            out.copy(s, a, e).put("\r\n", e);
            pos = nl < 0 ? s.length() : nl + 1;
        }
        return pos;
    }

    /**
     * Where the start line begins in the text before the first escaped line end: a status line "SIP/2.0 NNN ...", or a
     * request line "Method SP Request-URI SP SIP/2.0" at its end; -1 when there is neither. Linear in the text.
     */
    static int startLineStart(String head) {
        int status = head.lastIndexOf(VERSION + " ");
        if (status >= 0 && StartLines.statusLineAt(head, status, head.length())) {
            return status;
        }
        if (!head.endsWith(" " + VERSION)) {
            return -1;
        }
        int uriEnd = head.length() - VERSION.length() - 1;
        int uriStart = head.lastIndexOf(' ', uriEnd - 1) + 1;
        if (uriStart <= 1 || uriStart >= uriEnd || head.indexOf(':', uriStart) < 0 || head.indexOf(':', uriStart) >= uriEnd) {
            return -1;
        }
        int methodStart = uriStart - 1;
        // a quote is a token character, but no method has one: b'INVITE is Python's repr of bytes
        while (methodStart > 0 && Text.isTokenChar(head.charAt(methodStart - 1)) && head.charAt(methodStart - 1) != '\'') {
            methodStart--;
        }
        return methodStart < uriStart - 1 && Text.isAlpha(head.charAt(methodStart)) ? methodStart : -1;
    }

    /**
     * Finds the lines holding an escape at least twice (a start line and a header at the least). It remembers the
     * next two occurrences of each escape, so that the whole paste is scanned once, not once per line.
     */
    private static final class Finder {
        private final String s;
        private final String escape;
        /** The escape's first character occurs in the text (for '.', assumed). */
        final boolean markSeen;
        private int first;
        private int second;

        Finder(String s, String escape) {
            this.s = s;
            this.escape = escape;
            // a search for one character is much cheaper than for a string, and '\\' and '#' are rare in SIP
            this.markSeen = escape.charAt(0) == '.' || s.indexOf(escape.charAt(0)) >= 0;
            this.first = markSeen ? s.indexOf(escape) : -1;
            this.second = first < 0 ? -1 : s.indexOf(escape, first + escape.length());
        }

        /** True when the escape occurs anywhere in the paste. */
        boolean any() {
            return first >= 0;
        }

        /**
         * True when the line [from, to) holds the escape twice, {@link #first} then being its first occurrence in the
         * line; forgets the occurrences before {@code from}.
         */
        boolean twiceIn(int from, int to) {
            while (first >= 0 && first < from) {
                first = second;
                second = first < 0 ? -1 : s.indexOf(escape, first + escape.length());
            }
            return first >= 0 && first < to && second >= 0 && second < to;
        }
    }

    /**
     * The quote that opens the string literal a one-line message stands in (a JSON string, a Python repr), or 0 when
     * none stands right before its start line: then a quote is text, such as a display name's.
     */
    private static char quoteBefore(String s, int start) {
        char q = start > 0 ? s.charAt(start - 1) : 0;
        return q == '"' || q == '\'' ? q : 0;
    }

    /**
     * Backslash escapes (\r \n \t \" \' \\ \/) or rsyslog's #ooo octal escapes, turned back into the characters. A
     * string literal ends at its first unescaped {@code quote} (0 for text in no literal); returns where the copied
     * text stopped.
     */
    private static int unescape(String s, int from, int to, boolean json, char quote, Rewrite out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (json && quote != 0 && c == quote) {
                return i;
            }
            if (json && c == '\\' && i + 1 < to) {
                char n = s.charAt(i + 1);
                char r = switch (n) {
                    case 'r' -> '\r';
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case '"', '\'', '\\', '/' -> n;
                    default -> 0;
                };
                if (r != 0) {
                    out.put(r, i);
                    i++;
                    continue;
                }
                if (n == 'u' && i + 5 < to && hex(s, i + 2, 4)) {
                    // JSON's backslash-u and four hex digits: a character, or one half of a surrogate pair
                    out.put((char) Integer.parseInt(s, i + 2, i + 6, 16), i);
                    i += 5;
                    continue;
                }
                if (n == 'x' && i + 3 < to && hex(s, i + 2, 2)) {
                    // Python's bytes repr: a run of \xNN is bytes, UTF-8 text or a binary body's octets
                    int j = i;
                    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                    while (j + 3 < to && s.charAt(j) == '\\' && s.charAt(j + 1) == 'x' && hex(s, j + 2, 2)) {
                        bytes.write(Integer.parseInt(s, j + 2, j + 4, 16));
                        j += 4;
                    }
                    out.put(Text.decodeUtf8KeepingBytes(bytes.toByteArray()), i);
                    i = j - 1;
                    continue;
                }
            } else if (!json && c == '#' && i + 3 < to && isOctal(s.charAt(i + 1)) && isOctal(s.charAt(i + 2))
                    && isOctal(s.charAt(i + 3))) {
                int v = (s.charAt(i + 1) - '0') * 64 + (s.charAt(i + 2) - '0') * 8 + (s.charAt(i + 3) - '0');
                if (v < 0x20 || v == 0x7f) {
                    out.put((char) v, i);
                    i += 3;
                    continue;
                }
            }
            out.copy(s, i, i + 1);
        }
        return to;
    }

    private static boolean hex(String s, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (!Text.isHex(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Writes s[from, to) with each {@code ^M} and the one space after it (the LF the syslog flattened) as CRLF. */
    private static int uncaret(String s, int from, int to, Rewrite out) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '^' && i + 1 < to && s.charAt(i + 1) == 'M') {
                out.put("\r\n", i);
                i++;
                if (i + 1 < to && s.charAt(i + 1) == ' ') {
                    i++;
                }
                continue;
            }
            out.copy(s, i, i + 1);
        }
        return to;
    }

    /** True when a header name and its colon start at {@code at}. */
    private static boolean headerAfter(String s, int at, int to) {
        return at < to && HeaderSection.headerColon(s, at, Math.min(to, at + 80)) > at;
    }

    /** True when a run of dots in s[from, to) is followed by a header name and its colon, as ngrep's CR LF is. */
    private static boolean dottedHeader(String s, int from, int to) {
        for (int i = s.indexOf(NGREP_CRLF, from); i >= 0 && i < to; i = s.indexOf(NGREP_CRLF, i + 1)) {
            int a = i;
            while (a < to && s.charAt(a) == '.') {
                a++;
            }
            int colon = HeaderSection.headerColon(s, a, Math.min(to, a + 80));
            if (colon > a) {
                return true;
            }
            i = a;
        }
        return false;
    }

    /**
     * ngrep's dots: a run of an even number of dots is that many CR LF halves; in an odd run the first dot is a real one
     * (a value ending in '.', as in "User-Agent: x 1.0." before its line end).
     */
    private static int undot(String s, int from, int to, Rewrite out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '.') {
                out.copy(s, i, i + 1);
                continue;
            }
            int run = 1;
            while (i + run < to && s.charAt(i + run) == '.') {
                run++;
            }
            if (run == 1) {
                out.copy(s, i, i + 1);
                continue;
            }
            if (run % 2 == 1) {
                out.copy(s, i, i + 1);
            }
            for (int k = 0; k < run / 2; k++) {
                out.put("\r\n", i + run);
            }
            i += run - 1;
        }
        return to;
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }
}
