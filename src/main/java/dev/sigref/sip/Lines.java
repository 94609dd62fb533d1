package dev.sigref.sip;

import java.util.Arrays;

/** The paste cut into lines once, so that every later step can turn an offset into a line and column cheaply. */
final class Lines {
    final String s;
    /** start[i] is the offset of line i; start[count] is the text length. */
    private int[] start;
    final int count;
    /** The passes that rewrote the paste into this text, when some did; else null (offsets are the paste's own). */
    private final PasteNotes rewrites;

    Lines(String s) {
        this(s, null);
    }

    /** The lines of {@code s}, the paste as rewritten by the passes whose maps {@code notes} holds. */
    Lines(String s, PasteNotes notes) {
        this.rewrites = notes != null && notes.moved() ? notes : null;
        this.s = s;
        int[] st = new int[Math.max(16, s.length() / 40)];
        int n = 0;
        int len = s.length();
        int pos = 0;
        while (pos < len) {
            if (n + 1 >= st.length) {
                st = Arrays.copyOf(st, st.length * 2);
            }
            st[n++] = pos;
            int nl = s.indexOf('\n', pos);
            pos = nl < 0 ? len : nl + 1;
        }
        if (n + 1 > st.length) {
            st = Arrays.copyOf(st, n + 1);
        }
        st[n] = len;
        this.start = st;
        this.count = n;
    }

    int start(int line) {
        return start[line];
    }

    /** Offset just past the line terminator (start of the next line). */
    int next(int line) {
        return start[line + 1];
    }

    /** Offset of the end of the line's content, before its CRLF or LF. */
    int contentEnd(int line) {
        int e = start[line + 1];
        if (e > start[line] && s.charAt(e - 1) == '\n') {
            e--;
            if (e > start[line] && s.charAt(e - 1) == '\r') {
                e--;
            }
        }
        return e;
    }

    /** True when the line ends in a bare LF (no CR before it). */
    boolean endsInBareLf(int line) {
        int e = start[line + 1];
        return e > start[line] && s.charAt(e - 1) == '\n' && (e - 1 == start[line] || s.charAt(e - 2) != '\r');
    }

    /** True when the line ends in CR LF. */
    boolean endsInCrlf(int line) {
        int e = start[line + 1];
        return e - start[line] >= 2 && s.charAt(e - 1) == '\n' && s.charAt(e - 2) == '\r';
    }

    boolean isBlank(int line) {
        return Text.isBlank(s, start[line], start[line + 1]);
    }

    String content(int line) {
        return s.substring(start[line], contentEnd(line));
    }

    /** True when passes rewrote the paste into this text, so that its lines and columns are not the paste's own. */
    boolean moved() {
        return rewrites != null;
    }

    /** 1-based number, in the paste, of the 0-based line {@code line} of this text. */
    int number(int line) {
        return rewrites == null ? line + 1 : numberOf(start[Math.min(line, count)]);
    }

    /** 1-based number, in the paste, of the line that holds this offset. */
    int numberOf(int offset) {
        return rewrites == null ? lineOf(offset) + 1 : rewrites.pasteLineOf(offset);
    }

    /**
     * Line and column, in the paste, of an offset known to lie on the 0-based line {@code line} of this text; on a
     * rewritten paste the maps are walked once for both.
     */
    TextPosition position(int line, int offset) {
        return rewrites == null ? new TextPosition(line + 1, offset - start[line] + 1) : rewrites.pastePositionOf(offset);
    }

    /** Line and column, in the paste, of this offset. */
    TextPosition position(int offset) {
        return rewrites == null ? position(lineOf(offset), offset) : rewrites.pastePositionOf(offset);
    }

    /** 0-based line holding the offset (an offset at the end of the text belongs to the last line). */
    int lineOf(int offset) {
        if (count == 0) {
            return 0;
        }
        int i = Arrays.binarySearch(start, 0, count, offset);
        if (i < 0) {
            i = -i - 2;
        }
        return Math.max(0, Math.min(i, count - 1));
    }
}
