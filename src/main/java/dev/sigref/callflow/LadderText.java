package dev.sigref.callflow;

/**
 * Text clean-up shared by the renderers. Labels come from pasted traces, so they may hold line breaks, control
 * characters, lone surrogates or bidi overrides; each renderer draws one line per label and must not let such
 * characters break its format or reorder what the reader sees.
 */
final class LadderText {

    /** Longer labels are truncated with an ellipsis; the full text stays available (SVG {@code <title>}). */
    static final int MAX_LABEL_CHARS = 60;

    private static final char REPLACEMENT = '\uFFFD';

    private LadderText() {
    }

    /** The text a step's arrow shows: its number, so it matches the numbered list under the diagram, then its label. */
    static String stepText(Step step) {
        return step.number() + ". " + step.label();
    }

    /**
     * One printable line: control characters (including CR, LF, TAB) become spaces; characters that XML 1.0 cannot
     * carry (lone surrogates, U+FFFE, U+FFFF) and bidi controls become U+FFFD.
     */
    static String singleLine(String text) {
        int firstChange = firstChange(text);
        if (firstChange < 0) {
            return text; // the usual case: nothing to copy
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, firstChange);
        for (int i = firstChange; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSurrogatePairAt(text, i)) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(replacementFor(c));
            }
        }
        return out.toString();
    }

    private static int firstChange(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSurrogatePairAt(text, i)) {
                i++;
            } else if (replacementFor(text.charAt(i)) != text.charAt(i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSurrogatePairAt(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    // For a char that is not the start of a valid surrogate pair.
    private static char replacementFor(char c) {
        if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            return ' ';
        }
        if (Character.isSurrogate(c) || isBidiControl(c) || c == '\uFFFE' || c == '\uFFFF') {
            return REPLACEMENT;
        }
        return c;
    }

    // Embeddings, overrides and isolates let a label display in an order other than the one it is stored in.
    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }

    /** Length in code points, the unit the renderers estimate widths in. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The text cut to {@code max} code points, the last ones replaced by {@code ellipsis}, when it is longer. */
    static String truncate(String text, int max, String ellipsis) {
        if (length(text) <= max) {
            return text;
        }
        int keep = max - length(ellipsis);
        return text.substring(0, text.offsetByCodePoints(0, keep)) + ellipsis;
    }

    /** Every non-ASCII code point as '?', for renderers whose output must be plain ASCII. */
    static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(cp < 0x80 ? (char) cp : '?'));
        return out.toString();
    }
}
