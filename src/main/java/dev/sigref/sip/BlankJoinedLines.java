package dev.sigref.sip;

import java.util.ArrayList;
import java.util.List;

/**
 * Some copies turn a message's line ends into blanks and leave the whole message on one line: Chrome DevTools'
 * WebSocket frames pasted as a table show each CRLF as two spaces (with the frame's length and time in cells after
 * it), and pages that collapse white space (HTML without {@code <pre>}, reposts) leave one space. Such a line holds a
 * start line followed by header names, each after a blank and before its colon. It is cut back into lines before each
 * registered header name, where the body starts ({@code v=0}, or four blanks where two stood for a line end) and
 * before each SDP field of an SDP body; the text before the start line and a table's cells after the message get
 * lines of their own, and a line may hold several such messages. Anything else stays as it is.
 */
final class BlankJoinedLines {

    private static final String VERSION = "SIP/2.0";
    /** Header names after a start line that make a line a joined message; one or two could be prose naming headers. */
    private static final int MIN_JOINTS = 3;
    /** The longest reason phrase looked past between a status code and the first header name. */
    private static final int MAX_REASON = 120;
    /** How far after a start line its third header name may stand (a long Authorization or Via comes first). */
    private static final int JOINTS_WITHIN = 4096;
    /** How far before its version a request line's method is looked for. */
    private static final int MAX_REQUEST_LINE = 512;
    /** SDP's field letters (RFC 8866 §5), each of which starts a line of the body. */
    private static final String SDP_FIELDS = "vosiuepcbtrzkam";
    /** The longest table cell after a message, with its bar: a length, a time. */
    private static final int MAX_CELL = 40;
    /** rsyslog's escape of a CR: a log that escaped only the CR shows each line end as "#015 ". */
    private static final String SYSLOG_CR = "#015";

    private final String s;
    private final PasteNotes notes;
    private final Rewrite out;
    private int counted;
    private int outLines;

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
        while (pos < s.length()) {
            int v = s.indexOf(VERSION, pos);
            if (v < 0) {
                break;
            }
            int lineStart = s.lastIndexOf('\n', v) + 1;
            int nl = s.indexOf('\n', v);
            int lineEnd = nl < 0 ? s.length() : nl;
            List<Integer> starts = messageStarts(s, lineStart, v, Text.withoutCr(s, lineStart, lineEnd));
            pos = nl < 0 ? s.length() : nl + 1;
            if (starts.isEmpty() || continues(s, pos)) {
                continue;
            }
            if (pass == null) {
                pass = new BlankJoinedLines(s, notes);
            }
            pass.out.copy(s, copied, lineStart);
            pass.line(lineStart, starts, Text.withoutCr(s, lineStart, lineEnd), lineEnd);
            copied = pos;
            int next = s.indexOf('\n', pos);
            int nextEnd = next < 0 ? s.length() : next;
            if (pos < s.length() && tableRule(s, pos, nextEnd)) {
                // the "-- | -- | --" row under a table's first row, which here was a frame
                pass.out.copy(s, pos, nextEnd).put('\n', nextEnd);
                notes.markRecordRemnant(pass.lines() - 1);
                pos = next < 0 ? s.length() : next + 1;
                copied = pos;
            }
        }
        return pass == null ? s : notes.rewritten(s, pass.out.copy(s, Math.min(copied, s.length()), s.length()));
    }

    /**
     * True when the line at {@code from} goes on with header names: the joined message was also hard-wrapped, and
     * cutting only its first line would leave the rest as a body.
     */
    private static boolean continues(String s, int from) {
        int nl = s.indexOf('\n', from);
        int end = nl < 0 ? s.length() : nl;
        if (from >= end || !headerNameAt(s, from, end, false) && nextJoint(s, from, end, JOINTS_WITHIN) < 0) {
            return false;
        }
        int v = Text.indexOf(s, VERSION, from, end);
        return v < 0 || messageStarts(s, from, v, Text.withoutCr(s, from, end)).isEmpty();
    }

    /**
     * Where the joined messages on the line [lineStart, lineEnd) start, the first of them with its version at or after
     * {@code v}; empty for a normal start line, prose, or a Via's "SIP/2.0/UDP".
     */
    private static List<Integer> messageStarts(String s, int lineStart, int v, int lineEnd) {
        List<Integer> starts = new ArrayList<>(1);
        int from = lineStart;
        for (int w = v; w >= 0; w = Text.indexOf(s, VERSION, w + VERSION.length(), lineEnd)) {
            int start = messageStart(s, from, w, lineEnd);
            if (start >= 0) {
                starts.add(start);
                from = w + VERSION.length();
            }
        }
        return starts;
    }

    /**
     * Where the start line whose version stands at {@code v} begins (not before {@code from}), when header names
     * joined by blanks follow it on its line; -1 otherwise.
     */
    private static int messageStart(String s, int from, int v, int lineEnd) {
        int afterVersion = v + VERSION.length();
        int cr = s.startsWith(SYSLOG_CR, afterVersion) ? SYSLOG_CR.length() : 0;
        if (afterVersion + cr >= lineEnd || s.charAt(afterVersion + cr) != ' ') {
            return -1;
        }
        boolean status = StartLines.statusLineAt(s, v, lineEnd);
        int first = nextJoint(s, status ? v + 12 : afterVersion, lineEnd, status ? MAX_REASON : 5 + cr);
        if (first < 0) {
            return -1;
        }
        int joints = 1;
        int limit = first + JOINTS_WITHIN;
        for (int j = nextJoint(s, first + 1, lineEnd, JOINTS_WITHIN); j >= 0 && j < limit && joints < MIN_JOINTS;
                j = nextJoint(s, j + 1, lineEnd, limit - j)) {
            joints++;
        }
        if (joints < MIN_JOINTS) {
            return -1;
        }
        if (status) {
            return v >= from ? v : -1;
        }
        int headFrom = Math.max(from, v - MAX_REQUEST_LINE);
        int start = EscapedLineEnds.startLineStart(s.substring(headFrom, afterVersion));
        return start < 0 ? -1 : headFrom + start;
    }

    /**
     * The next header name in s[from, from + within) that follows a blank and is followed by its colon, outside
     * double quotes; -1 when there is none.
     */
    private static int nextJoint(String s, int from, int to, int within) {
        return nextJoint(s, from, to, within, false);
    }

    /**
     * As above; with {@code anyName}, an extension header's name counts too: any name after two blanks or after a CR
     * shown as {@code #015}, and after one blank a capitalised name with a hyphen ({@code X-Correlation-Info:}).
     */
    private static int nextJoint(String s, int from, int to, int within, boolean anyName) {
        boolean quoted = false;
        int limit = (int) Math.min(to, (long) from + within);
        for (int i = Math.max(from, 1); i < limit; i++) {
            char c = s.charAt(i);
            if (c == '"' && s.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && s.charAt(i - 1) == ' ' && Text.isAlpha(c) && headerNameAt(s, i, to, anyName)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when a registered header name and its colon start at {@code at}. A compact form counts only after two
     * blanks: after one, "a: b" is as likely to be prose.
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
        boolean lineEnd = at >= 2 && s.charAt(at - 2) == ' ' || s.startsWith(SYSLOG_CR, at - 1 - SYSLOG_CR.length());
        if (HeaderCatalog.lookup(s, at, end) == null) {
            return anyName && end - at > 1 && (lineEnd || Character.isUpperCase(s.charAt(at))
                    && Text.indexOf(s, "-", at, end) >= 0);
        }
        return end - at > 1 || lineEnd;
    }

    /** Writes the line [lineStart, lineEnd) as the lines it stands for; {@code end} is where its CR, if any, starts. */
    private void line(int lineStart, List<Integer> starts, int end, int lineEnd) {
        // a log's "recv 903 bytes from ..." or a label: on its own line it is read as decoration or shown
        ownLines(lineStart, starts.get(0));
        int cells = tableCells(s, starts.get(starts.size() - 1), end);
        for (int k = 0; k < starts.size(); k++) {
            int to = k + 1 < starts.size() ? starts.get(k + 1) : cells >= 0 ? cells : end;
            message(starts.get(k), trimEnd(s, starts.get(k), to));
        }
        if (cells >= 0) {
            out.copy(s, cells, end).put('\n', lineEnd);
            notes.markRecordRemnant(lines() - 1);
        }
    }

    /** Writes the message s[start, end) with its line ends restored, and the note that says so. */
    private void message(int start, int end) {
        int firstLine = lines();
        int version = s.indexOf(VERSION, start);
        String delimiter = delimiter(start, end);
        int multipart = delimiter == null ? -1 : Text.indexOf(s, " " + delimiter, start, end);
        multipart = multipart < 0 ? -1 : multipart + 1;
        int bodyStart = multipart >= 0 ? multipart : bodyStart(start, end);
        int headersEnd = bodyStart < 0 ? end : bodyStart;
        boolean twoBlanks = false;
        int declared = -1;
        int lineFrom = start;
        boolean syslogCr = false;
        for (int j = nextJoint(s, version, headersEnd, headersEnd); j >= 0; j = nextJoint(s, j + 1, headersEnd,
                headersEnd, true)) {
            twoBlanks |= s.charAt(j - 2) == ' ';
            syslogCr |= s.startsWith(SYSLOG_CR, j - 1 - SYSLOG_CR.length());
            out.copy(s, lineFrom, trimEnd(s, lineFrom, j)).put("\r\n", j);
            lineFrom = j;
            if (declared < 0) {
                declared = contentLength(j, headersEnd);
            }
        }
        if (bodyStart < 0 && twoBlanks) {
            // two blanks for each line end: the empty line left four
            int gap = Text.indexOf(s, "    ", lineFrom, end);
            if (gap >= 0) {
                int after = gap;
                while (after < end && s.charAt(after) == ' ') {
                    after++;
                }
                bodyStart = after < end ? after : -1;
                headersEnd = bodyStart < 0 ? end : gap;
            }
        }
        out.copy(s, lineFrom, trimEnd(s, lineFrom, headersEnd)).put("\r\n\r\n", headersEnd);
        boolean sdp = multipart < 0 && bodyStart >= 0 && s.startsWith("v=0", bodyStart);
        int bodyEnd = bodyStart < 0 ? end : multipart >= 0 ? multipartBody(bodyStart, end, delimiter)
                : sdp ? sdpBody(bodyStart, end, declared) : body(bodyStart, end, declared);
        notes.add(firstLine, lines() - 1, FindingCode.BLANK_JOINED_LINES_SPLIT, "this message was one line of the"
                + " paste, its line ends shown as " + (syslogCr ? "'#015 ' (rsyslog escaped the CR, the LF became a blank)"
                : twoBlanks ? "two spaces (as Chrome DevTools shows a WebSocket frame)"
                : "blanks (as a page that collapses white space shows them)")
                + "; it was cut into lines before each header name" + (multipart >= 0 ? ", multipart delimiter"
                : "") + (sdp || multipart >= 0 && Text.indexOf(s, " v=0", multipart, end) >= 0 ? " and SDP field" : "")
                + " and read with CRLF line ends (columns are still those of that line)");
        // what follows the body that Content-Length declares: a log line, the next message's label
        ownLines(bodyEnd, end);
    }

    /**
     * Writes the SDP body s[from, to) a line per field, up to the length {@code declared} (or -1) takes when its
     * line ends are CRLF: the blank that stood for its last line end is where it ends. Returns where it ended.
     */
    private int sdpBody(int from, int to, int declared) {
        int written = 0;
        int fieldFrom = from;
        while (fieldFrom < to) {
            int f = nextSdpField(fieldFrom + 1, to);
            int fieldEnd = trimEnd(s, fieldFrom, f < 0 ? to : f);
            int cut = declared < 0 ? -1 : fieldFrom + declared - written - 2;
            if (cut > fieldFrom && cut < fieldEnd && s.charAt(cut) == ' ') {
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
        int b = quoted ? a + 1 : a;
        while (b < to && (quoted ? s.charAt(b) != '"' : s.charAt(b) != ' ' && s.charAt(b) != ';')) {
            b++;
        }
        int from2 = quoted ? a + 1 : a;
        return b > from2 && b < to ? "--" + s.substring(from2, b) : null;
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
        int bodyAt = bodyStart(a, to);
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

    /** Writes a body that is not SDP as one line, cut where {@code declared} (or -1) ends it at a blank. */
    private int body(int from, int to, int declared) {
        int cut = declared < 0 ? -1 : from + declared - 2;
        int end = cut > from && cut < to && s.charAt(cut) == ' ' ? cut : to;
        out.copy(s, from, end).put("\r\n", end);
        return end;
    }

    /** The value of the Content-Length header whose name starts at {@code at}, or -1 for another header. */
    private int contentLength(int at, int to) {
        int colon = HeaderSection.headerColon(s, at, Math.min(to, at + 40));
        int nameEnd = at;
        while (nameEnd < colon && Text.isTokenChar(s.charAt(nameEnd))) {
            nameEnd++;
        }
        if (colon < 0 || !HeaderCatalog.isContentLength(s, at, nameEnd)) {
            return -1;
        }
        int i = colon + 1;
        while (i < to && s.charAt(i) == ' ') {
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

    /** Where an SDP body starts in s[from, to): "v=0" after a blank; -1 when none. */
    private int bodyStart(int from, int to) {
        for (int i = Text.indexOf(s, " v=0", from, to); i >= 0; i = Text.indexOf(s, " v=0", i + 1, to)) {
            if (i + 4 == to || s.charAt(i + 4) == ' ') {
                return i + 1;
            }
        }
        return -1;
    }

    /** The next SDP field after a blank ("x=", x one of SDP's letters, not inside a word) in s[from, to), or -1. */
    private int nextSdpField(int from, int to) {
        for (int i = Math.max(from, 1); i + 1 < to; i++) {
            if (s.charAt(i + 1) == '=' && s.charAt(i - 1) == ' ' && SDP_FIELDS.indexOf(s.charAt(i)) >= 0) {
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
            if (bar < from || at - bar > MAX_CELL || Text.indexOf(s, "|", bar + 2, at) >= 0) {
                break;
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

    /** The end of s[from, to) without the blanks, and CRs shown as {@code #015}, that end it. */
    private static int trimEnd(String s, int from, int to) {
        while (to > from) {
            if (Text.isWsp(s.charAt(to - 1))) {
                to--;
            } else if (to - from >= SYSLOG_CR.length() && s.startsWith(SYSLOG_CR, to - SYSLOG_CR.length())) {
                to -= SYSLOG_CR.length();
            } else {
                break;
            }
        }
        return to;
    }

    /** The line ends written so far, counted as the output grows. */
    private int lines() {
        outLines += Text.countLineEnds(out, counted, out.length());
        counted = out.length();
        return outLines;
    }
}
