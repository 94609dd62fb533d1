package dev.sigref.sip;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the passes that rewrite the paste before it is read changed (double spacing undone, log prefixes removed), by
 * line of the rewritten text, so that each message they touched says so in an info finding instead of silently. Each
 * pass adds its notes top down and they never overlap, so each pass's list is searched on its own.
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

    /** Made on the first note: most pastes get none, and an EnumMap holds a slot for every code. */
    private Map<FindingCode, List<Note>> byCode = Map.of();
    /** Where each rewriting pass took its output from, in pass order. */
    private final List<Rewrite.OffsetMap> maps = new ArrayList<>(0);

    private final String paste;
    private Lines pasteLines;
    private boolean rawOctets;
    private boolean keptBytes;
    /** Lines of the rewritten text that hold what surrounded a one-line message in its log record. */
    private final LineMarks recordRemnants = new LineMarks();
    /** Lines of the rewritten text that hold a SIPp scenario's XML around its message templates. */
    private final LineMarks scenarioXml = new LineMarks();
    /** Lines of the rewritten text that hold what a copy put around a one-line message: table cells, backticks. */
    private final LineMarks copyMarkup = new LineMarks();
    /** Lines of the rewritten text that hold a body whose own line ends a copy turned into blanks, beyond restoring. */
    private final LineMarks collapsedBodies = new LineMarks();
    private boolean treeRebuilt;

    /** Notes for passes over {@code paste}, the text as the user gave it. */
    PasteNotes(String paste) {
        this.paste = paste;
    }

    /** 1-based line of the paste that an offset of the text as rewritten so far came from. */
    int pasteLineOf(int offset) {
        return pasteLines().lineOf(toPaste(offset)) + 1;
    }

    /** Line and column in the paste that an offset of the text as rewritten so far came from: one walk of the maps. */
    TextPosition pastePositionOf(int offset) {
        int p = toPaste(offset);
        int line = pasteLines().lineOf(p);
        return new TextPosition(line + 1, p - pasteLines().start(line) + 1);
    }

    /**
     * The paste's text on the line of {@code offset} (of the text as rewritten so far) before the character that offset
     * came from: what a pass or a label took off before a start line. Empty when the offset came from a line start; at
     * most the last {@value #MAX_TEXT_BEFORE} characters, so that many messages unfolded from one long line cost each a
     * label's length, not the line's.
     */
    String pasteTextBefore(int offset) {
        int p = toPaste(offset);
        int lineStart = pasteLines().start(pasteLines().lineOf(p));
        return paste.substring(Math.max(lineStart, p - MAX_TEXT_BEFORE), Math.max(lineStart, p));
    }

    /** The longest log prefix or label read for a message's metadata. */
    static final int MAX_TEXT_BEFORE = 512;

    private Lines pasteLines() {
        if (pasteLines == null) {
            pasteLines = new Lines(paste);
        }
        return pasteLines;
    }

    /** True when a pass rewrote the paste: offsets of the text read are no longer those of the paste. */
    boolean rewrote() {
        return !maps.isEmpty();
    }

    /** Records that a pass rewrote {@code input} into {@code output}; returns the output. */
    String rewritten(String input, Rewrite output) {
        maps.add(output.map(input.length()));
        return output.toString();
    }

    /**
     * The text holds octets that are no UTF-8, one character each: the paste was read byte for byte, or a pass wrote
     * such octets (a binary body given in hex).
     */
    void markRawOctets() {
        rawOctets = true;
    }

    /** True when the text holds octets that are no UTF-8, so that byte counts must take one character as one octet. */
    boolean hasRawOctets() {
        return rawOctets;
    }

    /** The bytes were not all UTF-8, and those outside a valid sequence were kept as themselves. */
    void markKeptBytes() {
        keptBytes = true;
    }

    /** True when some characters of the text stand for bytes that are no UTF-8 (see Text.decodeUtf8KeepingBytes). */
    boolean hasKeptBytes() {
        return keptBytes;
    }

    /**
     * A pass joined each of {@code lines} (0-based, ascending, in the text before that pass) to the line above it: the
     * notes move up by the joins at or above them. One pass over the notes, however many joins.
     */
    void linesJoined(int[] lines, int count) {
        java.util.function.IntUnaryOperator up = line -> {
            int lo = 0;
            int hi = count;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (lines[mid] <= line) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return line - lo;
        };
        for (List<Note> notes : byCode.values()) {
            notes.replaceAll(n -> new Note(up.applyAsInt(n.firstLine()), up.applyAsInt(n.lastLine()), n.code(),
                    n.message()));
        }
        recordRemnants.move(up);
        scenarioXml.move(up);
        copyMarkup.move(up);
        collapsedBodies.move(up);
    }

    /** The line holds the text of a log record around a message unfolded from it ({"msg":" before, "} after). */
    void markRecordRemnant(int line) {
        recordRemnants.mark(line);
    }

    /** The line holds a body whose line ends a copy turned into blanks, which no pass can tell from its own blanks. */
    void markCollapsedBody(int line) {
        collapsedBodies.mark(line);
    }

    /** True when one of the lines [first, last] holds a body whose line ends became blanks. */
    boolean collapsedBodyWithin(int first, int last) {
        return collapsedBodies.any(first, last);
    }

    /** The line holds what a copy put around a one-line message a pass cut into lines: table cells, backticks. */
    void markCopyMarkup(int line) {
        copyMarkup.mark(line);
    }

    /** The line holds a SIPp scenario's XML, around the message templates a pass turned into messages. */
    void markScenarioXml(int line) {
        scenarioXml.mark(line);
    }

    /** Why the remnant lines are shown undecoded, in the trace and inside a message's body frame alike. */
    static final String RECORD_REMNANT = "the rest of the log record the message was escaped in";
    /** Why the line holding only the quote that closes a log-quoted message ('$mb') is shown undecoded. */
    static final String CLOSING_QUOTE = "the quote mark that closes the message the log quoted";
    /** Why a table's cells or a code span's backticks around a one-line message are shown undecoded. */
    static final String COPY_MARKUP = "what the copy put around the one-line message: a table's cells or rule, a code"
            + " span's backtick";
    /** Why the XML of a SIPp scenario is shown undecoded. */
    static final String SCENARIO_XML = "the SIPp scenario's XML around its message templates";

    /** True when the line holds a SIPp scenario's XML: never a start line, and the end of a template's body. */
    boolean scenarioXmlAt(int line) {
        return scenarioXml.all(line, line);
    }

    /**
     * Why lines [first, last] are decoration a pass left around the messages it unfolded ({@link #RECORD_REMNANT},
     * {@link #SCENARIO_XML}), or null when some of them are not: unknown text.
     */
    String remnantReason(int first, int last) {
        if (recordRemnants.all(first, last)) {
            return RECORD_REMNANT;
        }
        if (copyMarkup.all(first, last)) {
            return COPY_MARKUP;
        }
        return scenarioXml.all(first, last) ? SCENARIO_XML : null;
    }

    /**
     * 0-based lines of the rewritten text, ascending (a pass marks them in text order, and joins move them all up
     * alike), so that a look-up is a binary search.
     */
    private static final class LineMarks {
        private int[] lines = new int[0];
        private int count;

        void mark(int line) {
            if (count == lines.length) {
                lines = Arrays.copyOf(lines, Math.max(4, count * 2));
            }
            lines[count++] = line;
        }

        void move(java.util.function.IntUnaryOperator up) {
            for (int k = 0; k < count; k++) {
                lines[k] = up.applyAsInt(lines[k]);
            }
        }

        /** True when one of the lines [first, last] is marked: the first mark at or after {@code first} is in range. */
        boolean any(int first, int last) {
            int k = Arrays.binarySearch(lines, 0, count, first);
            k = k >= 0 ? k : -k - 1;
            return k < count && lines[k] <= last;
        }

        boolean all(int first, int last) {
            if (count == 0 || last - first >= count) {
                return false;
            }
            for (int line = first; line <= last; line++) {
                if (Arrays.binarySearch(lines, 0, count, line) < 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Messages were rebuilt from Wireshark's packet details tree. */
    void markTreeRebuilt() {
        treeRebuilt = true;
    }

    /**
     * True when messages were rebuilt from a packet details tree; Wireshark's summary lines alone ("Internet Protocol
     * Version 4, Src: ...") only give the addresses of a message pasted as it was.
     */
    boolean treeRebuilt() {
        return treeRebuilt;
    }

    /** True when a pass rewrote the paste, so that offsets of the text read are not those of the paste. */
    boolean moved() {
        return !maps.isEmpty();
    }

    /** The offset in the paste that an offset of the rewritten text came from. */
    int toPaste(int offset) {
        for (int k = maps.size() - 1; k >= 0; k--) {
            offset = maps.get(k).toInput(offset);
        }
        return offset;
    }

    void add(int firstLine, int lastLine, FindingCode code, String message) {
        if (byCode.isEmpty()) {
            byCode = new EnumMap<>(FindingCode.class);
        }
        byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(new Note(firstLine, lastLine, code, message));
    }

    boolean isEmpty() {
        return byCode.isEmpty();
    }

    /** True when a run of lines that lost their log prefix ends on this 0-based line: the next line kept its own. */
    boolean endsAt(int line) {
        List<Note> notes = byCode.get(FindingCode.LOG_PREFIX_REMOVED);
        if (notes == null) {
            return false;
        }
        int i = firstEndingAtOrAfter(notes, line);
        return i < notes.size() && notes.get(i).lastLine() == line;
    }

    /** The last 0-based line of the run of lines that lost their log prefix holding {@code line}, or -1. */
    int prefixRunEnd(int line) {
        List<Note> notes = byCode.get(FindingCode.LOG_PREFIX_REMOVED);
        if (notes == null) {
            return -1;
        }
        int i = firstEndingAtOrAfter(notes, line);
        return i < notes.size() && notes.get(i).firstLine() <= line ? notes.get(i).lastLine() : -1;
    }

    /** Adds the note of each pass that touched lines [first, last] to the findings, on the message's first line. */
    void report(int first, int last, FindingList findings) {
        for (List<Note> notes : byCode.values()) {
            int i = firstEndingAtOrAfter(notes, first);
            if (i < notes.size() && notes.get(i).firstLine() <= last) {
                Note n = notes.get(i);
                findings.onLine(n.code(), first, n.message());
            }
        }
    }

    private static int firstEndingAtOrAfter(List<Note> notes, int line) {
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
        return lo;
    }
}
