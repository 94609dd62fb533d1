package dev.sigref.sip;

import java.util.regex.Pattern;

/**
 * Messages copied from an RFC's or Internet-Draft's text (RFC 3665, 5359, 4475...) carry its page breaks: padding lines, a footer
 * ("Johnston, et al.   Best Current Practice   [Page 12]"), a form feed, a running header ("RFC 3665   SIP Basic Call
 * Flow Examples   December 2003") and more empty lines, often in the middle of a header section, where the first
 * empty line would end the headers. Each break is cut out; the empty lines around it are dropped too, except one when
 * the break falls between the last header line and a body, where the message has its own empty line.
 */
final class RfcPageBreaks {
    private RfcPageBreaks() {
    }

    private static final String PAGE = "[Page ";
    /** The footer line: author, category, [Page n], written flush left. */
    private static final Pattern FOOTER = Pattern.compile("\\S.*\\s\\[Page \\d{1,4}\\]\\s*");
    /** The running header: RFC number (or Internet-Draft), title, month and year. */
    private static final Pattern HEADER = Pattern.compile("\f?(RFC \\d{1,5}|Internet-Draft)\\s.*\\s(January|February"
            + "|March|April|May|June|July|August|September|October|November|December) \\d{4}\\s*");

    /** The text without RFC page breaks, or the same instance when there is none. */
    static String restore(String s, PasteNotes notes) {
        int page = s.indexOf(PAGE);
        if (page < 0) {
            return s;
        }
        Rewrite out = null;
        int copied = 0;
        int outLine = 0;
        while (page >= 0) {
            int footerStart = Text.lineStart(s, page);
            int footerEnd = Text.lineEnd(s, page);
            int headerStart = footerEnd < s.length() ? nextNonBlank(s, footerEnd + 1) : -1;
            if (footerStart < copied || headerStart < 0 || !FOOTER.matcher(line(s, footerStart)).matches()
                    || !HEADER.matcher(line(s, headerStart)).matches()) {
                page = footerEnd < s.length() ? s.indexOf(PAGE, footerEnd) : -1;
                continue;
            }
            int headerEnd = Text.lineEnd(s, headerStart);
            // never behind what is already copied: two breaks may share one run of blank lines
            int cutFrom = Math.max(copied, blankRunStart(s, footerStart));
            int after = headerEnd < s.length() ? nextNonBlank(s, headerEnd + 1) : -1;
            int cutTo = after < 0 ? s.length() : after;
            if (out == null) {
                out = new Rewrite(s.length());
            }
            out.copy(s, copied, cutFrom);
            outLine += Text.countLineEnds(s, copied, cutFrom);
            if (keepsOneEmptyLine(s, cutFrom, footerStart, after)) {
                out.put(cutFrom >= 2 && s.charAt(cutFrom - 2) == '\r' ? "\r\n" : "\n", footerStart);
                outLine++;
            }
            int joinLine = outLine;
            notes.add(Math.max(0, joinLine - 1), joinLine, FindingCode.RFC_PAGE_BREAK_REMOVED,
                    "the message was copied from an RFC's text: the page break in it ("
                    + Text.q(s.substring(footerStart, footerEnd).trim()) + ", then the running header) was"
                    + " removed with the empty lines around it (line and column numbers are still those of the paste)");
            copied = cutTo;
            page = cutTo < s.length() ? s.indexOf(PAGE, cutTo) : -1;
        }
        return out == null ? s : notes.rewritten(s, out.copy(s, copied, s.length()));
    }

    /**
     * Whether the blank lines around the break held the message's own empty line: the break falls after a header line
     * and before a line that is neither a header nor the continuation of one (indented deeper), or at the end of the
     * text after a blank line.
     */
    private static boolean keepsOneEmptyLine(String s, int cutFrom, int footerStart, int after) {
        if (cutFrom == 0) {
            return false;
        }
        if (after < 0) {
            return cutFrom < footerStart;
        }
        int before = Text.lineStart(s, cutFrom - 1);
        return isHeaderLine(s, before) && !isHeaderLine(s, after) && indent(s, after) <= indent(s, before);
    }

    private static int indent(String s, int lineStart) {
        int i = lineStart;
        while (i < s.length() && Text.isWsp(s.charAt(i))) {
            i++;
        }
        return i - lineStart;
    }

    private static String line(String s, int lineStart) {
        return s.substring(lineStart, Text.withoutCr(s, lineStart, Text.lineEnd(s, lineStart)));
    }

    /** The start of the first line at or after {@code from} that is not blank (form feeds count as blank), or -1. */
    private static int nextNonBlank(String s, int from) {
        int ls = from;
        while (ls < s.length()) {
            int le = Text.lineEnd(s, ls);
            if (!blank(s, ls, le)) {
                return ls;
            }
            ls = le + 1;
        }
        return -1;
    }

    /** The start of the run of blank lines that ends just before the line at {@code lineStart}. */
    private static int blankRunStart(String s, int lineStart) {
        int start = lineStart;
        while (start > 0) {
            int prev = Text.lineStart(s, start - 1);
            if (!blank(s, prev, start - 1)) {
                break;
            }
            start = prev;
        }
        return start;
    }

    private static boolean blank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    /** "name: value" after any indentation, as the header lines of a message quoted in an RFC are. */
    private static boolean isHeaderLine(String s, int lineStart) {
        int i = lineStart;
        int le = Text.lineEnd(s, lineStart);
        while (i < le && Text.isWsp(s.charAt(i))) {
            i++;
        }
        return HeaderSection.headerColon(s, i, le) >= 0;
    }
}
