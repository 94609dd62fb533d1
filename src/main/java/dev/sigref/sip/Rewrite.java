package dev.sigref.sip;

import java.util.Arrays;

/**
 * Builds the text a paste-repair pass hands on, and remembers where each part of it came from in the text the pass
 * read, so that findings can name the line and column the user pasted rather than those of the rewritten text. Text
 * copied from the input maps character for character; text the pass wrote itself (a line end it restored, a header
 * rebuilt from a dump) maps to the input position it stands for.
 */
final class Rewrite implements CharSequence {
    private final StringBuilder out;
    /** outAt[k]: where segment k starts in the output; inAt[k]: where it came from (ones' complement when written). */
    private int[] outAt = new int[16];
    private int[] inAt = new int[16];
    private int n;

    Rewrite(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** Appends s[from, to) as it was in the input. */
    Rewrite copy(CharSequence s, int from, int to) {
        if (from < to) {
            from(from);
            out.append(s, from, to);
        }
        return this;
    }

    /** Appends text that stands as it is in the input at offset {@code at}. */
    Rewrite copied(CharSequence text, int at) {
        if (text.length() > 0) {
            from(at);
            out.append(text);
        }
        return this;
    }

    private void from(int at) {
        int o = out.length();
        if (n == 0 || inAt[n - 1] < 0 || inAt[n - 1] + (o - outAt[n - 1]) != at) {
            anchor(o, at);
        }
    }

    /** Appends text the pass wrote, standing for input position {@code at}. */
    Rewrite put(CharSequence text, int at) {
        if (text.length() > 0) {
            written(at);
            out.append(text);
        }
        return this;
    }

    Rewrite put(char c, int at) {
        written(at);
        out.append(c);
        return this;
    }

    /** Appends another rewrite of the same input, keeping where its parts came from. */
    Rewrite append(Rewrite other) {
        int base = out.length();
        for (int k = 0; k < other.n; k++) {
            anchor(base + other.outAt[k], other.inAt[k]);
        }
        out.append(other.out);
        return this;
    }

    private void written(int at) {
        if (n == 0 || inAt[n - 1] != ~at) {
            anchor(out.length(), ~at);
        }
    }

    private void anchor(int o, int in) {
        if (n > 0 && outAt[n - 1] == o) {
            inAt[n - 1] = in; // the previous segment is empty
            return;
        }
        if (n == outAt.length) {
            outAt = Arrays.copyOf(outAt, n * 2);
            inAt = Arrays.copyOf(inAt, n * 2);
        }
        outAt[n] = o;
        inAt[n] = in;
        n++;
    }

    /** Where the output came from, for an input of the given length. */
    OffsetMap map(int inputLength) {
        return new OffsetMap(Arrays.copyOf(outAt, n), Arrays.copyOf(inAt, n), inputLength);
    }

    @Override
    public int length() {
        return out.length();
    }

    @Override
    public char charAt(int index) {
        return out.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return out.subSequence(start, end);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Maps an offset of a rewritten text back to the text the rewrite read. */
    record OffsetMap(int[] outAt, int[] inAt, int inputLength) {

        int toInput(int offset) {
            int k = Arrays.binarySearch(outAt, offset);
            if (k < 0) {
                k = -k - 2;
            }
            if (k < 0) {
                return Math.min(offset, inputLength);
            }
            int in = inAt[k];
            int mapped = in >= 0 ? in + (offset - outAt[k]) : ~in;
            return Math.max(0, Math.min(mapped, inputLength));
        }
    }
}
