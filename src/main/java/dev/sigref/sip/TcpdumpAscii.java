package dev.sigref.sip;

/**
 * {@code tcpdump -A} prints each packet as text under its summary line, headers included: the IP and UDP or TCP
 * headers come out as a few characters of junk ('.' for the bytes it cannot print, a real line break where a header
 * byte was 0x0a) glued to the front of the start line, as in {@code E.....@.@..:\n...\n..4..c..x..REGISTER sip:...}.
 * Under each summary line, that junk is removed up to the start line it hides; the summary line stays, and gives the
 * message its time and addresses. A packet whose text holds no start line (a TCP acknowledgement) is left as it is.
 */
final class TcpdumpAscii {
    private TcpdumpAscii() {
    }

    /** The IP and transport headers fill at most 120 bytes; a few of them may be line breaks. */
    private static final int MAX_JUNK = 160;
    private static final int MAX_JUNK_LINES = 6;

    /** The text with the header bytes before each packet's start line removed, or the same instance when none is. */
    static String restore(String s, PasteNotes notes) {
        int gt = s.indexOf(" > ");
        Rewrite out = null;
        int copied = 0;
        int outLines = 0;
        while (gt >= 0) {
            int ls = Text.lineStart(s, gt);
            int le = Text.lineEnd(s, gt);
            int next = le < s.length() ? le + 1 : -1;
            if (next > 0 && ls >= copied && summary(s, ls, le)) {
                int start = gluedStartLine(s, next);
                if (start > next) {
                    if (out == null) {
                        out = new Rewrite(s.length());
                    }
                    out.copy(s, copied, next);
                    outLines += Text.countLineEnds(s, copied, next);
                    notes.add(outLines, outLines, FindingCode.CAPTURE_HEADER_BYTES_REMOVED, "tcpdump -A printed the"
                            + " packet's IP and transport headers as text before the start line ("
                            + Text.q(s.substring(next, start)) + ", " + Text.lineRange(notes.pasteLineOf(next),
                            notes.pasteLineOf(start)) + " of the paste); they were removed before decoding");
                    copied = start;
                    next = start;
                }
            }
            gt = next < 0 ? -1 : s.indexOf(" > ", Math.max(next, le));
        }
        return out == null ? s : notes.rewritten(s, out.copy(s, copied, s.length()));
    }

    /** A tcpdump summary line ({@code 12:13:58.723867 IP 10.0.0.1.5060 > 10.0.0.2.5060: UDP, length 368}). */
    private static boolean summary(String s, int ls, int le) {
        return LogDecorations.isTcpdumpSummary(s, ls, Text.withoutCr(s, ls, le));
    }

    /**
     * Where the start line begins in the junk that follows a summary line at {@code from}: after the header bytes, on
     * one of the first lines; -1 when there is none (or it begins the line, with nothing to remove).
     */
    private static int gluedStartLine(String s, int from) {
        int ls = from;
        for (int k = 0; k < MAX_JUNK_LINES && ls < s.length() && ls - from <= MAX_JUNK; k++) {
            int le = Text.lineEnd(s, ls);
            if (summary(s, ls, le)) {
                return -1; // the next packet: the one above had no payload (a TCP ACK), or tcpdump ran without -A
            }
            int e = Text.withoutCr(s, ls, le);
            int limit = Math.min(e, from + MAX_JUNK + 60);
            int status = Text.indexOf(s, "SIP/2.0 ", ls, limit);
            if (status >= 0 && StartLines.statusLineAt(s, status, e)) {
                return looksLikeHeaderBytes(s, from, status) ? status : -1;
            }
            int request = requestLineIn(s, ls, e);
            if (request >= 0) {
                return looksLikeHeaderBytes(s, from, request) ? request : -1;
            }
            ls = Text.nextLine(s, ls);
        }
        return -1;
    }

    /**
     * True when s[from, to) reads as header bytes printed by -A: at least a quarter of it dots (the bytes it cannot
     * print), so that a note someone wrote under the summary line ("the packet:") is not taken for them.
     */
    private static boolean looksLikeHeaderBytes(String s, int from, int to) {
        int dots = 0;
        int chars = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '\r') {
                chars++;
                dots += c == '.' ? 1 : 0;
            }
        }
        return chars > 0 && dots * 4 >= chars;
    }

    /**
     * The start of "METHOD SP Request-URI SP SIP/2.0" ending the line s[ls, e), with the method taken as the longest
     * registered method the junk before it ends in (header bytes may print as letters), else its run of capitals.
     */
    private static int requestLineIn(String s, int ls, int e) {
        int uriEnd = e - 8;
        if (uriEnd <= ls || !s.startsWith(" SIP/2.0", uriEnd)) {
            return -1;
        }
        int space = uriEnd - 1;
        while (space > ls && s.charAt(space) != ' ') {
            space--;
        }
        if (space <= ls || UriGrammar.schemeEnd(s, space + 1, uriEnd) <= 0) {
            return -1;
        }
        int run = space;
        while (run > ls && (s.charAt(run - 1) >= 'A' && s.charAt(run - 1) <= 'Z' || s.charAt(run - 1) == '-')
                && space - run < 32) {
            run--;
        }
        for (int m = run; m < space; m++) {
            if (StartLines.KNOWN_METHODS.contains(s.substring(m, space))) {
                return m;
            }
        }
        return space - run >= 3 ? run : -1;
    }
}
