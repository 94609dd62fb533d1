package dev.sigref.sip;

/** Where grammar code reports a problem: an offset into the text it scans, turned into line and column later. */
@FunctionalInterface
interface Report {
    void add(FindingCode code, int offset, String message);
}
