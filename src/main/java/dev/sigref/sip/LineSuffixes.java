package dev.sigref.sip;

/**
 * Text a page left at the end of every line it shows: an HTML line break ({@code <br>}, {@code </br>},
 * {@code <br/>}) when SIP text went through a web page's markup, or the pipes of a table cell (" | |") when it was
 * copied from a rendered table such as a gist's. Every header value then ends in text that is no part of it. When the
 * first line and nearly all the others end in the same such suffix, it is removed from every line, with an info
 * finding; a paste whose first line is clean is left alone (a message whose HTML body ends its lines in {@code <br>}
 * keeps them).
 */
final class LineSuffixes {
    private LineSuffixes() {
    }

    /** The text without the suffix, or the same instance when its lines do not carry one. */
    static String restore(String s, PasteNotes notes) {
        s = breaksOnOneLine(s, notes);
        int first = Text.firstNonBlankLine(s);
        if (first >= s.length()) {
            return s;
        }
        int content = Text.withoutCr(s, first, Text.lineEnd(s, first));
        String suffix = suffixOf(s, first, content);
        if (suffix == null || !EveryLine.nearly(s, (t, from, end, c) -> Text.isBlank(t, from, c) ? -1
                : suffixStart(t, from, c, suffix) >= 0 ? 1 : 0)) {
            return s;
        }
        EveryLine.Result out = EveryLine.cut(s, (t, from, c) -> {
            int cut = suffixStart(t, from, c, suffix);
            return cut < 0 ? c : cut;
        });
        notes.add(0, out.lines(), FindingCode.LINE_SUFFIX_REMOVED, "every line of the paste ended in " + Text.q(suffix.strip())
                + (suffix.contains("|") ? ", the cell borders of the table it was copied from"
                : ", an HTML line break left by the page it was copied from") + "; it was removed from each line"
                + " before decoding (positions are still those of the paste)");
        return notes.rewritten(s, out.text());
    }

    /** The fewest HTML line breaks on the first line that make it a message whose line ends became markup. */
    private static final int MIN_BREAKS = 3;

    /**
     * A message whose line ends all became HTML line breaks on one line ("INVITE sip:b SIP/2.0<br />Via: ..."), as a
     * page's source or a rich-text copy gives: when the first line starts with a start line ended by such a break and
     * holds at least {@link #MIN_BREAKS} of them, each break in the paste is read as a line end.
     */
    private static String breaksOnOneLine(String s, PasteNotes notes) {
        int ls = Text.firstNonBlankLine(s);
        if (ls >= s.length()) {
            return s;
        }
        int le = Text.lineEnd(s, ls);
        int firstBreak = nextBreak(s, ls, le);
        if (firstBreak < 0 || !StartLines.looksLikeStartLine(s, ls, firstBreak)) {
            return s;
        }
        int count = 0;
        for (int b = firstBreak; b >= 0 && count < MIN_BREAKS; b = nextBreak(s, breakEnd(s, b), le)) {
            count++;
        }
        if (count < MIN_BREAKS) {
            return s;
        }
        Rewrite out = new Rewrite(s.length());
        int copied = 0;
        int breaks = 0;
        for (int b = nextBreak(s, 0, s.length()); b >= 0; b = nextBreak(s, copied, s.length())) {
            out.copy(s, copied, b);
            copied = breakEnd(s, b);
            if (copied < s.length() && s.charAt(copied) != '\n' && s.charAt(copied) != '\r') {
                out.put('\n', b); // a break already followed by a line end only goes
            }
            breaks++;
        }
        out.copy(s, copied, s.length());
        notes.add(0, Text.countLineEnds(out, 0, out.length()), FindingCode.LINE_SUFFIX_REMOVED, "the paste's line ends"
                + " were HTML line breaks (" + breaks + " of them, such as " + Text.q(s.substring(firstBreak,
                breakEnd(s, firstBreak))) + ") with the message on one line, as a page's markup shows it; each was read"
                + " as a line end (positions are still those of the paste)");
        return notes.rewritten(s, out);
    }

    /** Where the next {@code <br>}, {@code <br/>}, {@code <br />} or {@code </br>} in s[from, to) starts, or -1. */
    private static int nextBreak(String s, int from, int to) {
        for (int lt = Text.indexOf(s, "<", from, to); lt >= 0; lt = Text.indexOf(s, "<", lt + 1, to)) {
            if (breakEnd(s, lt) > lt) {
                return lt;
            }
        }
        return -1;
    }

    /** The end of the HTML line break at {@code lt}, or {@code lt} when none starts there. */
    private static int breakEnd(String s, int lt) {
        int i = lt + 1;
        if (i < s.length() && s.charAt(i) == '/') {
            i++;
        }
        if (i + 2 > s.length() || !s.regionMatches(true, i, "br", 0, 2)) {
            return lt;
        }
        i += 2;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '/') {
            i++;
        }
        return i < s.length() && s.charAt(i) == '>' ? i + 1 : lt;
    }

    /**
     * The suffix s[from, to) ends in, with the blanks before it, or null: an HTML line break, or a run of table-cell
     * pipes separated by blanks.
     */
    private static String suffixOf(String s, int from, int to) {
        int e = to;
        while (e > from && Text.isWsp(s.charAt(e - 1))) {
            e--;
        }
        int lt = s.lastIndexOf('<', e - 1);
        if (lt >= from && e - lt <= 6 && s.charAt(e - 1) == '>') {
            String tag = s.substring(lt, e).toLowerCase(java.util.Locale.ROOT).replace(" ", "");
            if (tag.equals("<br>") || tag.equals("<br/>") || tag.equals("</br>")) {
                return withBlanksBefore(s, from, lt, e);
            }
            return null;
        }
        int p = e;
        int pipes = 0;
        while (p > from && (s.charAt(p - 1) == '|' || Text.isWsp(s.charAt(p - 1)))) {
            pipes += s.charAt(p - 1) == '|' ? 1 : 0;
            p--;
        }
        if (pipes == 0 || p == from) {
            return null;
        }
        while (p < e && Text.isWsp(s.charAt(p))) {
            p++;
        }
        return withBlanksBefore(s, from, p, e);
    }

    private static String withBlanksBefore(String s, int from, int at, int end) {
        int b = at;
        while (b > from && Text.isWsp(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(b, end);
    }

    /**
     * Where s[from, to) ends in the suffix (its blanks may differ, as may blanks after it), or -1. A line of only the
     * suffix, a copied empty line, loses it whole.
     */
    private static int suffixStart(String s, int from, int to, String suffix) {
        int e = to;
        while (e > from && Text.isWsp(s.charAt(e - 1))) {
            e--;
        }
        String core = suffix.strip();
        if (e - from < core.length() || !s.regionMatches(true, e - core.length(), core, 0, core.length())) {
            return -1;
        }
        int b = e - core.length();
        while (b > from && Text.isWsp(s.charAt(b - 1))) {
            b--;
        }
        return b;
    }
}
