package dev.sigref.sip;

import java.util.ArrayList;
import java.util.List;

/**
 * Some copies turn a message's line ends into blanks and leave the whole message on one line: Chrome DevTools'
 * WebSocket frames pasted as a table show each CRLF as two spaces (with the frame's length and time in cells after
 * it), pages that collapse white space (HTML without {@code <pre>}, reposts) leave one space, rsyslog escapes the CR as
 * {@code #015} and leaves a blank for the LF, and some exports put a tab. Such a line holds a start line followed by
 * header names, each after the blank and before its colon. It is cut back into lines before each header name, where
 * the body starts (the doubled line end, {@code v=0}, an XML prolog, the text after the last Content-Length), before
 * each SDP field and at multipart delimiters; the text before the start line and a table's cells after the message get
 * lines of their own, and a line may hold several such messages. A start line that took only its first headers with it
 * ({@code SIP/2.0 100 Trying Via: ...} over the rest of the headers, from Cisco's debug output) is cut the same way.
 * Lines inside an ordinary message (a header or body that quotes one) are left as they are.
 */
final class BlankJoinedLines {

    private static final String VERSION = "SIP/2.0";
    /** Valued header names after a start line that make a line a joined message; one or two could be prose. */
    private static final int MIN_JOINTS = 3;
    /** How many header names are looked through for a Via or CSeq once enough were found. */
    private static final int MAX_JOINTS_TO_ANCHOR = 40;
    /** The longest reason phrase looked past between a status code and the first header name. */
    private static final int MAX_REASON = 120;
    /** How far after a start line its third header name may stand (a long Authorization or Identity comes first). */
    private static final int JOINTS_WITHIN = 16384;
    /** How far before its version a request line's method is looked for. */
    private static final int MAX_REQUEST_LINE = 512;
    /** How far back the message a line may belong to is looked for. */
    private static final int MAX_LOOK_BACK = 65536;
    /** SDP's field letters (RFC 8866 §5), each of which starts a line of the body. */
    private static final String SDP_FIELDS = "vosiuepcbtrzkam";
    /** rsyslog's escape of a CR: a log that escaped only the CR shows each line end as "#015 ". */
    private static final String SYSLOG_CR = "#015";
    /** The longest table cell after a message, with its bar: a length, a time. */
    private static final int MAX_CELL = 40;

    private final String s;
    private final PasteNotes notes;
    private final Rewrite out;
    private final LineEnds lineEnds = new LineEnds();
    /** The message being written shows its line ends as single blanks, one byte short of a CRLF each. */
    private boolean singleBlanks;

    private BlankJoinedLines(String s, PasteNotes notes) {
        this.s = s;
        this.notes = notes;
        this.out = new Rewrite(s.length() + 256);
    }

    /** The text with every blank-joined message cut back into lines, or the same instance when there is none. */
    static String restore(String s, PasteNotes notes) {
        BlankJoinedLines pass = null;
        int copied = 0;
        int pos = 0;
        // the verdict on the last joined line looked at: the joined line below it shares its place
        int lastJoinedEnd = -1;
        boolean lastInside = false;
        while (pos < s.length()) {
            int v = s.indexOf(VERSION, pos);
            if (v < 0) {
                break;
            }
            int lineStart = s.lastIndexOf('\n', v) + 1;
            int nl = s.indexOf('\n', v);
            int lineEnd = nl < 0 ? s.length() : nl;
            int end = Text.withoutCr(s, lineStart, lineEnd);
            pos = nl < 0 ? s.length() : nl + 1;
            // the rest of the message on the lines below (a start line that took its first headers along); a line
            // that holds its Content-Length holds the whole message. That search runs only once a start line with a
            // header joined to it is found: a line that has none under one joint has none under three.
            boolean headerBelow = pos < s.length() && startsWithHeader(s, pos);
            List<Integer> starts = messageStarts(s, lineStart, v, end, headerBelow ? 1 : MIN_JOINTS);
            boolean headersBelow = headerBelow && !starts.isEmpty() && !holdsContentLength(s, v, end);
            if (headerBelow && !headersBelow && !starts.isEmpty()) {
                starts = messageStarts(s, lineStart, v, end, MIN_JOINTS);
            }
            if (starts.isEmpty() || !headersBelow && wrappedOnto(s, pos)) {
                continue;
            }
            boolean inside = lastJoinedEnd >= 0 && lineStart == lastJoinedEnd + 1 ? lastInside
                    : insideMessage(s, lineStart, starts.get(0));
            lastJoinedEnd = lineEnd;
            lastInside = inside;
            if (inside) {
                continue;
            }
            if (pass == null) {
                pass = new BlankJoinedLines(s, notes);
            }
            pass.out.copy(s, copied, lineStart);
            pass.line(lineStart, starts, end, lineEnd, headersBelow);
            copied = pos;
            // the header lines below: a copy that wrapped a joined message carries on with more joined headers
            while (headersBelow) {
                int next = s.indexOf('\n', pos);
                int nextLineEnd = next < 0 ? s.length() : next;
                int nextEnd = Text.withoutCr(s, pos, nextLineEnd);
                int joint = nextJoint(s, pos + 1, nextEnd, JOINTS_WITHIN);
                int after = next < 0 ? s.length() : next + 1;
                headersBelow = after < s.length() && startsWithHeader(s, after);
                if (joint >= 0 && valueAt(s, pos, joint) >= 0) {
                    pass.out.copy(s, copied, pos);
                    // an empty line below ends the headers itself
                    pass.message(pos, trimEnd(s, pos, nextEnd), headersBelow || blankLineAt(s, after), true);
                    copied = after;
                }
                pos = after;
            }
            int next = s.indexOf('\n', pos);
            int nextEnd = next < 0 ? s.length() : next;
            if (pos < s.length() && tableRule(s, pos, nextEnd)) {
                // the "-- | -- | --" row under a table's first row, which here was a frame
                pass.out.copy(s, pos, nextEnd).put('\n', nextEnd);
                notes.markCopyMarkup(pass.lines() - 1);
                pos = next < 0 ? s.length() : next + 1;
                copied = pos;
            }
        }
        return pass == null ? s : notes.rewritten(s, pass.out.copy(s, Math.min(copied, s.length()), s.length()));
    }

    private static boolean blankLineAt(String s, int from) {
        int nl = s.indexOf('\n', from);
        return from < s.length() && Text.isBlank(s, from, nl < 0 ? s.length() : nl);
    }

    /** True when the line at {@code from} starts with a registered header name and its colon. */
    private static boolean startsWithHeader(String s, int from) {
        int nl = s.indexOf('\n', from);
        return Text.isAlpha(s.charAt(from)) && headerNameAt(s, from, nl < 0 ? s.length() : nl, false);
    }

    /**
     * True when the line at {@code from} carries on the line above with more header names but starts with none and
     * holds no start line of its own: the joined message was hard-wrapped too, and cutting only its first line would
     * leave the rest as a body.
     */
    private static boolean wrappedOnto(String s, int from) {
        int nl = s.indexOf('\n', from);
        int end = nl < 0 ? s.length() : nl;
        int first = from >= end ? -1 : nextJoint(s, from, end, JOINTS_WITHIN);
        int second = first < 0 ? -1 : nextJoint(s, first + 1, end, JOINTS_WITHIN);
        // one header name may be prose ("the Contact: header is wrong"); a wrapped message goes on with several
        if (second < 0 || valueAt(s, first, second) < 0) {
            return false;
        }
        for (int v = Text.indexOf(s, VERSION, from, end); v >= 0; v = Text.indexOf(s, VERSION, v + 1, end)) {
            // a start line of its own, read or not: "SIP/2.0 200 ..." or "... SIP/2.0" and a blank
            if (StartLines.statusLineAt(s, v, end) || v + VERSION.length() == end
                    || s.charAt(v + VERSION.length()) == ' ' || s.charAt(v + VERSION.length()) == '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the line at {@code lineStart} belongs to an ordinary message above it, and so quotes a message rather
     * than being one: a header line or fold of its header section (the line starts with a blank, or its text before
     * the start line is a header name and colon, and header lines lead up to a start line), or a line of the body its
     * Content-Length declares.
     */
    private static boolean insideMessage(String s, int lineStart, int firstStart) {
        boolean continuesHeader = Text.isWsp(s.charAt(lineStart)) || HeaderSection.headerColon(s, lineStart,
                firstStart) > lineStart;
        int floor = Math.max(0, lineStart - MAX_LOOK_BACK);
        int line = lineStart;
        while (line > floor) {
            int prevStart = s.lastIndexOf('\n', line - 2) + 1;
            int prevEnd = Text.withoutCr(s, prevStart, line - 1);
            if (Text.isBlank(s, prevStart, prevEnd)) {
                return bodyOfMessageAbove(s, prevStart, line, lineStart, floor);
            }
            if (!continuesHeader || joinedLine(s, prevStart, prevEnd)) {
                return false; // a message or a log line of its own, after a header section without its empty line
            }
            if (plainStartLine(s, prevStart, prevEnd)) {
                return true;
            }
            if (!Text.isWsp(s.charAt(prevStart)) && HeaderSection.headerColon(s, prevStart, prevEnd) < 0) {
                return false; // prose or a log line above: no header section leads here
            }
            line = prevStart;
        }
        return false;
    }

    /**
     * True when the empty line [emptyStart, bodyStart) ends the header section of a message whose Content-Length
     * reaches past the start of the line at {@code lineStart}: that line is part of its body.
     */
    private static boolean bodyOfMessageAbove(String s, int emptyStart, int bodyStart, int lineStart, int floor) {
        long declared = -1;
        int line = emptyStart;
        while (line > floor) {
            int prevStart = s.lastIndexOf('\n', line - 2) + 1;
            int prevEnd = Text.withoutCr(s, prevStart, line - 1);
            if (Text.isBlank(s, prevStart, prevEnd)) {
                return false;
            }
            int colon = contentLengthColon(s, prevStart, prevEnd);
            if (colon >= 0) {
                int i = colon + 1;
                while (i < prevEnd && Text.isWsp(s.charAt(i))) {
                    i++;
                }
                declared = Text.parseDigits(s, i, trimEnd(s, i, prevEnd));
            }
            if (plainStartLine(s, prevStart, prevEnd)) {
                return declared > 0 && bodyStart + declared > lineStart;
            }
            line = prevStart;
        }
        return false;
    }

    /** True when the joined headers after the version at {@code v} include a Content-Length. */
    private static boolean holdsContentLength(String s, int v, int end) {
        for (int j = nextJoint(s, v, end, JOINTS_WITHIN); j >= 0; j = nextJoint(s, j + 1, end, JOINTS_WITHIN)) {
            if (contentLengthColon(s, j, end) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when [from, to) is a start line and nothing joined to it. */
    private static boolean plainStartLine(String s, int from, int to) {
        int a = from;
        while (a < to && Text.isWsp(s.charAt(a))) {
            a++;
        }
        return StartLines.looksLikeStartLine(s, a, to) && !joinedLine(s, from, to);
    }

    /** True when [from, to) holds a start line with header names joined to it. */
    private static boolean joinedLine(String s, int from, int to) {
        int v = Text.indexOf(s, VERSION, from, to);
        return v >= 0 && !messageStarts(s, from, v, to, 1).isEmpty();
    }

    /**
     * Where the joined messages on the line [lineStart, lineEnd) start, the first of them with its version at or after
     * {@code v}; empty for a normal start line, prose, or a Via's "SIP/2.0/UDP".
     */
    private static List<Integer> messageStarts(String s, int lineStart, int v, int lineEnd, int minJoints) {
        List<Integer> starts = new ArrayList<>(1);
        int from = lineStart;
        for (int w = v; w >= 0; w = Text.indexOf(s, VERSION, w + VERSION.length(), lineEnd)) {
            int start = messageStart(s, from, w, lineEnd, minJoints);
            if (start >= 0) {
                starts.add(start);
                from = w + VERSION.length();
            }
        }
        return starts;
    }

    /**
     * Where the start line whose version stands at {@code v} begins (not before {@code from}), when at least
     * {@code minJoints} header names with values follow it on its line, joined by blanks; -1 otherwise.
     */
    private static int messageStart(String s, int from, int v, int lineEnd, int minJoints) {
        int afterVersion = v + VERSION.length();
        int cr = s.startsWith(SYSLOG_CR, afterVersion) ? SYSLOG_CR.length() : 0;
        if (afterVersion + cr >= lineEnd || !isBlank(s.charAt(afterVersion + cr))) {
            return -1;
        }
        boolean status = StartLines.statusLineAt(s, v, lineEnd);
        int j = nextJoint(s, status ? v + 12 : afterVersion, lineEnd, status ? MAX_REASON : 5 + cr);
        int limit = j + JOINTS_WITHIN;
        int joints = 0;
        boolean anchored = false;
        while (j >= 0 && j < limit && (joints < minJoints || !anchored && joints < MAX_JOINTS_TO_ANCHOR)) {
            int next = nextJoint(s, j + 1, lineEnd, limit - j);
            int valueAt = valueAt(s, j, next < 0 ? lineEnd : next);
            if (valueAt < 0) {
                return -1; // "Via: From: To: all copied": header names in prose
            }
            anchored |= anchors(s, j, valueAt);
            joints++;
            j = next;
        }
        if (joints < minJoints || !anchored) {
            return -1;
        }
        if (status) {
            return v >= from ? v : -1;
        }
        int headFrom = Math.max(from, v - MAX_REQUEST_LINE);
        // a Markdown code span's backtick before the method is no part of it
        int start = EscapedLineEnds.startLineStart(s.substring(headFrom, afterVersion).replace('`', ' '));
        return start < 0 ? -1 : headFrom + start;
    }

    /** Where the value of the header whose name starts at {@code at} begins, before {@code to}; -1 when it has none. */
    private static int valueAt(String s, int at, int to) {
        int i = HeaderSection.headerColon(s, at, to) + 1;
        while (i > 0 && i < to && (isBlank(s.charAt(i)) || s.startsWith(SYSLOG_CR, i))) {
            i += s.charAt(i) == '#' ? SYSLOG_CR.length() : 1;
        }
        return i > 0 && i < to ? i : -1;
    }

    /**
     * True when the header at {@code at} is one that only a message carries in this form: a Via whose value starts with
     * its sent-protocol, or a CSeq whose value starts with its number. Prose that names headers ("the usual Via: /
     * From: / To: lines") has neither.
     */
    private static boolean anchors(String s, int at, int valueAt) {
        int colon = HeaderSection.headerColon(s, at, valueAt);
        HeaderCatalog.Def def = HeaderCatalog.lookup(s, at, trimEnd(s, at, colon));
        return def != null && (def.kind() == HeaderCatalog.Kind.VIA && s.regionMatches(true, valueAt, "SIP/", 0, 4)
                || def.kind() == HeaderCatalog.Kind.CSEQ && Text.isDigit(s.charAt(valueAt)));
    }

    /** A blank a copy may have left for a line end: a space, a tab, or a no-break space from a web page. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0';
    }

    /**
     * The next header name in s[from, from + within) that follows a blank and is followed by its colon, outside
     * double quotes; -1 when there is none.
     */
    private static int nextJoint(String s, int from, int to, int within) {
        return nextJoint(s, from, to, within, false);
    }

    /**
     * As above; with {@code anyName}, an extension header's name counts too: any name after two blanks, a tab or a CR
     * shown as {@code #015}, and after one blank a capitalised name with a hyphen ({@code X-Correlation-Info:}).
     */
    private static int nextJoint(String s, int from, int to, int within, boolean anyName) {
        boolean quoted = false;
        int limit = (int) Math.min(to, (long) from + within);
        for (int i = Math.max(from, 1); i < limit; i++) {
            char c = s.charAt(i);
            if (quoted && c == '\\') {
                i++; // a quoted-pair: "CORP\\" ends with an escaped backslash, then the closing quote
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && isBlank(s.charAt(i - 1)) && Text.isAlpha(c) && headerNameAt(s, i, to, anyName)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when a registered header name and its colon start at {@code at}. A compact form counts only after a line
     * end shown as two blanks, a tab or {@code #015}: after one blank, "a: b" is as likely to be prose.
     */
    private static boolean headerNameAt(String s, int at, int to, boolean anyName) {
        int colon = HeaderSection.headerColon(s, at, Math.min(to, at + 40));
        if (colon < 0) {
            return false;
        }
        int end = at;
        while (end < colon && Text.isTokenChar(s.charAt(end))) {
            end++;
        }
        boolean lineEnd = at >= 1 && s.charAt(at - 1) == '\t' || at >= 2 && s.charAt(at - 2) == ' '
                && s.charAt(at - 1) == ' ' || s.startsWith(SYSLOG_CR, at - 1 - SYSLOG_CR.length());
        if (HeaderCatalog.lookup(s, at, end) == null) {
            return anyName && end - at > 1 && (lineEnd || Character.isUpperCase(s.charAt(at))
                    && Text.indexOf(s, "-", at, end) >= 0);
        }
        return end - at > 1 || lineEnd;
    }

    /** Writes the line [lineStart, lineEnd) as the lines it stands for; {@code end} is where its CR, if any, starts. */
    private void line(int lineStart, List<Integer> starts, int end, int lineEnd, boolean headersBelow) {
        // a log's "recv 903 bytes from ..." or a label: on its own line it is read as decoration or shown
        int first = starts.get(0);
        int ticksBefore = first;
        while (ticksBefore > lineStart && s.charAt(ticksBefore - 1) == '`') {
            ticksBefore--;
        }
        ownLines(lineStart, ticksBefore);
        if (ticksBefore < first) {
            out.copy(s, ticksBefore, first).put('\n', first);
            notes.markCopyMarkup(lines() - 1);
        }
        int last = starts.get(starts.size() - 1);
        int cells = tableCells(s, last, end);
        int messageEnd = cells >= 0 ? cells : end;
        // a closing backtick of a Markdown code span, or a fence that closes the block with the author's words after it
        int fence = Text.indexOf(s, "```", last, messageEnd);
        int ticks = fence >= 0 ? fence : messageEnd;
        while (ticks > last && s.charAt(ticks - 1) == '`') {
            ticks--;
        }
        for (int k = 0; k < starts.size(); k++) {
            int to = k + 1 < starts.size() ? starts.get(k + 1) : ticks;
            message(starts.get(k), trimEnd(s, starts.get(k), to), headersBelow && k + 1 == starts.size(), false);
        }
        if (ticks < messageEnd) {
            out.copy(s, ticks, messageEnd).put('\n', messageEnd);
            notes.markCopyMarkup(lines() - 1);
        }
        if (cells >= 0) {
            out.copy(s, cells, end).put('\n', lineEnd);
            notes.markCopyMarkup(lines() - 1);
        }
    }

    /**
     * Writes the message s[start, end) with its line ends restored, and the note that says so; with
     * {@code headersBelow}, only its header lines (the rest follows on the lines below).
     */
    private void message(int start, int end, boolean headersBelow, boolean continuation) {
        int firstLine = lines();
        int first = continuation ? start : nextJoint(s, s.indexOf(VERSION, start), end, end);
        int second = nextJoint(s, first + 1, end, end, true);
        String lineEnd = joint(continuation && second >= 0 ? second : first);
        singleBlanks = lineEnd.equals(" ");
        String delimiter = headersBelow ? null : delimiter(start, end);
        int bodyStart = -1;
        int headersEnd = end;
        int multipart = delimiter == null ? -1 : Text.indexOf(s, " " + delimiter, start, end);
        if (multipart >= 0) {
            bodyStart = multipart + 1;
            headersEnd = multipart;
        }
        // after the header that can end the headers: a doubled line end before it may be a fold ("REFER,    NOTIFY")
        int gap = headersBelow || lineEnd.equals(" ") ? -1
                : Text.indexOf(s, lineEnd + lineEnd, lastHeaderBeforeBody(first, headersEnd), headersEnd);
        if (gap >= 0) {
            // the doubled line end: the empty line that ends the headers
            headersEnd = gap;
            bodyStart = skipLineEnds(gap, end);
            bodyStart = bodyStart < end ? bodyStart : -1;
        }
        int sdpAt = headersBelow || bodyStart >= 0 ? -1 : sdpStart(start, end);
        if (sdpAt >= 0) {
            bodyStart = sdpAt;
            headersEnd = sdpAt;
        }
        int declared = -1;
        int lineFrom = start;
        for (int j = first; j >= 0; j = nextJoint(s, j + 1, headersEnd, headersEnd, true)) {
            if (j > lineFrom) {
                out.copy(s, lineFrom, trimEnd(s, lineFrom, j)).put("\r\n", j);
            }
            lineFrom = j;
            int length = contentLength(j, headersEnd);
            declared = length >= 0 ? length : declared;
        }
        int bodyEnd = end;
        if (bodyStart < 0 && !headersBelow) {
            int[] after = textAfterLastHeader(lineFrom, headersEnd);
            if (after != null) {
                headersEnd = after[0];
                bodyStart = after[1];
            }
            int rule = dashRule(lineFrom, headersEnd);
            if (bodyStart < 0 && rule >= 0) {
                headersEnd = rule;
                bodyEnd = rule; // a log's rule after the message, not part of its last header
            }
        }
        out.copy(s, lineFrom, trimEnd(s, lineFrom, headersEnd)).put(headersBelow ? "\r\n" : "\r\n\r\n", headersEnd);
        boolean sdp = bodyStart >= 0 && multipart < 0 && s.startsWith("v=0", bodyStart);
        if (bodyStart >= 0) {
            bodyEnd = multipart >= 0 ? multipartBody(bodyStart, end, delimiter)
                    : sdp ? sdpBody(bodyStart, end, declared) : body(bodyStart, end, declared);
        }
        notes.add(firstLine, lines() - 1, FindingCode.BLANK_JOINED_LINES_SPLIT, continuation ? "this line of the"
                + " message held " + (multipart >= 0 || bodyStart >= 0 ? "header lines and its body" : "header lines")
                + " joined by " + describe(lineEnd) + "; it was cut before each header name (columns are still those of"
                + " that line)" : "this message "
                + (headersBelow ? "began with its start line and first header" + (second >= 0 && second < headersEnd
                        ? "s" : "") + " on one line, joined by blanks; they were cut apart"
                : "was one line of the paste, its line ends shown as " + describe(lineEnd) + "; it was cut into lines"
                        + " before each header name" + (multipart >= 0 ? ", multipart delimiter" : "")
                        + (sdp || multipart >= 0 && Text.indexOf(s, " v=0", multipart, end) >= 0 ? " and SDP field" : "")
                        + " and read with CRLF line ends") + " (columns are still those of that line)");
        // what follows the body that Content-Length declares: a log line, the next message's label
        ownLines(bodyEnd, end);
    }

    /**
     * Where the doubled line end that starts the body is looked for from: the Content-Length header when it declares
     * a body (the body's own text may hold "  From: "), else the last registered header name, so that a fold before
     * it is not taken for the empty line.
     */
    private int lastHeaderBeforeBody(int first, int to) {
        int last = first;
        for (int j = first; j >= 0; j = nextJoint(s, j + 1, to, to)) {
            if (contentLength(j, to) > 0) {
                return j;
            }
            last = j;
        }
        return last;
    }

    /** The line end the first header name stands after: "#015 ", a tab, or the run of spaces before it. */
    private String joint(int first) {
        if (first >= 1 + SYSLOG_CR.length() && s.startsWith(SYSLOG_CR + " ", first - 1 - SYSLOG_CR.length())) {
            return SYSLOG_CR + " ";
        }
        if (first >= 1 && s.charAt(first - 1) == '\t') {
            return "\t";
        }
        int a = first;
        while (a > 0 && first - a < 8 && s.charAt(a - 1) == ' ') {
            a--;
        }
        return " ".repeat(Math.max(1, first - a));
    }

    private static String describe(String lineEnd) {
        return switch (lineEnd) {
            case " " -> "blanks (as a page that collapses white space shows them)";
            case "  " -> "two spaces (as Chrome DevTools shows a WebSocket frame)";
            case "\t" -> "tabs";
            case SYSLOG_CR + " " -> "'#015 ' (rsyslog escaped the CR, the LF became a blank)";
            default -> "runs of " + lineEnd.length() + " spaces";
        };
    }

    /** Past the blanks and "#015"s at {@code from}. */
    private int skipLineEnds(int from, int to) {
        int i = from;
        while (i < to && (isBlank(s.charAt(i)) || s.startsWith(SYSLOG_CR, i))) {
            i += s.charAt(i) == '#' ? SYSLOG_CR.length() : 1;
        }
        return i;
    }

    /**
     * The last header's value and the text after it, when that header is Content-Length and text follows its number
     * (a body its line ends no longer set apart), or when an XML prolog follows: {where the headers end, where the body
     * starts}; null otherwise.
     */
    private int[] textAfterLastHeader(int header, int to) {
        int prolog = Text.indexOf(s, " <?xml", header, to);
        if (prolog >= 0) {
            return new int[] {prolog, prolog + 1};
        }
        int colon = contentLengthColon(s, header, to);
        if (colon < 0) {
            return null;
        }
        int i = colon + 1;
        while (i < to && isBlank(s.charAt(i))) {
            i++;
        }
        int digits = i;
        while (i < to && Text.isDigit(s.charAt(i))) {
            i++;
        }
        int body = skipLineEnds(i, to);
        return i > digits && body > i && body < to && s.charAt(body) != '-' ? new int[] {i, body} : null;
    }

    /** Where a run of ten or more dashes that ends s[from, to) starts (a log's rule), or -1. */
    private int dashRule(int from, int to) {
        int b = trimEnd(s, from, to);
        int a = b;
        while (a > from && s.charAt(a - 1) == '-') {
            a--;
        }
        return b - a >= 10 && a > from && isBlank(s.charAt(a - 1)) ? a : -1;
    }

    /**
     * Writes the SDP body s[from, to) a line per field. Its last field ends where the length {@code declared} (or -1)
     * puts it when its line ends are CRLF: the blank that stood for its last line end, before a log line. Returns where
     * it ended.
     */
    private int sdpBody(int from, int to, int declared) {
        int written = 0;
        int fieldFrom = from;
        while (fieldFrom < to) {
            int f = nextSdpField(fieldFrom + 1, to);
            int fieldEnd = trimEnd(s, fieldFrom, f < 0 ? to : f);
            int cut = declared < 0 || f >= 0 ? -1 : fieldFrom + declared - written - 2;
            if (cut > fieldFrom && cut < fieldEnd && isBlank(s.charAt(cut))) {
                out.copy(s, fieldFrom, cut).put("\r\n", cut);
                return cut;
            }
            out.copy(s, fieldFrom, fieldEnd).put("\r\n", fieldEnd);
            written += fieldEnd - fieldFrom + 2;
            if (f < 0 || written == declared) {
                return f < 0 ? to : f;
            }
            fieldFrom = f;
        }
        return to;
    }

    /**
     * Writes a body that is not SDP as one line, cut where {@code declared} (or -1) ends it at a blank: with its last
     * CRLF counted, or without.
     */
    private int body(int from, int to, int declared) {
        int end = to;
        for (int cut : new int[] {from + declared - 2, from + declared}) {
            if (declared > 0 && cut > from && cut < to && isBlank(s.charAt(cut))) {
                end = cut;
                break;
            }
        }
        out.copy(s, from, trimEnd(s, from, end)).put("\r\n", end);
        if (singleBlanks) {
            // its own line ends, if it had any, are single blanks now like its other blanks: a byte short each
            notes.markCollapsedBody(lines() - 1);
        }
        return end;
    }

    /** The multipart delimiter ("--" and the boundary) a Content-Type in s[from, to) declares, or null. */
    private String delimiter(int from, int to) {
        int at = Text.indexOf(s, "boundary=", from, to);
        if (at < 0) {
            return null;
        }
        int a = at + "boundary=".length();
        while (a < to && s.charAt(a) == ' ') {
            a++;
        }
        boolean quoted = a < to && s.charAt(a) == '"';
        int valueStart = quoted ? a + 1 : a;
        int b = valueStart;
        while (b < to && (quoted ? s.charAt(b) != '"' : !isBlank(s.charAt(b)) && s.charAt(b) != ';')) {
            b++;
        }
        return b > valueStart && b < to ? "--" + s.substring(valueStart, b) : null;
    }

    /**
     * Writes the multipart body s[from, to), which starts with its first delimiter: each delimiter on its line, each
     * part's headers cut before their names and its body after them. Returns where the closing delimiter ends.
     */
    private int multipartBody(int from, int to, String delimiter) {
        int at = from;
        while (at < to) {
            int delimiterEnd = at + delimiter.length();
            if (s.startsWith("--", delimiterEnd)) {
                out.copy(s, at, delimiterEnd + 2).put("\r\n", delimiterEnd + 2);
                return delimiterEnd + 2;
            }
            out.copy(s, at, delimiterEnd).put("\r\n", delimiterEnd);
            int next = Text.indexOf(s, " " + delimiter, delimiterEnd, to);
            int partEnd = next < 0 ? to : next;
            part(delimiterEnd, partEnd);
            at = partEnd == to ? to : next + 1;
        }
        return to;
    }

    /** Writes one part of a multipart body: its headers, the empty line, its body (SDP by field, XML as one line). */
    private void part(int from, int to) {
        int a = from;
        while (a < to && s.charAt(a) == ' ') {
            a++;
        }
        int bodyAt = sdpStart(a, to);
        if (bodyAt < 0) {
            // an XML body: the first '<' after a blank that opens no header value
            for (int i = Text.indexOf(s, " <", a, to); i >= 0; i = Text.indexOf(s, " <", i + 1, to)) {
                if (s.charAt(i - 1) != ':') {
                    bodyAt = i + 1;
                    break;
                }
            }
        }
        int headersEnd = bodyAt < 0 ? to : bodyAt;
        int lineFrom = a;
        for (int j = nextJoint(s, a + 1, headersEnd, headersEnd, true); j >= 0;
                j = nextJoint(s, j + 1, headersEnd, headersEnd, true)) {
            out.copy(s, lineFrom, trimEnd(s, lineFrom, j)).put("\r\n", j);
            lineFrom = j;
        }
        out.copy(s, lineFrom, trimEnd(s, lineFrom, headersEnd)).put("\r\n\r\n", headersEnd);
        if (bodyAt >= 0) {
            int end = trimEnd(s, bodyAt, to);
            if (s.startsWith("v=0", bodyAt)) {
                sdpBody(bodyAt, end, -1);
            } else {
                body(bodyAt, end, -1);
            }
        }
    }

    /** Where the colon of a Content-Length header whose name starts at {@code at} stands, or -1 for another header. */
    private static int contentLengthColon(String s, int at, int to) {
        int colon = HeaderSection.headerColon(s, at, Math.min(to, at + 40));
        return colon > at && HeaderCatalog.isContentLength(s, at, trimEnd(s, at, colon)) ? colon : -1;
    }

    /** The value of the Content-Length header whose name starts at {@code at}, or -1 for another header. */
    private int contentLength(int at, int to) {
        int colon = contentLengthColon(s, at, to);
        if (colon < 0) {
            return -1;
        }
        int i = colon + 1;
        while (i < to && isBlank(s.charAt(i))) {
            i++;
        }
        int value = 0;
        int digits = 0;
        for (; i < to && Text.isDigit(s.charAt(i)) && digits < 9; i++, digits++) {
            value = value * 10 + s.charAt(i) - '0';
        }
        return digits == 0 ? -1 : value;
    }

    /**
     * Writes the text s[from, to) around the messages, if any, on a line of its own; a run of dashes that ends it (a
     * FreeSWITCH trace's rule) on another, so that the log line before it is read as one.
     */
    private void ownLines(int from, int to) {
        int a = from;
        while (a < to && Text.isWsp(s.charAt(a))) {
            a++;
        }
        int b = trimEnd(s, a, to);
        if (a == b) {
            return;
        }
        int dashes = b;
        while (dashes > a && s.charAt(dashes - 1) == '-') {
            dashes--;
        }
        int text = trimEnd(s, a, dashes);
        if (b - dashes >= 10 && text > a) {
            out.copy(s, a, text).put('\n', text);
            a = dashes;
        }
        out.copy(s, a, b).put('\n', b);
    }

    /** Where an SDP body starts in s[from, to): "v=0" after a blank, before a blank, "#015" or the end; -1 when none. */
    private int sdpStart(int from, int to) {
        for (int i = Text.indexOf(s, "v=0", from + 1, to); i >= 0; i = Text.indexOf(s, "v=0", i + 1, to)) {
            int after = i + 3;
            if (isBlank(s.charAt(i - 1)) && (after == to || isBlank(s.charAt(after)) || s.startsWith(SYSLOG_CR, after))) {
                return i;
            }
        }
        return -1;
    }

    /** The next SDP field after a blank ("x=", x one of SDP's letters) in s[from, to), or -1. */
    private int nextSdpField(int from, int to) {
        for (int i = Math.max(from, 1); i + 1 < to; i++) {
            if (s.charAt(i + 1) == '=' && isBlank(s.charAt(i - 1)) && SDP_FIELDS.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the cells a table put after the message begin (" | 427 | 16:38:42.496": a frame's length and time), or -1:
     * one to four short cells, each after " | ", that end the line.
     */
    private static int tableCells(String s, int from, int to) {
        int at = to;
        int cells = 0;
        while (cells < 4) {
            int bar = at - 3;
            while (bar >= from && at - bar <= MAX_CELL && !s.startsWith(" | ", bar)) {
                bar--;
            }
            if (bar < from || at - bar > MAX_CELL || Text.indexOf(s, "|", bar + 2, at) >= 0
                    || headerNameAt(s, bar + 3, at, false)) {
                break; // a header after a bar: " | " stood for the line ends, this is the last header
            }
            at = bar;
            cells++;
        }
        return cells == 0 ? -1 : at;
    }

    /** True when [from, to) is a Markdown table's rule row: dashes between bars, "-- | -- | --". */
    private static boolean tableRule(String s, int from, int to) {
        int bars = 0;
        int dashes = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '|') {
                bars++;
            } else if (c == '-') {
                dashes++;
            } else if (c != ' ' && c != ':' && c != '\r' && c != '\t') {
                return false;
            }
        }
        return bars > 0 && dashes >= 2;
    }

    /**
     * The end of s[from, to) without the blanks, the CRs shown as {@code #015} and a bar after a blank (" | ", a viewer's
     * mark for a line end) that end it.
     */
    private static int trimEnd(String s, int from, int to) {
        while (to > from) {
            if (isBlank(s.charAt(to - 1)) || s.charAt(to - 1) == '|' && to - from >= 2 && isBlank(s.charAt(to - 2))) {
                to--;
            } else if (to - from >= SYSLOG_CR.length() && s.startsWith(SYSLOG_CR, to - SYSLOG_CR.length())) {
                to -= SYSLOG_CR.length();
            } else {
                break;
            }
        }
        return to;
    }

    /** The line ends written so far. */
    private int lines() {
        return lineEnds.count(out, out.length());
    }
}
