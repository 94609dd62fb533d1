package dev.sigref.sip;

/**
 * Text copied from a web page, a PDF or a tool that turned every CRLF into two line breaks arrives double spaced: an
 * empty line after every line, so that a reader would take the first one for the end of the headers. A message whose
 * start line and first three header lines are each followed by exactly one empty line is read as such: in its text
 * every run of k empty lines stands for (k - 1) / 2 real ones. Findings keep the line numbers of the paste, and each such
 * message gets an info finding saying that it was read single spaced. The first message
 * decides: a copy is double spaced throughout, so a paste whose first message is not is read as it is. A paste that
 * mixes both leaves a later message without headers, and SipParser then reads it again with every message looked at.
 */
final class DoubleSpacing {
    private DoubleSpacing() {
    }

    private static final String VERSION = "SIP/2.0";
    /** Header lines that must each follow one empty line before a message counts as double spaced. */
    private static final int HEADERS_TO_CONFIRM = 3;

    /** The text with double-spaced messages single spaced, or the same instance when there is none. */
    static String restore(String s, PasteNotes notes) {
        return restore(s, notes, false);
    }

    /** @param everyMessage look past a first message that is single spaced, for a paste that mixes both */
    static String restore(String s, PasteNotes notes, boolean everyMessage) {
        int v = s.indexOf(VERSION);
        Rewrite out = null;
        int copied = 0;
        int outLine = 0;
        while (v >= 0) {
            int ls = s.lastIndexOf('\n', v - 1) + 1;
            String prefix = prefixOfStartLine(s, v, ls);
            if (prefix != null && !prefix.isEmpty() && ls >= copied && !doubleSpacedFrom(s, ls, prefix)
                    && doubleSpacedFrom(s, ls, "")) {
                // a label on the start line only ("decrypted app data fragment: REGISTER ..."): the header lines
                // stand bare, and the label is read once the message is single spaced
                prefix = "";
            }
            String quote = prefix == null || prefix.isEmpty() ? null : LinePrefixes.withoutMarker(prefix);
            if (quote != null && ls >= copied && !doubleSpacedFrom(s, ls, prefix) && doubleSpacedFrom(s, ls, quote)) {
                // "> Request-Line: INVITE ...": the label is on the start line only, the quote marks on every line
                prefix = quote;
            }
            if (prefix == null || ls < copied || !doubleSpacedFrom(s, ls, prefix)) {
                if (prefix != null && out == null && !everyMessage) {
                    return s; // the first message is single spaced, and so is the paste
                }
                // the rest of this line cannot hold another start line: look at it once
                int le = Text.lineEnd(s, v);
                v = le < s.length() ? s.indexOf(VERSION, le + 1) : -1;
                continue;
            }
            if (out == null) {
                out = new Rewrite(s.length());
            }
            out.copy(s, copied, ls);
            outLine += Text.countLineEnds(s, copied, ls);
            int first = outLine;
            int end = messageEnd(s, ls, prefix);
            int before = out.length();
            singleSpace(s, ls, end, prefix, out);
            int added = countLines(out, before);
            int last = first + Math.max(0, added - 1);
            outLine += added;
            copied = end;
            notes.add(first, last, FindingCode.DOUBLE_SPACED_PASTE, "the paste had an empty line after every line of"
                    + " this message (double spaced, as copies from web pages, PDFs or CR CR LF files are); read with"
                    + " the extra empty lines removed (line and column numbers are still those of the paste)");
            v = end < s.length() ? s.indexOf(VERSION, end) : -1;
        }
        return out == null ? s : notes.rewritten(s, out.copy(s, copied, s.length()));
    }

    /**
     * When "SIP/2.0" at {@code v} is part of a start line, the log prefix standing before it on its line ("" when the
     * start line begins the line); null when the line holds no start line. A log that prefixes every line can be
     * double spaced too (a web page's listing with a line number on each line), and its prefixes are removed later.
     */
    private static String prefixOfStartLine(String s, int v, int ls) {
        int after = v + VERSION.length();
        if (after < s.length() && s.charAt(after) == '/') {
            return null; // Via
        }
        int le = Text.lineEnd(s, ls);
        if (StartLines.looksLikeStartLine(s, ls, le)
                && (s.startsWith(VERSION, ls) || LinePrefixes.writtenStartLine(s, ls, Text.withoutCr(s, ls, le)))) {
            return ""; // a start line that begins its line ("DEBUG INVITE sip:... SIP/2.0" is a prefixed one)
        }
        int start = LinePrefixes.prefixedStartLine(s, ls, le);
        return start > ls ? s.substring(ls, start) : null;
    }

    /** Where the text of the line [ls, le) starts after the prefix, or -1 when it does not carry it. */
    private static int afterPrefix(String s, int ls, int le, String prefix) {
        return prefix.isEmpty() ? ls : LinePrefixes.afterPrefix(s, ls, le, prefix);
    }

    /** True when the line at {@code ls} and the next header lines are each followed by exactly one empty line. */
    private static boolean doubleSpacedFrom(String s, int ls, String prefix) {
        int pos = Text.nextLine(s, ls);
        for (int k = 0; k < HEADERS_TO_CONFIRM; k++) {
            if (pos >= s.length() || !blank(s, pos, prefix)) {
                return false;
            }
            pos = Text.nextLine(s, pos);
            if (pos >= s.length() || blank(s, pos, prefix)) {
                return false;
            }
            int le = Text.lineEnd(s, pos);
            int content = afterPrefix(s, pos, le, prefix);
            // a folded continuation the copy doubled too stands on its own after the empty line
            boolean continuation = k > 0 && content >= 0 && content < le && Text.isWsp(s.charAt(content));
            if (content < 0 || HeaderSection.headerColon(s, content, le) < 0 && !continuation) {
                return false;
            }
            pos = Text.nextLine(s, pos);
            // a folded continuation may follow its header line directly (the copy doubled only the line ends it saw)
            while (pos < s.length() && Text.isWsp(s.charAt(pos)) && !blank(s, pos, prefix)) {
                pos = Text.nextLine(s, pos);
            }
        }
        return true;
    }

    /**
     * Where the message ends: the start of the next line that begins with a start line (after the same prefix, for a
     * prefixed message), or the end of the text.
     */
    private static int messageEnd(String s, int ls, String prefix) {
        int pos = Text.nextLine(s, ls);
        while (pos < s.length()) {
            int le = Text.lineEnd(s, pos);
            int content = afterPrefix(s, pos, le, prefix);
            if (content >= 0 && StartLines.looksLikeStartLine(s, content, le)) {
                return pos;
            }
            pos = Text.nextLine(s, pos);
        }
        return s.length();
    }

    /** Copies s[from, to) with every run of k empty lines cut to (k - 1) / 2. */
    private static void singleSpace(String s, int from, int to, String prefix, Rewrite out) {
        int pos = from;
        int run = 0;
        int runStart = -1;
        while (pos < to) {
            int nx = Math.min(Text.nextLine(s, pos), to);
            if (blank(s, pos, prefix)) {
                if (run == 0) {
                    runStart = pos;
                }
                run++;
            } else {
                keepEmptyLines(s, runStart, run, out);
                run = 0;
                out.copy(s, pos, nx);
            }
            pos = nx;
        }
        keepEmptyLines(s, runStart, run, out);
    }

    private static void keepEmptyLines(String s, int runStart, int run, Rewrite out) {
        int p = runStart;
        for (int k = 0; k < (run - 1) / 2; k++) {
            int nx = Text.nextLine(s, p);
            out.copy(s, p, nx);
            p = nx;
        }
    }

    /**
     * An empty line of the message: blank, or in a quoted reply (prefix "> ") a line of quote marks alone, which is how
     * a mail client quotes an empty line.
     */
    private static boolean blank(String s, int lineStart, String prefix) {
        int le = Text.lineEnd(s, lineStart);
        if (Text.isBlank(s, lineStart, le)) {
            return true;
        }
        if (prefix.indexOf('>') < 0) {
            return false;
        }
        int text = Text.afterQuoteMarks(s, lineStart, le);
        return text > lineStart && Text.isBlank(s, text, le);
    }

    /** Lines in out[from, end): line ends, plus one for a last line without its own. */
    private static int countLines(Rewrite out, int from) {
        int n = Text.countLineEnds(out, from, out.length());
        return out.length() > from && out.charAt(out.length() - 1) != '\n' ? n + 1 : n;
    }
}
