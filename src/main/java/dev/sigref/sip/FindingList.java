package dev.sigref.sip;

import java.util.ArrayList;
import java.util.List;

/** Collects findings for one message (or the paste), turning text offsets into 1-based lines and columns. */
final class FindingList {
    private final Lines lines;
    private final List<Finding> list = new ArrayList<>(4);

    FindingList(Lines lines) {
        this.lines = lines;
    }

    void at(FindingCode code, int offset, String message) {
        at(code, code.reference(), offset, message);
    }

    void at(FindingCode code, String reference, int offset, String message) {
        TextPosition at = lines.position(offset);
        list.add(Finding.of(code, reference, at.line(), at.column(), message));
    }

    /** A finding on a whole line (0-based line index), column 1. */
    void onLine(FindingCode code, int line, String message) {
        list.add(Finding.of(code, lines.number(line), 1, message));
    }

    /** A finding on a header, at its name: the header's line and column are already those of the paste. */
    void onHeader(FindingCode code, Header h, String message) {
        onHeader(code, code.reference(), h, message);
    }

    /** A finding on a header that rests on another clause than the code's usual one. */
    void onHeader(FindingCode code, String reference, Header h, String message) {
        list.add(Finding.of(code, reference, h.line(), h.column(), message));
    }

    /** A finding on a header at a column past its name: the header's line and column are those of the paste. */
    void onHeader(FindingCode code, Header h, int columnsIn, String message) {
        list.add(Finding.of(code, h.line(), h.column() + columnsIn, message));
    }

    /** Removes the findings of this code on this line (1-based): a more specific one says the same thing. */
    void drop(FindingCode code, int line) {
        list.removeIf(x -> x.line() == line && x.is(code));
    }

    /** Findings in line and column order. */
    List<Finding> sorted() {
        list.sort(Finding.IN_PASTE_ORDER);
        return list;
    }

    /** A Report for text that starts at {@code base} in the paste. */
    Report shifted(int base) {
        return (code, reference, offset, message) -> at(code, reference, base + offset, message);
    }

    /** A Report that maps offsets through the given function before recording. */
    Report reportAt(java.util.function.IntUnaryOperator toAbsolute) {
        return (code, reference, offset, message) -> at(code, reference, toAbsolute.applyAsInt(offset), message);
    }
}
