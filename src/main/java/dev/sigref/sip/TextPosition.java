package dev.sigref.sip;

/**
 * A place in the paste.
 *
 * @param line   1-based line
 * @param column 1-based column
 */
public record TextPosition(int line, int column) implements Comparable<TextPosition> {

    @Override
    public int compareTo(TextPosition o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }
}
