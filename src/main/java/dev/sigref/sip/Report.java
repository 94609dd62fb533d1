package dev.sigref.sip;

/** Where grammar code reports a problem: an offset into the text it scans, turned into line and column later. */
@FunctionalInterface
interface Report {
    /** A finding that rests on {@code reference} instead of the code's usual clause (another RFC's rule). */
    void add(FindingCode code, String reference, int offset, String message);

    default void add(FindingCode code, int offset, String message) {
        add(code, code.reference(), offset, message);
    }
}
