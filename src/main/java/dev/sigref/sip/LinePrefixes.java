package dev.sigref.sip;

/**
 * Logs that put a prefix on every line: Asterisk's full log ({@code [Mar 30 13:35:51] }), Android logcat
 * ({@code 09-26 00:52:32.240 11681 11731 I Linphone: }), syslog headers, an indented copy, a Call-ID that a grep script
 * put in front, a label before each header line (Cisco's {@code Header:}, a log level's {@code INFO:}). The SIP text
 * starts after the prefix on each line, so a start line standing after one gives the
 * prefix away; it is removed from that line and from the lines after it that carry a prefix of the same shape (digit
 * runs may differ, as timestamps do, and so may the width of inner gaps). The lines stay where they were, so line
 * numbers still count the paste; each message read from such lines gets an info finding naming the prefix. The
 * prefix is removed from the message's own lines only (up to its empty line, or its body as Content-Length counts it),
 * so the log lines between messages keep theirs. The first message decides: when it stands bare at the start of its
 * lines, the paste is read as it is (logs prefix every line, and plain pastes are spared the search). A paste that
 * mixes both leaves a later start line unread, and SipParser then reads it again with every message looked at.
 */
final class LinePrefixes {
    private LinePrefixes() {
    }

    private static final String VERSION = "SIP/2.0";
    /** Longer prefixes are not log headers; the cap also bounds the work per line. */
    private static final int MAX_PREFIX = 160;

    /** The text with line prefixes removed, or the same instance when no start line stands after a prefix. */
    static String restore(String s, PasteNotes notes) {
        return restore(s, notes, false);
    }

    /**
     * @param everyMessage look past a first message that stands bare, for a paste that mixes bare and prefixed copies
     */
    static String restore(String s, PasteNotes notes, boolean everyMessage) {
        int v = s.indexOf(VERSION);
        if (v < 0) {
            return s;
        }
        Rewrite out = null;
        int copied = 0;
        int line = 0;
        // each line holding "SIP/2.0" is looked at once, so that a line with many of them costs one pass
        int ls = s.lastIndexOf('\n', v - 1) + 1;
        while (v >= 0) {
            int le = Text.lineEnd(s, v);
            int prefixEnd = prefixedStartLine(s, ls, le);
            String prefix = prefixEnd > ls ? s.substring(ls, prefixEnd) : null;
            String shorter = prefix == null ? null : withoutMarker(prefix);
            if (shorter != null && le < s.length() && afterPrefix(s, le + 1, Text.lineEnd(s, le + 1), prefix) < 0) {
                // "flutter: SIP_LOG <time>  → OPTIONS ...": a marker on the start line only; the lines after it
                // carry the prefix without it
                int next = le + 1;
                int ne = Text.lineEnd(s, next);
                int content = afterPrefix(s, next, ne, shorter);
                prefix = content >= 0 && HeaderSection.headerColon(s, content, ne) > content ? shorter : prefix;
            }
            if (prefix != null && le < s.length() && Text.isBlank(prefix, 0, prefix.length())
                    && afterPrefix(s, le + 1, Text.lineEnd(s, le + 1), prefix) < 0) {
                // a Markdown list item: "    SIP/2.0 401 ..." under its bullet, then "  From: ..." indented less;
                // the header lines' indentation is the prefix, and the start line's deeper one goes with it
                prefix = shallowerIndentation(s, le + 1, prefix);
            }
            if (prefix != null && le < s.length() && afterPrefix(s, le + 1, Text.lineEnd(s, le + 1), prefix) < 0) {
                // Cisco's "sip-req:    INVITE ..." then "Header:        Via: ...": the header lines carry a label
                // of their own
                String label = headerLabel(s, le + 1);
                prefix = label != null ? label : prefix;
            }
            boolean header = prefix != null && headerFollows(s, le, prefix);
            // a double-spaced copy whose empty lines carry the prefix too: every prefixed line goes, and the double
            // spacing is undone after (SipParser), as its empty lines only show then
            boolean spaced = prefix != null && !header && doubleSpaced(s, le, prefix);
            if (prefixEnd == ls) {
                if (out == null && !everyMessage) {
                    return s; // the first message stands bare
                }
            } else if (header || spaced) {
                if (out == null) {
                    out = new Rewrite(s.length());
                }
                line += Text.countLineEnds(s, copied, ls);
                out.copy(s, copied, ls);
                int pos = ls;
                int first = line;
                int last = line;
                MessageEnd end = new MessageEnd(notes.hasRawOctets());
                int bare = 0;
                while (pos < s.length()) {
                    int e = Text.lineEnd(s, pos);
                    int content = pos == ls ? prefixEnd : afterPrefix(s, pos, e, prefix);
                    if (content < 0 && end.inHeaders && (foldWithoutPrefix(s, pos, e) || wrappedWithoutPrefix(s, pos, e, prefix))) {
                        content = pos;
                        bare++;
                    } else if (content < 0 && end.bodyDeclared() && Text.isBlank(s, pos, e)
                            && e < s.length() && afterPrefix(s, e + 1, Text.lineEnd(s, e + 1), prefix) >= 0) {
                        // a listing that numbers the message's lines but not its empty ones (the one after the
                        // headers, those in a multipart body): the body Content-Length declares goes on after it
                        content = pos;
                    } else if (content < 0 && wrappedBodyLine(s, pos, e, prefix, end)) {
                        content = pos;
                        bare++;
                    } else if (content < 0) {
                        break;
                    }
                    out.copy(s, content, e < s.length() ? e + 1 : e);
                    pos = e < s.length() ? e + 1 : e;
                    last = line;
                    line++;
                    if (!spaced && (end.reached(s, content, e) || end.overCountingCrlf() && startLineNext(s, pos, prefix))) {
                        break;
                    }
                }
                copied = pos;
                notes.add(first, last, FindingCode.LOG_PREFIX_REMOVED, "the lines of this message came after "
                        + (Text.isBlank(prefix, 0, prefix.length()) ? "an indentation of " + indentation(prefix)
                                : quoteMarks(prefix) ? "the quote marks " + Text.q(prefix) + " of a quoted reply"
                                : "a log prefix such as " + Text.q(prefix)) + " (" + Text.lineRange(notes.pasteLineOf(ls),
                        notes.pasteLineOf(Math.max(ls, pos - 1))) + " of the paste "
                        + (notes.pasteLineOf(ls) == notes.pasteLineOf(Math.max(ls, pos - 1)) ? "carries" : "carry") + " one"
                        + (bare == 0 ? "" : ", except " + bare + " wrapped or folded line" + (bare == 1 ? "" : "s"))
                        + "); it was removed"
                        + " before decoding (line and column numbers are still those of the paste)");
                le = pos - 1;
            }
            if (le + 1 >= s.length()) {
                break;
            }
            v = s.indexOf(VERSION, le + 1);
            ls = v < 0 ? -1 : s.lastIndexOf('\n', v - 1) + 1;
        }
        if (out == null) {
            return s;
        }
        return notes.rewritten(s, out.copy(s, copied, s.length()));
    }

    /**
     * The indentation of the header line starting at {@code next} when it is shallower than the start line's
     * {@code indentation} but not empty; else that indentation unchanged.
     */
    private static String shallowerIndentation(String s, int next, String indentation) {
        int ne = Text.lineEnd(s, next);
        int f = next;
        while (f < ne && Text.isWsp(s.charAt(f))) {
            f++;
        }
        return f > next && f - next < indentation.length() && HeaderSection.headerColon(s, f, ne) > f
                ? s.substring(next, f) : indentation;
    }

    /** True when the line at {@code pos} is a start line after the prefix: the next message of a prefixed trace. */
    private static boolean startLineNext(String s, int pos, String prefix) {
        if (pos >= s.length()) {
            return true;
        }
        int e = Text.lineEnd(s, pos);
        int content = afterPrefix(s, pos, e, prefix);
        return content >= 0 && StartLines.looksLikeStartLine(s, content, Text.withoutCr(s, content, e));
    }

    /** True when the prefix ends in a quote mark after a blank: the quote a log put around the message it printed. */
    private static boolean quoteAfterBlank(String s, int ls, int k) {
        char q = s.charAt(k - 1);
        return (q == '\'' || q == '"') && k - 2 >= ls && Text.isWsp(s.charAt(k - 2));
    }

    /** "> ", ">> ", "> > ": the marks a mail client or forum puts before each line of a quote. */
    private static boolean quoteMarks(String prefix) {
        return Text.afterQuoteMarks(prefix, 0, prefix.length()) == prefix.length();
    }

    /** "3 spaces", "1 tab", or the blanks quoted when they mix. */
    private static String indentation(String blanks) {
        int n = blanks.length();
        char c = blanks.charAt(0);
        if (blanks.chars().allMatch(x -> x == c)) {
            return n + (c == '\t' ? (n == 1 ? " tab" : " tabs") : (n == 1 ? " space" : " spaces"));
        }
        return Text.q(blanks);
    }

    /**
     * Where the start line on the line [ls, le) begins: {@code ls} when the line is a start line as it stands, the end
     * of a log prefix when one stands before the start line, -1 when the line holds none.
     */
    static int prefixedStartLine(String s, int ls, int le) {
        int e = Text.withoutCr(s, ls, le);
        if (e > ls && Text.isDigit(s.charAt(ls)) && LogDecorations.isTcpdumpSummary(s, ls, e)) {
            return -1; // "...: SIP: SIP/2.0 100 Trying" names a packet; its text, if any, follows on the next lines
        }
        if (e > ls && !Text.isWsp(s.charAt(ls)) && StartLines.looksLikeStartLine(s, ls, e)
                && HeaderSection.headerColon(s, ls, e) < 0
                && (s.startsWith("SIP/", ls) || !endsWithVersion(s, ls, e) || fields(s, ls, e) == 3)) {
            // a Status-Line, a Request-Line of its three parts (however spaced), or a broken one: no prefix
            return ls;
        }
        int limit = Math.min(e, ls + MAX_PREFIX + 1);
        Boolean labelled = null; // whether the next line carries a header label, looked at once
        for (int k = ls + 1; k < limit; k++) {
            // a blank, '<', or the quote a log put around the message ("RECEIVED: 'OPTIONS ...") ends the prefix
            if ((Text.isWsp(s.charAt(k - 1)) || s.charAt(k - 1) == '<' || quoteAfterBlank(s, ls, k))
                    && !Text.isWsp(s.charAt(k))
                    && StartLines.looksLikeStartLine(s, k, e)
                    // a status line after a prefix needs its code: "SIP/2.0 x" ends a request line with text
                    // after it ("OPTIONS sip:bob@example.com SIP/2.0 x"), whose method would be lost
                    && (StartLines.statusCodeAt(s, k, e)
                            // "DEBUG INVITE sip:bob SIP/2.0": a log level is no method, the request line has 3 fields
                            || (endsWithVersion(s, k, e) && methodIsUpperCase(s, k)
                                    && (fields(s, k, e) == 3 || knownMethod(s, k))))
                    && (!looksLikeHeaderName(s, ls, k) || (labelled = labelled != null ? labelled
                            : le < s.length() && headerLabel(s, le + 1) != null))) {
                return k;
            }
        }
        // after mere indentation (an RFC's) there is no other text: a badly spaced start line ("SIP/2.0  486 Busy
        // Here") is read as one, so that its fault gets named (a request line without its version holds no
        // "SIP/2.0", so this pass never looks at it)
        int f = ls;
        while (f < limit && Text.isWsp(s.charAt(f))) {
            f++;
        }
        if (f > ls && f < e && StartLines.looksLikeStartLine(s, f, e)
                && (statusCodeAfterSpaces(s, f, e) || methodIsUpperCase(s, f)
                        // any token is a method (RFC 4475's intmeth): three fields ending in the version say enough
                        || endsWithVersion(s, f, e) && fields(s, f, e) == 3)) {
            return f;
        }
        return -1;
    }

    /**
     * True when s[from, to) is a start line as it would be written, though perhaps badly spaced: "SIP/2.0" and a
     * three-digit code, or an upper-case method of three letters or more and a line ending in " SIP/2.0". Prose that
     * merely starts with a method ("INVITE sip:bob is what Alice dials") and a wrapped " SIP/2.0/UDP" are not.
     */
    static boolean writtenStartLine(String s, int from, int to) {
        return statusCodeAfterSpaces(s, from, to)
                || endsWithVersion(s, from, to) && methodIsUpperCase(s, from) && fields(s, from, to) == 3;
    }

    /** "SIP/2.0", any run of blanks, three digits: a status line, however spaced (not a wrapped " SIP/2.0"). */
    private static boolean statusCodeAfterSpaces(String s, int from, int to) {
        int i = from + VERSION.length();
        if (!s.startsWith(VERSION, from) || i >= to || !Text.isWsp(s.charAt(i))) {
            return false;
        }
        while (i < to && Text.isWsp(s.charAt(i))) {
            i++;
        }
        return i + 3 <= to && Text.isDigit(s.charAt(i)) && Text.isDigit(s.charAt(i + 1)) && Text.isDigit(s.charAt(i + 2));
    }

    /**
     * The prefix without a short marker that ends it ("→ ", "<- ", "> ") or a label ("Request-Line: ", Wireshark's),
     * when it has one and something before it, else null.
     */
    static String withoutMarker(String prefix) {
        int e = prefix.length();
        while (e > 0 && Text.isWsp(prefix.charAt(e - 1))) {
            e--;
        }
        if (e > 1 && prefix.charAt(e - 1) == ':') {
            int t = e - 1;
            while (t > 0 && Text.isTokenChar(prefix.charAt(t - 1))) {
                t--;
            }
            if (t < e - 1 && t > 0 && Text.isWsp(prefix.charAt(t - 1))) {
                return prefix.substring(0, t);
            }
        }
        int m = e;
        while (m > 0 && !Text.isWsp(prefix.charAt(m - 1)) && !Character.isLetterOrDigit(prefix.charAt(m - 1))) {
            m--;
        }
        return m < e && e - m <= 3 && m > 0 && Text.isWsp(prefix.charAt(m - 1)) ? prefix.substring(0, m) : null;
    }

    /** How many runs of non-whitespace s[from, to) holds, counting no further than four. */
    private static int fields(String s, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to && n < 4; i++) {
            boolean ws = Text.isWsp(s.charAt(i));
            if (!ws && !in) {
                n++;
            }
            in = !ws;
        }
        return n;
    }

    /** True when the Request-Line s[from, to) ends in " SIP/2.0", perhaps followed by whitespace. */
    private static boolean endsWithVersion(String s, int from, int to) {
        int e = to;
        while (e > from && Text.isWsp(s.charAt(e - 1))) {
            e--;
        }
        return e - from > VERSION.length() && s.startsWith(VERSION, e - VERSION.length())
                && Text.isWsp(s.charAt(e - VERSION.length() - 1));
    }

    /** A registered method at {@code from}: its request line is taken even with a broken URI (more fields). */
    private static boolean knownMethod(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= 'A' && s.charAt(i) <= 'Z') {
            i++;
        }
        return StartLines.KNOWN_METHODS.contains(s.substring(from, i));
    }

    private static boolean methodIsUpperCase(String s, int from) {
        return StartLines.upperCaseMethodEnd(s, from, s.length()) >= 0;
    }

    /** True when the line after the start line is the prefix alone and a header line follows that one. */
    private static boolean doubleSpaced(String s, int le, String prefix) {
        if (le >= s.length()) {
            return false;
        }
        int next = le + 1;
        int ne = Text.lineEnd(s, next);
        int content = afterPrefix(s, next, ne, prefix);
        return content >= 0 && Text.isBlank(s, content, Text.withoutCr(s, content, ne)) && headerFollows(s, ne, prefix);
    }

    /**
     * True when the line after a prefixed start line is a header line, bare or after the same prefix: what makes a
     * log line that merely mentions "SIP/2.0 200 OK" no message.
     */
    private static boolean headerFollows(String s, int le, String prefix) {
        if (le >= s.length()) {
            return false;
        }
        int next = le + 1;
        int ne = Text.lineEnd(s, next);
        int content = afterPrefix(s, next, ne, prefix);
        int from = content >= 0 ? content : next;
        return HeaderSection.headerColon(s, from, ne) > from;
    }

    /**
     * "Header:      " when the line at {@code from} and the one after it both start with that label, a token that
     * names no SIP header followed by ':' and blanks, and hold a header line after it; else null. A real header whose
     * value reads "Via: ..." would not come twice in a row, each naming another header.
     */
    private static String headerLabel(String s, int from) {
        int end = Text.lineEnd(s, from);
        int i = from;
        while (i < end && i - from < MAX_PREFIX && Text.isTokenChar(s.charAt(i))) {
            i++;
        }
        if (i == from || i >= end || s.charAt(i) != ':' || HeaderCatalog.lookup(s, from, i) != null) {
            return null;
        }
        int content = i + 1;
        while (content < end && Text.isWsp(s.charAt(content))) {
            content++;
        }
        if (content == i + 1 || HeaderSection.headerColon(s, content, end) <= content || end >= s.length()) {
            return null;
        }
        String label = s.substring(from, content);
        int next = end + 1;
        int ne = Text.lineEnd(s, next);
        int after = afterPrefix(s, next, ne, label);
        // the next header line, or the folded continuation of this one
        boolean continues = after >= 0 && after < ne && Text.isWsp(s.charAt(after)) && !Text.isBlank(s, after, ne);
        return after >= 0 && (HeaderSection.headerColon(s, after, ne) > after || continues) ? label : null;
    }

    /** "   F3 ": an indented short label, the flow step numbers of RFC call flows. */
    private static boolean labelInIndent(String prefix) {
        if (prefix.isEmpty() || prefix.charAt(0) != ' ' || !Text.isWsp(prefix.charAt(prefix.length() - 1))) {
            return false;
        }
        String label = prefix.strip();
        return !label.isEmpty() && label.length() <= 8 && label.indexOf(' ') < 0;
    }

    /**
     * A folded line (it starts with whitespace) inside the headers continues the header above, prefix or not: some
     * listings put the prefix on a header's first line only.
     */
    private static boolean foldWithoutPrefix(String s, int from, int to) {
        return from < to && Text.isWsp(s.charAt(from)) && !Text.isBlank(s, from, to);
    }

    /**
     * True when the line s[from, to), which lacks the prefix, sits between two header lines that carry it: a long
     * header the log or the page wrapped, whose tail lost the prefix. It stays in the message, where the header section
     * decides whether it continues the line above.
     */
    private static boolean wrappedWithoutPrefix(String s, int from, int to, String prefix) {
        if (to >= s.length() || Text.isBlank(s, from, to)) {
            return false;
        }
        int next = to + 1;
        int ne = Text.lineEnd(s, next);
        int content = afterPrefix(s, next, ne, prefix);
        return content >= 0 && HeaderSection.headerColon(s, content, ne) > content;
    }

    /**
     * True when the line s[from, to), which lacks the prefix, stands inside a body that Content-Length says goes on and
     * the next line carries the prefix again: an SDP line the log or the page wrapped, whose tail lost the prefix.
     */
    private static boolean wrappedBodyLine(String s, int from, int to, String prefix, MessageEnd end) {
        if (end.inHeaders || !end.bodyDeclared() || to >= s.length() || Text.isBlank(s, from, to)
                || StartLines.looksLikeStartLine(s, from, Text.withoutCr(s, from, to))) {
            return false;
        }
        int next = to + 1;
        int ne = Text.lineEnd(s, next);
        int content = afterPrefix(s, next, ne, prefix);
        int ce = content < 0 ? -1 : Text.withoutCr(s, content, ne);
        return content >= 0 && !Text.isBlank(s, content, ce) && !StartLines.looksLikeStartLine(s, content, ce);
    }

    /**
     * Follows one message through its lines so that the prefix is removed from its lines only: log lines after it keep
     * theirs and are read as log text, not as a body. The message ends at its empty line when it declares no body, or
     * once the bytes its Content-Length declares have passed.
     */
    private static final class MessageEnd {
        /** The text holds octets, one character each (a binary body), not UTF-8 decoded characters. */
        private final boolean octets;
        boolean inHeaders = true;
        private long bodyLeft = -1;
        /** The same, counting each line end as pasted (one byte for a bare LF). */
        private long bodyLeftAsPasted = -1;
        /** A Content-Length was read: both counts run down from it, below 0 too. */
        private boolean declared;
        /** A body without Content-Length (legal over UDP) runs as far as the prefix does. */
        private boolean typedBody;

        MessageEnd(boolean octets) {
            this.octets = octets;
        }

        /** True when the headers declare a body with a Content-Length above 0, and some of it is still to come. */
        boolean bodyDeclared() {
            return bodyLeftAsPasted > 0;
        }

        /**
         * True when the body is over if its Content-Length counted CRLF line ends while the copy has bare LF: then a
         * start line next ends the message, and anything else is more of the body.
         */
        boolean overCountingCrlf() {
            return !inHeaders && declared && bodyLeft <= 0;
        }

        /** Takes the line s[from, to) of the message; true when the message ends with it. */
        boolean reached(String s, int from, int to) {
            int e = Text.withoutCr(s, from, to);
            if (inHeaders) {
                if (Text.isBlank(s, from, e)) {
                    inHeaders = false;
                    return bodyLeft == 0 || (bodyLeft < 0 && !typedBody);
                }
                int colon = HeaderSection.headerColon(s, from, e);
                if (colon > from) {
                    int nameEnd = colon;
                    while (Text.isWsp(s.charAt(nameEnd - 1))) {
                        nameEnd--;
                    }
                    HeaderCatalog.Def def = HeaderCatalog.lookup(s, from, nameEnd);
                    typedBody |= def != null && "Content-Type".equals(def.canonical());
                    if (HeaderCatalog.isContentLength(s, from, nameEnd)) {
                        bodyLeft = Text.parseTrimmedDigits(s, colon + 1, e);
                        bodyLeftAsPasted = bodyLeft;
                        declared = bodyLeft >= 0;
                    }
                }
                return false;
            }
            if (!declared) {
                return false;
            }
            long length = octets ? e - from : utf8Length(s, from, e);
            bodyLeft -= length + 2;
            // a copy with bare LF whose Content-Length counts them ends one byte per line later than CRLF makes it
            bodyLeftAsPasted -= length + (e < to ? 2 : 1);
            return bodyLeftAsPasted <= 0;
        }

        /** Content-Length counts bytes; a body in another script has more of them than characters. */
        private static long utf8Length(String s, int from, int to) {
            long n = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? (Text.isEscapedByte(s, i) ? 1 : 2) : 3;
            }
            return n;
        }

    }

    /**
     * The offset where the line's text starts after a prefix shaped like {@code prefix}, or -1 when the line does not
     * carry one. A line holding only the prefix (its trailing space perhaps trimmed) is an empty line of the message.
     * Digit runs match any digit run and inner whitespace runs any whitespace run; the prefix's final whitespace run
     * matches exactly, so that the indentation of a folded header line survives.
     */
    static int afterPrefix(String s, int from, int to, String prefix) {
        if (!prefix.isEmpty() && !Text.isWsp(prefix.charAt(0)) && from < to && Text.isWsp(s.charAt(from))) {
            // " I/App: Via: ...": a page or copy put a blank or two before some of the prefixed lines
            int b = from;
            while (b < to && b - from < 3 && Text.isWsp(s.charAt(b))) {
                b++;
            }
            return b < to && s.charAt(b) == prefix.charAt(0) ? afterPrefix(s, b, to, prefix) : -1;
        }
        if (labelInIndent(prefix) && to - from > prefix.length() && Text.isBlank(s, from, from + prefix.length())) {
            // RFC flows put a label in the indentation of the start line only ("   F3 SIP/2.0 429 ...") and indent
            // the lines after it by the same width (a folded line keeps the rest of its indentation)
            return from + prefix.length();
        }
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
            if (Text.isDigit(pc) || Text.isWsp(pc)) {
                // a run of digits or of whitespace matches a run of the same class, whatever its length
                boolean digits = Text.isDigit(pc);
                if (!inRun(c, digits) && !digits && padsANumber(prefix, p)) {
                    // "[ Line 9 ]" then "[ Line 10]": the padding of a number column shrinks as the number grows
                    while (p < tail && inRun(prefix.charAt(p), false)) {
                        p++;
                    }
                    continue;
                }
                if (!inRun(c, digits)) {
                    return -1;
                }
                while (p < tail && inRun(prefix.charAt(p), digits)) {
                    p++;
                }
                while (i < to && inRun(s.charAt(i), digits)) {
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
        return Text.withoutCr(s, i, to);
    }

    /** True when the whitespace run of the prefix starting at {@code p} stands right before or after digits. */
    private static boolean padsANumber(String prefix, int p) {
        int end = p;
        while (end < prefix.length() && Text.isWsp(prefix.charAt(end))) {
            end++;
        }
        return (p > 0 && Text.isDigit(prefix.charAt(p - 1))) || (end < prefix.length() && Text.isDigit(prefix.charAt(end)));
    }

    private static boolean inRun(char c, boolean digits) {
        return digits ? Text.isDigit(c) : Text.isWsp(c);
    }

    /** "Subject: INVITE sip:a SIP/2.0" is a header whose value reads like a start line, not a prefixed line. */
    private static boolean looksLikeHeaderName(String s, int from, int to) {
        int colon = HeaderSection.headerColon(s, from, to);
        return colon >= 0 && Text.isBlank(s, colon + 1, to);
    }
}
