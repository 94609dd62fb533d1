package dev.sigref.sip;

import java.util.ArrayList;
import java.util.List;

/**
 * What a pass that rewrites the paste before it is read changed (log prefixes removed from lines), by line of the
 * rewritten text, so that each message it touched says so in an info finding instead of silently. Notes are added top
 * down and never overlap.
 */
final class PasteNotes {

    /**
     * @param firstLine first 0-based line of the rewritten text the change covers
     * @param lastLine  last 0-based line it covers
     * @param code      the finding each message overlapping these lines gets
     * @param message   the finding's text
     */
    record Note(int firstLine, int lastLine, FindingCode code, String message) {
    }

    private final List<Note> notes = new ArrayList<>(0);

    void add(int firstLine, int lastLine, FindingCode code, String message) {
        notes.add(new Note(firstLine, lastLine, code, message));
    }

    boolean isEmpty() {
        return notes.isEmpty();
    }

    /** True when a rewritten run of lines ends on this 0-based line: the text after it kept its log prefix. */
    boolean endsAt(int line) {
        int lo = 0;
        int hi = notes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (notes.get(mid).lastLine() < line) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < notes.size() && notes.get(lo).lastLine() == line;
    }

    /** Adds each note overlapping lines [first, last] to the findings, on the message's first line. */
    void report(int first, int last, FindingList findings) {
        if (notes.isEmpty()) {
            return;
        }
        int lo = 0;
        int hi = notes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (notes.get(mid).lastLine() < first) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo < notes.size() && notes.get(lo).firstLine() <= last) {
            Note n = notes.get(lo);
            findings.onLine(n.code(), first, n.message());
        }
    }
}
