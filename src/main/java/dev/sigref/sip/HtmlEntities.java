package dev.sigref.sip;

/**
 * SIP copied from a page's HTML source or from an XML trace, where the text was escaped: {@code <} as {@code &lt;},
 * {@code "} as {@code &quot;}, {@code &} as {@code &amp;}. Every name-addr then reads as a display name without its
 * URI. When two header lines of registered headers hold an escaped angle bracket ({@code From: &lt;sip:...&gt;}), the
 * whole paste was escaped, and every character reference in it is turned back into its character, with an info finding
 * on each message; a paste whose headers hold none is left alone, so that an XML body's own {@code &lt;} stays as
 * written.
 */
final class HtmlEntities {
    private HtmlEntities() {
    }

    /** The longest reference read: "&#x10FFFF;". */
    private static final int MAX_REFERENCE = 10;

    /** The text with its character references written out, or the same instance when its headers were not escaped. */
    static String restore(String s, PasteNotes notes) {
        int amp = s.indexOf('&');
        if (amp < 0 || !escapedHeader(s, amp)) {
            return s;
        }
        Rewrite out = new Rewrite(s.length());
        int copied = 0;
        int count = 0;
        while (amp >= 0) {
            int semi = Text.indexOf(s, ";", amp + 1, Math.min(s.length(), amp + MAX_REFERENCE + 1));
            int c = semi < 0 ? -1 : character(s, amp + 1, semi);
            if (c >= 0) {
                out.copy(s, copied, amp);
                out.put(new String(Character.toChars(c)), amp);
                copied = semi + 1;
                count++;
            }
            amp = s.indexOf('&', semi < 0 || c < 0 ? amp + 1 : semi + 1);
        }
        out.copy(s, copied, s.length());
        String text = notes.rewritten(s, out);
        int lines = Text.countLineEnds(text, 0, text.length());
        notes.add(0, lines, FindingCode.HTML_ENTITIES_DECODED, "the paste was HTML-escaped, as a page's source or an XML"
                + " trace holds SIP text ('&lt;' for '<', '&quot;' for '\"'); its " + count + " character reference"
                + (count == 1 ? " was" : "s were") + " turned back into characters before decoding (positions are"
                + " still those of the paste)");
        return text;
    }

    /**
     * True when, from the first '&' at {@code amp} on, two header lines of registered headers (or continuation lines
     * of them) hold "&lt;" before a URI (or its numeric form): an escaped name-addr, which no unescaped SIP message
     * has in its headers.
     */
    private static boolean escapedHeader(String s, int amp) {
        int at = amp;
        int lines = 0;
        while (at >= 0) {
            if (escapesSyntax(s, at)) {
                int ls = s.lastIndexOf('\n', at) + 1;
                int le = Text.lineEnd(s, at);
                // an escaped line escapes every bracket; one that keeps a literal one is a broken value, not a copy.
                // Two such lines are asked for (From and To both carry one): a single Subject quoting an escaped URI
                // is the sender's text
                if (Text.indexOf(s, "<", ls, le) < 0 && Text.indexOf(s, ">", ls, le) < 0 && inHeaderLine(s, ls, at)
                        && ++lines == 2) {
                    return true;
                }
                // one look per line: the next reference looked at is on a later line
                at = le < s.length() ? s.indexOf('&', le) : -1;
                continue;
            }
            at = s.indexOf('&', at + 1);
        }
        return false;
    }

    /**
     * True when the reference at {@code amp} stands for the '<' of a name-addr (named or numeric, a URI scheme and ':'
     * after it): what a Subject that merely mentions "&lt;" does not hold.
     */
    private static boolean escapesSyntax(String s, int amp) {
        int semi = Text.indexOf(s, ";", amp + 1, Math.min(s.length(), amp + MAX_REFERENCE + 1));
        if (semi < 0 || character(s, amp + 1, semi) != '<') {
            return false;
        }
        return UriGrammar.schemeEnd(s, semi + 1, Math.min(s.length(), semi + 12)) > semi + 1;
    }

    /** Lines looked back over for the header a continuation line belongs to. */
    private static final int MAX_FOLDED_LINES = 50;

    /**
     * True when the line starting at {@code ls} is a header line of a registered header, indented or not (a SIPp
     * template's lines are), or the continuation of one.
     */
    private static boolean inHeaderLine(String s, int ls, int at) {
        int start = ls;
        for (int k = 0; k < MAX_FOLDED_LINES && start > 0 && Text.isWsp(s.charAt(start))
                && HeaderSection.registeredNameEnd(s, firstText(s, start, at), Text.lineEnd(s, start)) < 0; k++) {
            start = s.lastIndexOf('\n', start - 2) + 1; // a continuation line: look at the line above
        }
        int t = firstText(s, start, Text.lineEnd(s, start));
        return HeaderSection.registeredNameEnd(s, t, Text.lineEnd(s, t)) >= 0;
    }

    private static int firstText(String s, int from, int to) {
        int i = from;
        while (i < to && Text.isWsp(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The character the reference s[from, semi) names (after '&', before ';'), or -1. */
    private static int character(String s, int from, int semi) {
        if (semi - from < 2) {
            return -1;
        }
        if (s.charAt(from) == '#') {
            boolean hex = s.charAt(from + 1) == 'x' || s.charAt(from + 1) == 'X';
            int v = 0;
            int d = from + (hex ? 2 : 1);
            if (d == semi) {
                return -1;
            }
            for (; d < semi; d++) {
                int digit = Character.digit(s.charAt(d), hex ? 16 : 10);
                if (digit < 0 || v > 0x10FFFF) {
                    return -1;
                }
                v = v * (hex ? 16 : 10) + digit;
            }
            return v > 0 && v <= 0x10FFFF && (v < 0xD800 || v > 0xDFFF) ? v : -1;
        }
        return switch (s.substring(from, semi)) {
            case "lt" -> '<';
            case "gt" -> '>';
            case "amp" -> '&';
            case "quot" -> '"';
            case "apos" -> '\'';
            case "nbsp" -> ' ';
            default -> -1;
        };
    }
}
