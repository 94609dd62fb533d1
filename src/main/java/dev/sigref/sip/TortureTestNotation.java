package dev.sigref.sip;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * RFC 4475 §2 prints what plain text cannot show with three tags, and other RFCs (RFC 5118, RFC 4538) use them: lines
 * between {@code <allOneLine>} and {@code </allOneLine>} are one line of the message, folded only to fit the page;
 * {@code <hex>E282AC</hex>} stands for the octets its hex digits spell; {@code <repeat count=10>extreme</repeat>} for
 * the string written that many times. A message copied from the RFC's text carries the tags, and read as it is would
 * give findings about the notation instead of the test. This pass writes the message the notation describes.
 */
final class TortureTestNotation {
    private TortureTestNotation() {
    }

    private static final String ALL_ONE_LINE = "<allOneLine>";
    private static final String ALL_ONE_LINE_END = "</allOneLine>";
    private static final String HEX = "<hex>";
    private static final String HEX_END = "</hex>";
    private static final String REPEAT = "<repeat count=";
    private static final String REPEAT_END = "</repeat>";
    /** Lines an {@code <allOneLine>} block may span before it counts as unclosed (the RFCs' longest is about 20). */
    private static final int MAX_BLOCK_LINES = 400;
    /** Characters of hex digits and line breaks a {@code <hex>} run may span. */
    private static final int MAX_HEX_SPAN = 1 << 16;
    /** What all {@code <repeat>} tags of a paste may add together, so that a tag cannot blow a small paste up. */
    private static final long MAX_REPEATED_CHARS = 1 << 20;

    /** The text with the notation written out, or the same instance when it has none. */
    static String restore(String s, PasteNotes notes) {
        if (!hasClosingTag(s)) {
            return s;
        }
        Expansion x = new Expansion(s);
        x.run();
        if (x.out == null) {
            return s;
        }
        String text = notes.rewritten(s, x.out);
        if (x.octets) {
            notes.markRawOctets();
        }
        Lines lines = new Lines(text);
        String note = "the message was copied from an RFC's text, whose notation for what a page cannot show (RFC 4475"
                + " §2) was written out before decoding, with CRLF line ends: " + x.summary()
                + " (line and column numbers are still those of the paste)";
        for (int k = 0; k < x.changedCount; k++) {
            int first = lines.lineOf(x.changedFrom[k]);
            int last = lines.lineOf(Math.max(x.changedFrom[k], x.changedTo[k] - 1));
            notes.add(first, last, FindingCode.RFC_NOTATION_EXPANDED, note);
        }
        return text;
    }

    /** Cheap test first: every tag has a closing form, and "</" is rare in SIP outside XML bodies. */
    private static boolean hasClosingTag(String s) {
        int i = s.indexOf("</");
        while (i >= 0) {
            if (s.startsWith(ALL_ONE_LINE_END, i) || s.startsWith(HEX_END, i) || s.startsWith(REPEAT_END, i)) {
                return true;
            }
            i = s.indexOf("</", i + 2);
        }
        return false;
    }

    private static final class Expansion {
        private final String s;
        private Rewrite out;
        private int copied;
        private boolean octets;
        private int joined;
        private int hexRuns;
        private int repeats;
        private long repeatedChars;
        /** The indentation of the page's lines where the tag being read stands. */
        private int indent;
        private int[] changedFrom = new int[4];
        private int[] changedTo = new int[4];
        private int changedCount;

        Expansion(String s) {
            this.s = s;
        }

        void run() {
            int ls = 0;
            while (ls < s.length()) {
                int le = Text.lineEnd(s, ls);
                int close = isTagLine(ls, le, ALL_ONE_LINE) ? closingLine(le) : -1;
                if (close >= 0) {
                    ls = joinBlock(ls, le, close);
                } else {
                    indent = indentOf(ls, le);
                    inlineTags(ls, le);
                    ls = Math.max(le + 1, copied);
                }
            }
            if (out != null) {
                copyText(copied, s.length());
            }
        }

        /** The start of the {@code </allOneLine>} line that closes the block opened on the line ending at {@code le}. */
        private int closingLine(int le) {
            int ls = le + 1;
            for (int n = 0; n < MAX_BLOCK_LINES && ls < s.length(); n++) {
                int e = Text.lineEnd(s, ls);
                if (isTagLine(ls, e, ALL_ONE_LINE_END)) {
                    return ls;
                }
                if (isTagLine(ls, e, ALL_ONE_LINE)) {
                    return -1;
                }
                ls = e + 1;
            }
            return -1;
        }

        private boolean isTagLine(int ls, int le, String tag) {
            int a = ls;
            int e = Text.withoutCr(s, ls, le);
            while (a < e && Text.isWsp(s.charAt(a))) {
                a++;
            }
            while (e > a && Text.isWsp(s.charAt(e - 1))) {
                e--;
            }
            return e - a == tag.length() && s.startsWith(tag, a);
        }

        /**
         * Writes the lines between the tag lines as one: each loses the page's indentation (that of the opening tag)
         * and its trailing blanks, so that only the blanks the RFC put at the start of a fold remain (RFC 4475 §2.1).
         * Returns where reading goes on: after the closing tag's line.
         */
        private int joinBlock(int openStart, int openEnd, int closeStart) {
            indent = indentOf(openStart, openEnd);
            begin(openStart);
            int from = out.length();
            copyText(openStart, openStart + indent);
            int ls = openEnd + 1;
            copied = ls;
            while (ls < closeStart) {
                int le = Text.lineEnd(s, ls);
                int a = ls;
                while (a < le && a - ls < indent && Text.isWsp(s.charAt(a))) {
                    a++;
                }
                int e = Text.withoutCr(s, ls, le);
                while (e > a && Text.isWsp(s.charAt(e - 1))) {
                    e--;
                }
                // a hex run that went on over the fold has taken this line's start already
                copied = Math.max(copied, a);
                inlineTags(copied, e);
                copyText(copied, e);
                copied = Math.max(copied, le + 1);
                ls = copied > le + 1 ? Text.lineStart(s, copied) : le + 1;
                if (ls < copied && ls >= closeStart) {
                    break;
                }
            }
            int closeEnd = Text.lineEnd(s, closeStart);
            out.put("\r\n", closeStart);
            copied = Math.min(s.length(), closeEnd + 1);
            joined++;
            changed(from, out.length());
            return copied;
        }

        /** The blanks that start the line [ls, le). */
        private int indentOf(int ls, int le) {
            int i = ls;
            while (i < le && Text.isWsp(s.charAt(i))) {
                i++;
            }
            return i - ls;
        }

        /**
         * The tags inside s[from, to), one line (a hex run may go on over the next lines); each '<' is searched within
         * the line, so that a long paste stays linear.
         */
        private void inlineTags(int from, int to) {
            int i = from;
            while (i < to) {
                int lt = Text.indexOf(s, "<", i, to);
                if (lt < 0) {
                    return;
                }
                int next = s.startsWith(HEX, lt) ? hex(lt) : s.startsWith(REPEAT, lt) ? repeat(lt, to) : -1;
                i = next >= 0 ? next : lt + 1;
            }
        }

        /** {@code <hex>hex digits</hex>}, digits in pairs, line breaks and blanks between them ignored. */
        private int hex(int at) {
            int i = at + HEX.length();
            int limit = Math.min(s.length(), i + MAX_HEX_SPAN);
            byte[] bytes = new byte[16];
            int n = 0;
            int high = -1;
            while (i < limit && !s.startsWith(HEX_END, i)) {
                char c = s.charAt(i);
                int d = Character.digit(c, 16);
                if (d >= 0 && c < 0x80) {
                    if (high < 0) {
                        high = d;
                    } else {
                        if (n == bytes.length) {
                            bytes = java.util.Arrays.copyOf(bytes, n * 2);
                        }
                        bytes[n++] = (byte) (high << 4 | d);
                        high = -1;
                    }
                } else if (!Text.isWsp(c) && c != '\r' && c != '\n') {
                    return -1;
                }
                i++;
            }
            if (i >= limit || high >= 0 || n == 0) {
                return -1;
            }
            begin(at);
            int from = out.length();
            String octets = decode(bytes, n);
            if (indent > 0 && octets.indexOf('\n') >= 0) {
                // an LF octet starts a line of the text: it gets the page's indentation, which the pass for
                // indented messages takes off every line again, so that the octets after it stay in the message
                octets = octets.replace("\n", "\n" + " ".repeat(indent));
            }
            out.put(octets, at);
            copied = i + HEX_END.length();
            hexRuns++;
            changed(from, out.length());
            return copied;
        }

        /** The octets as UTF-8 text when they are that, else one character per octet (a binary body). */
        private String decode(byte[] bytes, int n) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, n)).toString();
            } catch (CharacterCodingException e) {
                octets = true;
                return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
            }
        }

        /** {@code <repeat count=N>text</repeat>} on one line. */
        private int repeat(int at, int to) {
            int i = at + REPEAT.length();
            int digits = i;
            while (i < to && i - digits < 7 && Text.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == digits || i >= to || s.charAt(i) != '>') {
                return -1;
            }
            int count = Integer.parseInt(s, digits, i, 10);
            int textStart = i + 1;
            int end = Text.indexOf(s, REPEAT_END, textStart, to);
            if (end < 0) {
                return -1;
            }
            long adds = (long) count * (end - textStart);
            if (repeatedChars + adds > MAX_REPEATED_CHARS) {
                return -1;
            }
            repeatedChars += adds;
            begin(at);
            int from = out.length();
            String unit = s.substring(textStart, end);
            out.put(unit.repeat(count), at);
            copied = end + REPEAT_END.length();
            repeats++;
            changed(from, out.length());
            return copied;
        }

        /** Copies what stands before {@code at} as it is. */
        private void begin(int at) {
            if (out == null) {
                out = new Rewrite(s.length());
            }
            copyText(copied, at);
            copied = at;
        }

        /**
         * Copies s[from, to) with each bare LF written as CRLF: the RFCs' messages end their lines in CRLF (their
         * archives carry them so), and a copy of the page lost the CRs, while the octets a hex run wrote must keep
         * theirs. Content-Length then counts the message as the RFC meant it.
         */
        private void copyText(int from, int to) {
            int a = from;
            for (int i = from; i < to; i++) {
                if (s.charAt(i) == '\n' && (i == 0 || s.charAt(i - 1) != '\r')) {
                    out.copy(s, a, i);
                    out.put('\r', i);
                    a = i;
                }
            }
            out.copy(s, a, to);
        }

        private void changed(int from, int to) {
            if (changedCount > 0 && from <= changedTo[changedCount - 1]) {
                changedTo[changedCount - 1] = Math.max(changedTo[changedCount - 1], to);
                return;
            }
            if (changedCount == changedFrom.length) {
                changedFrom = java.util.Arrays.copyOf(changedFrom, changedCount * 2);
                changedTo = java.util.Arrays.copyOf(changedTo, changedCount * 2);
            }
            changedFrom[changedCount] = from;
            changedTo[changedCount++] = to;
        }

        String summary() {
            StringBuilder sb = new StringBuilder();
            part(sb, joined, "<allOneLine> block joined into one line", "<allOneLine> blocks joined into one line each");
            part(sb, hexRuns, "<hex> run turned into its octets", "<hex> runs turned into their octets");
            part(sb, repeats, "<repeat> tag written out", "<repeat> tags written out");
            return sb.toString();
        }

        private static void part(StringBuilder sb, int n, String one, String many) {
            if (n > 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ').append(n == 1 ? one : many);
            }
        }
    }
}
