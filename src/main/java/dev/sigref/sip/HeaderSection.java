package dev.sigref.sip;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the header lines of a message or body part: message-header = field-name HCOLON field-value CRLF, with
 * continuation lines folded in (RFC 3261 §7.3.1).
 */
final class HeaderSection {
    private HeaderSection() {
    }

    /** Where one header sits in the text before its value is parsed. */
    record RawHeader(int firstLine, int lastLine, int nameStart, int nameEnd, int valueStart) {
    }

    /** How the header section ended. */
    enum End {
        EMPTY_LINE, BODY_WITHOUT_EMPTY_LINE, NEXT_MESSAGE, END_OF_TEXT,
        /** A Markdown code fence closes the block the message was pasted in. */
        FENCE
    }

    /**
     * @param headers  the header lines found
     * @param end      how the section ended
     * @param nextLine the first line after the section (after the empty line when there is one)
     */
    record Result(List<RawHeader> headers, End end, int nextLine) {
    }

    /** Scans header lines from {@code from} (0-based) up to {@code limitOffset}. */
    static Result scan(Lines lines, int from, int limitOffset, boolean stopAtStartLine, FindingList findings) {
        String s = lines.s;
        List<RawHeader> out = new ArrayList<>(24);
        int j = from;
        int curFirst = -1;
        int curNameStart = 0;
        int curNameEnd = 0;
        int curValue = 0;
        WrapWidths widths = null;
        int brokenReported = -1;
        while (j < lines.count && lines.start(j) < limitOffset) {
            int ls = lines.start(j);
            int le = Math.min(lines.contentEnd(j), limitOffset);
            if (Text.isBlank(s, ls, le) && !whitespaceFold(lines, j, ls, le, curFirst >= 0, limitOffset)) {
                if (le > ls) {
                    findings.onLine(FindingCode.BLANKS_ON_EMPTY_LINE, j, "line " + lines.number(j) + ", read as the"
                            + " empty line that ends the headers, holds " + (le - ls) + " space or tab character"
                            + (le - ls == 1 ? "" : "s") + " (copies often keep such blanks); on the wire the empty line"
                            + " is a bare CRLF, and a receiver may take a line of blanks for folding (RFC 3261 §7.3.1)"
                            + " and read on into the body");
                }
                flush(out, curFirst, j - 1, curNameStart, curNameEnd, curValue);
                return new Result(out, End.EMPTY_LINE, j + 1);
            }
            char c = s.charAt(ls);
            if ((c == ' ' || c == '\t') && curFirst >= 0) {
                j++;
                continue;
            }
            int colon = headerColon(s, ls, le);
            if (colon >= 0 && curFirst >= 0 && addressAndPort(s, ls, colon, le) && endsAfterSentProtocol(lines, j - 1)) {
                // "Via: SIP/2.0/UDP" then "192.0.2.1:5060;branch=...": a word wrap at the space before the sent-by
                findings.onLine(FindingCode.WRAPPED_LINE_JOINED, j, "line " + lines.number(j) + " ("
                        + Text.q(s.substring(ls, le)) + ") is an address and port, not a header, and line "
                        + lines.number(j - 1) + " ends with the Via's transport, before its sent-by: the line was"
                        + " wrapped at that space by the tool it was copied from, so the two were read as one");
                j++;
                continue;
            }
            if (colon >= 0 && curFirst >= 0 && colon + 1 < le && !Text.isWsp(s.charAt(colon + 1))
                    && uriTail(s, ls, colon) && j > 0
                    && (insideBracketsOrQuotes(s, curNameStart, ls) || Text.indexOf(s, ":", colon + 1, le) > 0)
                    && wrapped(lines, j, ls, le)) {
                // "rn:uuid:..." or "sip:bob@...": the tail of a line cut at the wrap width inside a URI, which only
                // looks like an unknown header written without a blank after its colon
                widths = widths != null ? widths : new WrapWidths(lines, from, limitOffset);
                int width = lines.contentEnd(j - 1) - lines.start(j - 1);
                if (widths.wrappedAt(width)) {
                    findings.onLine(FindingCode.WRAPPED_LINE_JOINED, j, "line " + lines.number(j) + " ("
                            + Text.q(s.substring(ls, le)) + ") names no registered header and line " + lines.number(j - 1)
                            + " is " + width + " characters long, as are others: the text looks hard-wrapped inside a"
                            + " URI by the tool it was copied from, so the two were read as one line");
                    j++;
                    continue;
                }
            }
            if (colon >= 0) {
                flush(out, curFirst, j - 1, curNameStart, curNameEnd, curValue);
                curFirst = j;
                curNameStart = ls;
                int ne = ls;
                while (ne < colon && Text.isTokenChar(s.charAt(ne))) {
                    ne++;
                }
                curNameEnd = ne;
                curValue = colon + 1;
                j++;
                continue;
            }
            if (curFirst >= 0 && brokenAfterSeparator(lines, j, ls, le, curNameStart, curNameEnd)) {
                if (brokenReported != curFirst) { // one finding per header, not one per parameter
                    brokenReported = curFirst;
                    int pe = lines.contentEnd(j - 1);
                    while (pe > lines.start(j - 1) + 1 && Text.isWsp(s.charAt(pe - 1))) {
                        pe--;
                    }
                    findings.onLine(FindingCode.WRAPPED_LINE_JOINED, j, "line " + lines.number(j) + " ("
                            + Text.q(s.substring(ls, le)) + ") starts with no header name and line "
                            + lines.number(j - 1) + " ends in " + Text.q(s.substring(pe - 1, pe)) + ", where the value"
                            + " cannot end: the header was broken after its separators by the layout it was copied"
                            + " from, so its lines were read as one (on the wire a continuation line must start with a"
                            + " space or tab)");
                }
                j++;
                continue;
            }
            if (curFirst >= 0 && (s.charAt(ls) == ';' || s.charAt(ls) == ',' && listHeader(s, curNameStart, curNameEnd))
                    && le - ls >= 2) {
                // no header line starts with ';' or ',': these are parameters or elements of the header above,
                // broken off before them
                findings.onLine(FindingCode.WRAPPED_LINE_JOINED, j, "line " + lines.number(j) + " ("
                        + Text.q(s.substring(ls, le)) + ") starts with " + Text.q(String.valueOf(s.charAt(ls)))
                        + ", as no header line can: it holds " + (s.charAt(ls) == ';' ? "parameters" : "list elements")
                        + " of the header on line " + lines.number(j - 1) + ", broken off by the layout it was copied"
                        + " from, so the lines were read as one (on the wire a continuation line must start with a"
                        + " space or tab)");
                j++;
                continue;
            }
            if (curFirst >= 0 && wrapped(lines, j, ls, le)) {
                widths = widths != null ? widths : new WrapWidths(lines, from, limitOffset);
                int width = lines.contentEnd(j - 1) - lines.start(j - 1);
                if (widths.wrappedAt(width)) {
                    findings.onLine(FindingCode.WRAPPED_LINE_JOINED, j, "line " + lines.number(j) + " ("
                            + Text.q(s.substring(ls, le)) + ") starts with no header name and line " + lines.number(j - 1) + " is " + width
                            + " characters long: the text looks hard-wrapped by the tool it was copied from, so the two"
                            + " were read as one line");
                    j++;
                    continue;
                }
            }
            flush(out, curFirst, j - 1, curNameStart, curNameEnd, curValue);
            curFirst = -1;
            if (Text.isFence(s, ls, le)) {
                return new Result(out, End.FENCE, j);
            }
            if (stopAtStartLine && (StartLines.looksLikeStartLine(s, ls, le) || LogDecorations.isPacketHeader(s, ls, le))) {
                return new Result(out, End.NEXT_MESSAGE, j);
            }
            boolean nextIsHeader = j + 1 < lines.count && lines.start(j + 1) < limitOffset
                    && headerColon(s, lines.start(j + 1), Math.min(lines.contentEnd(j + 1), limitOffset)) >= 0;
            if (nextIsHeader) {
                findings.onLine(FindingCode.MALFORMED_HEADER_LINE, j, "line " + Text.q(s.substring(ls, le))
                        + " in the header section is not 'name: value'; it is ignored");
                j++;
                continue;
            }
            return new Result(out, End.BODY_WITHOUT_EMPTY_LINE, j);
        }
        flush(out, curFirst, j - 1, curNameStart, curNameEnd, curValue);
        return new Result(out, End.END_OF_TEXT, j);
    }

    /**
     * LWS = [*WSP CRLF] 1*WSP (RFC 3261 §25.1): a line of only whitespace inside a folded header is a continuation,
     * not the empty line that ends the section. Copied text often keeps stray blanks on the real empty line, and a
     * body may start with lines that look like headers (message/cpim), so the line counts as a fold only when a
     * continuation line follows it, or when the header before it is already folded and a registered header follows.
     */
    private static boolean whitespaceFold(Lines lines, int j, int ls, int le, boolean inHeader, int limitOffset) {
        if (!inHeader || le == ls || j == 0 || j + 1 >= lines.count || lines.start(j + 1) >= limitOffset) {
            return false;
        }
        String s = lines.s;
        int ns = lines.start(j + 1);
        int ne = Math.min(lines.contentEnd(j + 1), limitOffset);
        if (ne > ns && Text.isWsp(s.charAt(ns))) {
            return !Text.isBlank(s, ns, ne);
        }
        int ps = lines.start(j - 1);
        boolean foldedBefore = lines.contentEnd(j - 1) > ps && Text.isWsp(s.charAt(ps));
        return foldedBefore && registeredNameEnd(s, ns, ne) >= 0;
    }

    /**
     * Where the name of a registered header ends when s[from, to) starts "name:" (any case, compact forms included),
     * else -1.
     */
    static int registeredNameEnd(String s, int from, int to) {
        int colon = headerColon(s, from, to);
        if (colon < 0) {
            return -1;
        }
        int nameEnd = colon;
        while (Text.isWsp(s.charAt(nameEnd - 1))) {
            nameEnd--;
        }
        return HeaderCatalog.lookup(s, from, nameEnd) != null ? nameEnd : -1;
    }

    private static void flush(List<RawHeader> out, int first, int last, int nameStart, int nameEnd, int value) {
        if (first >= 0) {
            out.add(new RawHeader(first, last, nameStart, nameEnd, value));
        }
    }

    /** Shorter lines are not cut by a terminal or a log writer's width. */
    private static final int MIN_WRAP_WIDTH = 70;

    /**
     * A header line that ends in ';' or ',' has a parameter or an element still to come, one that ends in '=' a value,
     * and one that ends in its colon all of its value, so a following line with no header name of its own continues
     * it: specs and documents break long Contacts after each ';' with no indent, and word wraps move a long value
     * whole to the next line.
     */
    private static boolean brokenAfterSeparator(Lines lines, int j, int ls, int le, int nameStart, int nameEnd) {
        String s = lines.s;
        int pe = lines.contentEnd(j - 1);
        while (pe > lines.start(j - 1) && Text.isWsp(s.charAt(pe - 1))) {
            pe--;
        }
        if (pe == lines.start(j - 1) || ";,=:".indexOf(s.charAt(pe - 1)) < 0) {
            return false;
        }
        if (s.charAt(pe - 1) == ':') {
            // an empty value is continued only where the grammar needs one: "Subject:" may stay empty, and the line
            // after it is then the body that lost its empty line
            HeaderCatalog.Def def = HeaderCatalog.lookup(s, nameStart, nameEnd);
            if (def == null || !HeaderCatalog.requiresValue(def) && !"Contact".equals(def.canonical())
                    // "Allow:" then "INVITE,ACK,BYE": a list header may be empty, but a line of its elements alone is
                    // its value moved down, not a body
                    && !(def.list() && tokenList(s, ls, le))) {
                return false;
            }
        }
        char c = s.charAt(ls);
        boolean sdpLine = Text.sdpLineAt(s, ls, le);
        boolean markup = c == '{' || le - ls >= 2 && ((c == '<' && s.charAt(ls + 1) == '?') || s.startsWith("--", ls));
        return !sdpLine && !markup && !StartLines.looksLikeStartLine(s, ls, le)
                && LogDecorations.recognize(s, ls, le) == null;
    }

    private static boolean listHeader(String s, int nameStart, int nameEnd) {
        HeaderCatalog.Def def = HeaderCatalog.lookup(s, nameStart, nameEnd);
        return def != null && def.list();
    }

    /** token *( "," [SP] token ), and at least one comma: a list header's elements, such as "INVITE,ACK,BYE". */
    private static boolean tokenList(String s, int ls, int le) {
        int commas = 0;
        for (int i = ls; i < le; i++) {
            char c = s.charAt(i);
            if (c == ',') {
                commas++;
                if (i == ls || i + 1 < le && s.charAt(i + 1) == ',') {
                    return false;
                }
            } else if (c == ' ' ? i == ls || s.charAt(i - 1) != ',' : !Text.isTokenChar(c)) {
                return false;
            }
        }
        return commas > 0;
    }

    /** True when s[ls, colon) is an IPv4 address or a dotted host name and a port follows the colon. */
    private static boolean addressAndPort(String s, int ls, int colon, int le) {
        if (colon + 1 >= le || !Text.isDigit(s.charAt(colon + 1))) {
            return false;
        }
        int dot = Text.indexOf(s, ".", ls, colon);
        return dot > ls && (Text.isDigit(s.charAt(ls)) || Text.indexOf(s, ".", dot + 1, colon) > 0);
    }

    private static boolean endsInWhitespace(Lines lines, int line) {
        int e = lines.contentEnd(line);
        return e > lines.start(line) && Text.isWsp(lines.s.charAt(e - 1));
    }

    /**
     * True when the header text s[from, to) leaves a '<', a '[' or a '"' open: the line after it was cut inside a
     * bracketed URI, an IPv6 reference or a quoted string, not after a complete value ("X-Long: aaa" then "abc:def" is
     * a header of its own). The other sign of a cut, a tail with a second colon ("rn:urn-7:3gpp-..."), is the caller's.
     */
    private static boolean insideBracketsOrQuotes(String s, int from, int to) {
        int angle = 0;
        int square = 0;
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                angle += c == '<' ? 1 : c == '>' && angle > 0 ? -1 : 0;
                square += c == '[' ? 1 : c == ']' && square > 0 ? -1 : 0;
            }
        }
        return angle > 0 || square > 0 || quoted;
    }

    /**
     * True when s[from, colon) could be the cut end of a URI ("rn" of urn, "sip", "uid" of uuid) rather than a header
     * name: a few lower-case letters or digits, no '-' (extension headers are written X-Name or P-Name), and no
     * registered header.
     */
    private static boolean uriTail(String s, int from, int colon) {
        if (colon - from > 8 || HeaderCatalog.lookup(s, from, colon) != null) {
            return false;
        }
        for (int i = from; i < colon; i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || Text.isDigit(c))) {
                return false;
            }
        }
        return true;
    }

    /** True when the line ends with a Via's sent-protocol ("Via: SIP/2.0/UDP"), with nothing after it. */
    private static boolean endsAfterSentProtocol(Lines lines, int line) {
        String s = lines.s;
        int ls = lines.start(line);
        int pe = lines.contentEnd(line);
        while (pe > ls && Text.isWsp(s.charAt(pe - 1))) {
            pe--;
        }
        int t = pe;
        while (t > ls && Text.isTokenChar(s.charAt(t - 1))) {
            t--;
        }
        return t < pe && t - 8 >= ls && s.regionMatches(true, t - 8, "SIP/2.0/", 0, 8);
    }

    /**
     * True when line j, which is not "name: value", looks like the rest of the header line above it that a terminal or
     * log writer wrapped: that line is at least {@link #MIN_WRAP_WIDTH} characters long, and this one is neither a
     * start line nor the first line of a body (SDP "x=", XML, a multipart delimiter).
     */
    private static boolean wrapped(Lines lines, int j, int ls, int le) {
        String s = lines.s;
        if (j == 0 || lines.contentEnd(j - 1) - lines.start(j - 1) < MIN_WRAP_WIDTH) {
            return false;
        }
        char c = s.charAt(ls);
        boolean sdpLine = Text.sdpLineAt(s, ls, le);
        return !sdpLine && c != '<' && c != '-' && c != '{' && !comment(s, ls, le)
                && !StartLines.looksLikeStartLine(s, ls, le)
                // digits alone read as a log's frame number, but after a line cut at the wrap width they are its tail
                && (LogDecorations.recognize(s, ls, le) == null || Text.parseDigits(s, ls, le) >= 0);
    }

    /** "// SDP follows" or "# note": an annotation the author put between lines, not the tail of a wrapped one. */
    private static boolean comment(String s, int ls, int le) {
        return le - ls >= 2 && (s.startsWith("//", ls) || s.charAt(ls) == '#')
                && Text.indexOf(s, " ", ls, le) >= 0;
    }

    /**
     * The evidence for a wrap: a tool that wraps cuts every long line at the same width, so at least two lines of the
     * header section must have exactly the length of the line a fragment would continue. Taken once per section.
     */
    private static final class WrapWidths {
        private static final int MAX_LINES = 500;
        private final java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();

        WrapWidths(Lines lines, int from, int limitOffset) {
            for (int k = from; k < lines.count && k < from + MAX_LINES && lines.start(k) < limitOffset; k++) {
                int len = lines.contentEnd(k) - lines.start(k);
                if (len == 0) {
                    break;
                }
                if (len >= MIN_WRAP_WIDTH) {
                    counts.merge(len, 1, Integer::sum);
                }
            }
        }

        boolean wrappedAt(int width) {
            return counts.getOrDefault(width, 0) >= 2;
        }
    }

    /** field-name HCOLON: token, optional SP/HTAB, ':'. Returns the colon offset or -1. */
    static int headerColon(String s, int from, int to) {
        int i = from;
        while (i < to && Text.isTokenChar(s.charAt(i))) {
            i++;
        }
        if (i == from) {
            return -1;
        }
        while (i < to && Text.isWsp(s.charAt(i))) {
            i++;
        }
        return i < to && s.charAt(i) == ':' ? i : -1;
    }

    /** Builds the Header records: unfolds values, parses them and reports what is wrong where it stands. */
    static List<Header> build(Lines lines, List<RawHeader> raws, int limitOffset, FindingList findings) {
        List<Header> out = new ArrayList<>(raws.size());
        for (RawHeader r : raws) {
            out.add(build(lines, r, limitOffset, findings));
        }
        return out;
    }

    static Header build(Lines lines, RawHeader r, int limitOffset, FindingList findings) {
        String s = lines.s;
        HeaderCatalog.Def def = HeaderCatalog.lookup(s, r.nameStart(), r.nameEnd());
        String name = sharedName(s, r.nameStart(), r.nameEnd(), def);
        String value;
        Report report;
        int vs = r.valueStart();
        int firstEnd = Math.min(lines.contentEnd(r.firstLine()), limitOffset);
        while (vs < firstEnd && Text.isWsp(s.charAt(vs))) {
            vs++;
        }
        if (r.firstLine() == r.lastLine()) {
            int ve = firstEnd;
            while (ve > vs && Text.isWsp(s.charAt(ve - 1))) {
                ve--;
            }
            value = s.substring(vs, ve);
            report = findings.shifted(vs);
        } else {
            int segments = r.lastLine() - r.firstLine() + 1;
            int[] segValue = new int[segments];
            int[] segAbs = new int[segments];
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < segments; k++) {
                int line = r.firstLine() + k;
                int a = k == 0 ? vs : lines.start(line);
                int e = Math.min(lines.contentEnd(line), limitOffset);
                while (a < e && Text.isWsp(s.charAt(a))) {
                    a++;
                }
                while (e > a && Text.isWsp(s.charAt(e - 1))) {
                    e--;
                }
                if (a == e) {
                    segValue[k] = sb.length();
                    segAbs[k] = a;
                    continue;
                }
                // a folded line (it starts with whitespace) joins with one space, a wrapped one with none, unless
                // the wrap took the place of a space (after a line ending in one, or between a Via's parts)
                if (sb.length() > 0 && (k == 0 || Text.isWsp(s.charAt(lines.start(line)))
                        || endsInWhitespace(lines, line - 1) || endsAfterSentProtocol(lines, line - 1))) {
                    sb.append(' ');
                }
                segValue[k] = sb.length();
                segAbs[k] = a;
                sb.append(s, a, e);
            }
            value = sb.toString();
            report = findings.reportAt(off -> {
                int k = segments - 1;
                while (k > 0 && segValue[k] > off) {
                    k--;
                }
                return segAbs[k] + Math.max(0, off - segValue[k]);
            });
        }
        controlCharacters(name, value, report);
        List<HeaderValue> parsed;
        if (value.isEmpty()) {
            parsed = List.of();
            if (def != null && HeaderCatalog.requiresValue(def)) {
                report.add(FindingCode.EMPTY_HEADER_VALUE, 0, def.canonical() + " is empty; its grammar requires a value");
            }
        } else {
            parsed = HeaderGrammar.value(def, name, value, report);
        }
        TextPosition at = lines.position(r.firstLine(), r.nameStart());
        return new Header(name, def == null ? name : def.canonical(), def == null ? null : def.compact(), value,
                at.line(), at.column(), parsed);
    }

    /** The registered spelling when the name is written exactly so (the usual case), to spare a copy. */
    private static String sharedName(String s, int from, int to, HeaderCatalog.Def def) {
        if (def != null) {
            int len = to - from;
            if (def.canonical().length() == len && s.regionMatches(from, def.canonical(), 0, len)) {
                return def.canonical();
            }
            if (def.compact() != null && len == 1 && s.charAt(from) == def.compact().charAt(0)) {
                return def.compact();
            }
        }
        return s.substring(from, to);
    }

    private static void controlCharacters(String name, String value, Report report) {
        int i = 0;
        while (i < value.length() && !Text.isControl(value.charAt(i))) {
            i++;
        }
        if (i == value.length()) {
            return;
        }
        boolean quoted = false;
        for (i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted) {
                i++;
            } else if (Text.isControl(c)) {
                report.add(FindingCode.CONTROL_CHARACTER, i, name + " contains control character "
                        + String.format("0x%02X", (int) c) + " in " + Text.q(value) + (c == '\r' || c == '\n'
                        ? "; a lone " + (c == '\r' ? "CR" : "LF") + " is no line end (lines end in CRLF) and may not"
                        + " appear in a header at all, not even escaped as a quoted-pair"
                        : "; control characters may only appear escaped inside a quoted string"));
                return;
            }
        }
    }
}
