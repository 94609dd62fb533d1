package dev.sigref.sip;

import dev.sigref.sip.sdp.SdpParser;
import dev.sigref.sip.sdp.SessionDescription;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paste into messages, log decorations and undecodable text. Works line by line in one forward pass; each
 * message is read by a {@link MessageReader}, which says where the next one may start.
 */
final class TraceReader {
    /** Why a log's line with no message after it is shown undecoded: the start of its reason. */
    static final String TRAILING_DECORATION = "log decoration with no SIP message after it";

    private final Lines lines;
    private final String s;
    private final ParseOptions options;
    private final MessageReader reader;
    private final List<SipMessage> messages = new ArrayList<>();
    private final List<UndecodedBlock> undecoded = new ArrayList<>(0);
    private final FindingList findings;

    private int garbageFirst = -1;
    private int garbageLast = -1;
    private int decorationFirst = -1;
    private int decorationLast = -1;
    private LogDecorations.Decoration decoration;

    private final PasteNotes notes;
    /** The line right after the last message read: a lone quote there closes it, whichever pass took the opening one. */
    private int afterLastMessage = -1;
    /** The quote mark a log put before the last message read ('$mb'), so that the one closing it is not unknown text. */
    private char openQuote;
    /** Set by {@link #readWhileExplained}: give up at the first thing the bare reading cannot explain. */
    private boolean stopWhenUnexplained;
    /** Markdown fence lines read so far: an odd count means the line being read is inside a code block. */
    private int fences;
    /** A line of the pending block stood inside a code block: text the author meant as SIP, not prose. */
    private boolean garbageInCodeBlock;

    /** Reads {@code text}, the paste as rewritten by the passes recorded in {@code notes}. */
    TraceReader(String text, boolean utf8, ParseOptions options, PasteNotes notes) {
        this.notes = notes;
        this.lines = new Lines(text, notes);
        this.s = text;
        this.options = options;
        this.reader = new MessageReader(lines, utf8, options, notes);
        this.findings = new FindingList(lines);
    }

    /**
     * The reading of a paste taken as bare SIP, or null as soon as it leaves something unexplained (a message with a
     * finding other than the LF and label notes, text left undecoded), so that a long paste that must go through the passes
     * is not read whole twice.
     */
    ParseResult readWhileExplained() {
        stopWhenUnexplained = true;
        return read(null, 0);
    }

    ParseResult read(String overflow, int overflowFirstLine) {
        int i = 0;
        int mid = -1;
        while (i < lines.count) {
            if (stopWhenUnexplained && !undecoded.isEmpty()) {
                return null;
            }
            int ls = mid >= 0 ? mid : lines.start(i);
            mid = -1;
            int le = lines.contentEnd(i);
            if (Text.isBlank(s, ls, le)) {
                i++;
                continue;
            }
            // a start line inside a SIPp scenario's XML (a template commented out) is never sent
            boolean xml = notes.scenarioXmlAt(i);
            int quoted = xml ? -1 : StartLines.quotedStartLine(lines, i, ls, le);
            boolean bare = !xml && quoted < 0 && StartLines.looksLikeStartLine(s, ls, le);
            int labelEnd = bare || xml ? -1 : quoted > 0 ? quoted : StartLines.labelledStartLine(lines, i, ls, le);
            if (bare && StartLines.unknownMethodAndSpacedUri(s, ls, le)) {
                // prose glued to the method reads as a method of its own, with the rest of the prose as its URI
                labelEnd = StartLines.labelledStartLine(lines, i, ls, le);
                bare = labelEnd < 0;
            }
            char quote = quoted > 0 ? s.charAt(ls) : 0;
            if ((labelEnd > ls || bare && s.startsWith("IP", ls)) && LogDecorations.isTcpdumpSummary(s, ls, le)) {
                bare = false;
                // "12:13:58.723867 IP a.5060 > b.5060: SIP: INVITE sip:bob@b SIP/2.0" names the packet; its text,
                // if tcpdump printed it (-A), comes on the lines after
                labelEnd = -1;
            }
            if (bare || labelEnd > ls) {
                flushGarbage(); // may take the previous message's closing quote: only then is this one's noted
                openQuote = quote;
                if (messages.size() >= options.maxMessages()) {
                    limitReached(i, ls);
                    break;
                }
                if (decorationFirst >= 0 && decorationLast - decorationFirst >= 2
                        && holdsSipText(decorationFirst, decorationLast)) {
                    // log lines that carry SIP text of their own (a message the log prefix hides) are not this
                    // message's decoration: they are shown, with a finding, instead of vanishing into its metadata
                    logLinesWithSipText();
                }
                MessageMetadata meta = takeDecoration();
                if (labelEnd > ls) {
                    notes.add(i, i, FindingCode.START_LINE_LABEL_REMOVED, labelNote(i, ls, labelEnd, quote));
                    // the label stays with the message, as decoration, and the message starts after it
                    meta = new MessageMetadata(meta.tool(), meta.timestamp(), meta.source(), meta.destination(),
                            meta.transport(), (meta.isEmpty() ? "" : meta.decoration()) + s.substring(ls, labelEnd),
                            meta.isEmpty() ? lines.number(i) : meta.decorationFirstLine(), lines.number(i));
                    ls = labelEnd;
                }
                meta = withLabelMetadata(meta, i, ls);
                MessageReader.Framed framed = reader.read(messages.size(), i, ls, meta);
                messages.add(framed.message());
                if (framed.trailing() != null) {
                    undecoded.add(framed.trailing());
                }
                if (stopWhenUnexplained && !onlyReadingNotes(framed.message().findings())) {
                    return null;
                }
                int resume = framed.resume();
                if (resume <= ls) {
                    i++;
                } else if (resume >= s.length()) {
                    i = lines.count;
                } else {
                    i = lines.lineOf(resume);
                    mid = resume == lines.start(i) ? -1 : resume;
                }
                // the line the message's reading stopped at (none when it took no line: nothing can follow it there)
                afterLastMessage = resume <= ls ? -1 : i;
                continue;
            }
            LogDecorations.Decoration d = LogDecorations.recognize(s, ls, le);
            if (d == LogDecorations.FENCE) {
                fences++;
            }
            // a code fence amid prose is part of that prose's block, not a block of its own
            if (d != null && !(d == LogDecorations.FENCE && garbageFirst >= 0)) {
                flushGarbage();
                if (decorationFirst < 0) {
                    decorationFirst = i;
                }
                decorationLast = i;
                decoration = LogDecorations.merge(decoration, d);
            } else {
                if (garbageFirst < 0) {
                    // decoration lines followed by junk describe the junk, not the next message
                    garbageFirst = decorationFirst >= 0 ? decorationFirst : i;
                    decorationFirst = -1;
                    decoration = null;
                    garbageInCodeBlock = false;
                }
                garbageInCodeBlock |= d != LogDecorations.FENCE && fences % 2 == 1;
                garbageLast = i;
            }
            i++;
        }
        flushGarbage();
        if (decorationFirst >= 0 && "tcpdump".equals(decoration.tool()) && decoration.source() != null
                && messages.isEmpty()) {
            undecoded.add(block(decorationFirst, decorationLast, "tcpdump packet summaries with no packet text"));
            boolean one = decorationFirst == decorationLast;
            findings.onLine(FindingCode.UNDECODABLE_TEXT, decorationFirst, Text.lineRange(lines.number(decorationFirst),
                    lines.number(decorationLast)) + (one ? " is a tcpdump packet summary with no packet text after it"
                    : " are tcpdump packet summaries with no packet text after them") + ", so there is no message to"
                    + " decode: capture with tcpdump -A (or -X) to get each packet's SIP text, or paste the messages"
                    + " themselves");
        } else if (decorationFirst >= 0 && decorationLast - decorationFirst >= 2
                && holdsSipText(decorationFirst, decorationLast)) {
            logLinesWithSipText();
        } else if (decorationFirst >= 0) {
            undecoded.add(block(decorationFirst, decorationLast, decoration != null && "log".equals(decoration.tool())
                    ? "log lines with no SIP message after them"
                    : TRAILING_DECORATION + " (a closing separator or a trailing header line)"));
            decorationFirst = -1;
        }
        if (overflow != null) {
            undecoded.add(new UndecodedBlock(overflowFirstLine, overflowFirstLine + countLines(overflow) - 1, overflow,
                    "beyond the " + options.maxInputChars() + "-character input limit"));
            findings.onLine(FindingCode.INPUT_TOO_LARGE, overflowFirstLine - 1, "the paste is longer than "
                    + options.maxInputChars() + " characters; the text from line " + overflowFirstLine
                    + " on is not decoded");
        }
        return new ParseResult(messages, undecoded, findings.sorted());
    }

    private static int countLines(String t) {
        int n = 1;
        for (int i = 0; i < t.length() - 1; i++) {
            if (t.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private void limitReached(int line, int offset) {
        undecoded.add(new UndecodedBlock(lines.number(line), lines.number(lines.count - 1), s.substring(offset),
                "beyond the limit of " + options.maxMessages() + " messages"));
        findings.onLine(FindingCode.INPUT_TOO_LARGE, line, "the paste holds more than " + options.maxMessages()
                + " messages; the text from line " + lines.number(line) + " on is not decoded");
    }

    private MessageMetadata takeDecoration() {
        if (decorationFirst < 0) {
            return MessageMetadata.NONE;
        }
        LogDecorations.Decoration d = decoration;
        String text = s.substring(lines.start(decorationFirst), lines.next(decorationLast));
        MessageMetadata m = new MessageMetadata(d.tool(), d.timestamp(), d.source(), d.destination(), d.transport(),
                text, lines.number(decorationFirst), lines.number(decorationLast));
        decorationFirst = -1;
        decoration = null;
        return m;
    }

    /** The headers every message carries: two of them among log lines mean a message hides there. */
    private static final java.util.Set<String> CORE_HEADERS = java.util.Set.of("Via", "From", "To", "Call-ID", "CSeq");

    /** The pending decoration lines, which hold SIP text no message was read from, as an undecoded block. */
    private void logLinesWithSipText() {
        undecoded.add(block(decorationFirst, decorationLast, "log lines with no SIP message read from them"));
        findings.onLine(FindingCode.UNDECODABLE_TEXT, decorationFirst, "lines " + lines.number(decorationFirst)
                + "-" + lines.number(decorationLast) + " (" + Text.q(lines.content(decorationFirst)) + "...) read as"
                + " log lines (they start with a time or a log tool's header), yet they hold SIP text from which no"
                + " message could be read: paste that message without the log's text on its lines");
        decorationFirst = -1;
        decoration = null;
    }

    /**
     * True when one of the lines holds "SIP/2.0" or, after the log's text, a registered header line: SIP text, not
     * just a log's own lines.
     */
    private boolean holdsSipText(int first, int last) {
        int headerLines = 0;
        int coreLines = 0;
        for (int k = first; k <= last; k++) {
            int ls = lines.start(k);
            int le = Text.withoutCr(s, ls, lines.contentEnd(k));
            if (LogDecorations.isTcpdumpSummary(s, ls, le)) {
                continue; // "...: SIP: INVITE sip:bob SIP/2.0" is tcpdump naming a packet, not a hidden message
            }
            int v = Text.indexOf(s, "SIP/2.0", ls, le);
            if (v >= 0 && (StartLines.statusLineAt(s, v, le) || v + 7 == le && v > ls && s.charAt(v - 1) == ' ')) {
                return true; // a start line after the log's text
            }
            int limit = Math.min(le, ls + LogDecorations.MAX_LENGTH);
            for (int i = ls + 1; i < limit; i++) {
                int nameEnd = Text.isWsp(s.charAt(i - 1)) && !Text.isWsp(s.charAt(i))
                        ? HeaderSection.registeredNameEnd(s, i, le) : -1;
                if (nameEnd >= 0) {
                    String name = HeaderCatalog.canonical(s.substring(i, nameEnd));
                    coreLines += CORE_HEADERS.contains(name) ? 1 : 0;
                    headerLines++;
                    break;
                }
            }
        }
        // a "Warning:" or "Server:" in a log's chatter is no message; a message's own Via, From, To..., or a run of
        // header lines, are
        return coreLines >= 2 || headerLines >= 4;
    }

    /** True when lines [first, last] hold nothing but blanks and the quote mark that opened the last message. */
    private boolean onlyQuoteMarks(int first, int last) {
        boolean mark = false;
        for (int k = first; k <= last; k++) {
            int ls = lines.start(k);
            int le = lines.contentEnd(k);
            for (int j = ls; j < le; j++) {
                char c = s.charAt(j);
                if (!mark && (openQuote != 0 ? c == openQuote : c == '\'' || c == '"')) {
                    mark = true;
                } else if (!Text.isWsp(c)) {
                    return false;
                }
            }
        }
        return mark;
    }

    /** The first line of the pending block that is neither blank nor a fence: what the author wrote. */
    private String firstWords() {
        for (int k = garbageFirst; k <= garbageLast; k++) {
            int ls = lines.start(k);
            int le = lines.contentEnd(k);
            if (!Text.isBlank(s, ls, le) && LogDecorations.recognize(s, ls, le) != LogDecorations.FENCE) {
                return lines.content(k);
            }
        }
        return lines.content(garbageFirst);
    }

    /**
     * The time, addresses and transport that the text before the start line on its line names (a label, or the log
     * prefix a pass took off, looked up in the paste) where the decoration lines above named none: a log that writes
     * "2024-01-01 10:00:00 Received from 192.0.2.1:5060: INVITE ..." keeps them with the message.
     */
    private MessageMetadata withLabelMetadata(MessageMetadata meta, int line, int start) {
        if (start == lines.start(line) && !notes.rewrote()
                || meta.timestamp() != null && meta.source() != null && meta.destination() != null) {
            return meta; // nothing stood before the start line, or the decoration said it all
        }
        String before = notes.pasteTextBefore(start);
        LogDecorations.Decoration d = before.length() < 8 ? null : LogDecorations.fromLabel(before);
        if (d == null) {
            return meta;
        }
        return new MessageMetadata(meta.tool() != null ? meta.tool() : d.tool(),
                meta.timestamp() != null ? meta.timestamp() : d.timestamp(),
                meta.source() != null ? meta.source() : d.source(),
                meta.destination() != null ? meta.destination() : d.destination(),
                meta.transport() != null ? meta.transport() : d.transport(),
                // a prefix a pass took off is this message's decoration, on its start line
                meta.isEmpty() ? before : meta.decoration(),
                meta.isEmpty() ? notes.pasteLineOf(start) : meta.decorationFirstLine(),
                meta.isEmpty() ? notes.pasteLineOf(start) : meta.decorationLastLine());
    }

    private String labelNote(int line, int ls, int labelEnd, char quote) {
        String where = "line " + lines.number(line) + " starts with ";
        if (quote != 0) {
            return where + (quote == '"' ? "a double" : "a single") + " quote mark before its start line: read as the"
                    + " quote a log puts around the message it prints (as Kamailio's xlog does), not as part of the"
                    + (s.startsWith("SIP/", labelEnd) ? " status line" : " method");
        }
        return where + Text.q(s.substring(ls, labelEnd)) + " before its start line: read as a label of the log or page"
                + " the message was copied from, and left out";
    }

    private void flushGarbage() {
        if (garbageFirst < 0) {
            return;
        }
        String remnant = notes.remnantReason(garbageFirst, garbageLast);
        if (remnant != null) {
            // the record's own text around an unfolded message: the message already says where it came from
            undecoded.add(block(garbageFirst, garbageLast, remnant));
            garbageFirst = -1;
            return;
        }
        if ((openQuote != 0 || garbageFirst == afterLastMessage) && onlyQuoteMarks(garbageFirst, garbageLast)) {
            undecoded.add(block(garbageFirst, garbageLast, PasteNotes.CLOSING_QUOTE));
            garbageFirst = -1;
            openQuote = 0;
            return;
        }
        for (int sdpFirst = sdpStart(garbageFirst, garbageLast); sdpFirst >= 0;
                sdpFirst = garbageFirst < 0 ? -1 : sdpStart(garbageFirst, garbageLast)) {
            splitAroundSdp(sdpFirst);
        }
        if (garbageFirst < 0) {
            return;
        }
        String first = lines.content(garbageFirst);
        String where = garbageFirst == garbageLast
                ? "line " + lines.number(garbageFirst) + " (" + Text.q(first) + ") is"
                : "lines " + lines.number(garbageFirst) + "-" + lines.number(garbageLast) + " (" + Text.q(first) + "...) are";
        HeadersWithoutStartLine headers = new HeadersWithoutStartLine(garbageFirst, garbageLast);
        if (headers.httpStartLine >= 0) {
            undecoded.add(block(garbageFirst, garbageLast, "an HTTP message, not SIP"));
            findings.onLine(FindingCode.UNDECODABLE_TEXT, garbageFirst, where + " an HTTP message (line "
                    + lines.number(headers.httpStartLine) + ", " + Text.q(lines.content(headers.httpStartLine))
                    + "), not a SIP one (a SIP start line carries SIP/2.0, not HTTP/1.1): a WebSocket handshake"
                    + " before SIP over WS, or an XCAP or Ut exchange; it is shown as it is");
        } else if (headers.count < 2 && headers.indentedStartLine >= 0) {
            int at = headers.indentedStartLine;
            int indent = 0;
            while (Text.isWsp(s.charAt(lines.start(at) + indent))) {
                indent++;
            }
            undecoded.add(block(garbageFirst, garbageLast, "an indented start line without header lines after it"));
            String next = at + 1 < lines.count && !lines.isBlank(at + 1) ? lines.content(at + 1).strip() : null;
            String why;
            if (next == null) {
                why = "no header line follows it, so no message could be read; paste the message with its header lines";
            } else if (HeaderSection.headerColon(next, 0, next.length()) > 0) {
                why = "it is not a well-formed one, and indented lines are read as a message only from a well-formed"
                        + " start line: remove the indentation to have the message decoded and its start line checked";
            } else {
                why = "the line after it (" + Text.q(next) + ") is no SIP header line (placeholders such as SIPp's"
                        + " [last_Via:] are not headers), so no message could be read; paste the message with its"
                        + " header lines";
            }
            findings.onLine(FindingCode.UNDECODABLE_TEXT, garbageFirst, where + " not decoded: line "
                    + lines.number(at) + " (" + Text.q(lines.content(at).strip()) + ") is a start line indented by "
                    + indent + (indent == 1 ? " character" : " characters") + ", but " + why);
        } else if (headers.count >= 2 && headers.brokenStartLine >= 0) {
            undecoded.add(block(garbageFirst, garbageLast, "SIP header lines after a start line with other text on its line"));
            findings.onLine(FindingCode.UNDECODABLE_TEXT, garbageFirst, where + " not decoded: they hold "
                    + headers.count + " SIP header lines (" + headers.names + ") after line "
                    + lines.number(headers.brokenStartLine) + " (" + Text.q(lines.content(headers.brokenStartLine))
                    + "), whose start line has other text before or after it; remove that text so that the line"
                    + " starts with the method or with SIP/2.0 and ends with SIP/2.0 or the reason phrase");
        } else if (headers.count >= 2 && headers.versionlessRequestLine >= 0) {
            undecoded.add(block(garbageFirst, garbageLast, "SIP header lines after a request line without its version"));
            findings.onLine(FindingCode.UNDECODABLE_TEXT, garbageFirst, where + " not decoded: they hold "
                    + headers.count + " SIP header lines (" + headers.names + ") after line "
                    + lines.number(headers.versionlessRequestLine) + " ("
                    + Text.q(lines.content(headers.versionlessRequestLine).strip()) + "), a request line without the"
                    + " SIP version at its end" + (Text.isWsp(s.charAt(lines.start(headers.versionlessRequestLine)))
                    ? " and indented" : "") + "; write it as 'METHOD request-uri SIP/2.0' at the start of its line to"
                    + " have the message decoded");
        } else if (headers.count >= 2) {
            undecoded.add(block(garbageFirst, garbageLast, "SIP header lines with no start line before them"));
            findings.onLine(FindingCode.UNDECODABLE_TEXT, garbageFirst, where + " not decoded: they hold "
                    + headers.count + " SIP header lines (" + headers.names + ") but no request or status line before"
                    + " them, so the copy starts inside a message; paste it from its first line, such as"
                    + " 'REGISTER sip:example.com SIP/2.0' or 'SIP/2.0 401 Unauthorized'");
        } else if (fences > 0 && !garbageInCodeBlock) {
            undecoded.add(block(garbageFirst, garbageLast, "prose around a Markdown code block"));
            findings.onLine(FindingCode.PROSE_AROUND_CODE_BLOCK, garbageFirst, Text.lineRange(
                    lines.number(garbageFirst), lines.number(garbageLast)) + " (" + Text.q(firstWords()) + ") stand"
                    + (garbageFirst == garbageLast ? "s" : "") + " outside the paste's Markdown code blocks (between ```"
                    + " lines), so they are read as the author's words, not SIP; only the lines inside the blocks are"
                    + " decoded");
        } else if (sdpFields(garbageFirst, garbageLast) >= 3) {
            undecoded.add(block(garbageFirst, garbageLast, "an SDP body without the SIP message that carries it"));
            findings.onLine(FindingCode.UNDECODABLE_TEXT, garbageFirst, where + " an SDP body (v=, o=, m=... lines)"
                    + " without the SIP message that carries it, and not as a run of SDP lines from column 1 (indented,"
                    + " or broken by other lines), so it is not read as SDP: paste the whole INVITE, 183, 200 or UPDATE,"
                    + " headers and empty line included, to have the SDP read and checked");
        } else {
            undecoded.add(block(garbageFirst, garbageLast, "not a SIP start line, header or known log decoration"));
            findings.onLine(FindingCode.UNDECODABLE_TEXT, garbageFirst, where + " not part of any SIP message: a"
                    + " message starts with a request line such as 'INVITE sip:bob@example.com SIP/2.0' or a status line"
                    + " such as 'SIP/2.0 200 OK'");
        }
        garbageFirst = -1;
    }

    /**
     * The first line of an SDP description pasted without its message in the lines [first, last]: a "v=0" line at
     * column 1 followed by at least two more SDP field lines; else -1. Text before or after it is read on its own.
     */
    private int sdpStart(int first, int last) {
        for (int k = first; k <= last && k < lines.count; k++) {
            int a = lines.start(k);
            if (s.startsWith("v=0", a) && Text.isBlank(s, a + 3, lines.contentEnd(k)) && sdpEnd(k, last) >= k + 2) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The last of the SDP field lines that run from line {@code k}, up to the next "v=" line, which starts another
     * description (an offer and its answer pasted one after the other). A line that is an SDP field but for blanks
     * ("a = rtpmap:...", " a=sendrecv") and a blank line with more fields after it stay in the description, as they
     * would in a message's body, so that the SDP parser names the fault instead of the rest being cut off.
     */
    private int sdpEnd(int k, int last) {
        int end = k;
        while (end + 1 <= last && end + 1 < lines.count) {
            int next = end + 1;
            if (lines.isBlank(next)) {
                int after = next + 1;
                while (after <= last && after < lines.count && lines.isBlank(after)) {
                    after++;
                }
                if (after > last || after >= lines.count || !sdpFieldButForBlanks(after)) {
                    break;
                }
                end = after;
                continue;
            }
            if (!sdpFieldButForBlanks(next)) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** An SDP field line, "x=...", also when blanks stand before it or around its '='; a "v=" line is not one. */
    private boolean sdpFieldButForBlanks(int line) {
        int a = lines.start(line);
        int e = lines.contentEnd(line);
        while (a < e && Text.isWsp(s.charAt(a))) {
            a++;
        }
        if (a >= e || s.charAt(a) < 'a' || s.charAt(a) > 'z' || s.charAt(a) == 'v') {
            return false;
        }
        int b = a + 1;
        while (b < e && b - a <= 3 && Text.isWsp(s.charAt(b))) {
            b++;
        }
        return b < e && s.charAt(b) == '=';
    }

    /**
     * Reads an SDP description that stands in the pending block without its SIP message as SDP, with its own findings,
     * and the text before it as a block of its own (the headers of a copy begun mid-message, prose); the text after it
     * is left pending.
     */
    private void splitAroundSdp(int sdpFirst) {
        int blockLast = garbageLast;
        int sdpLast = sdpEnd(sdpFirst, blockLast);
        if (fenceNextTo(sdpFirst, -1) || fenceNextTo(sdpLast, 1)) {
            // the SDP is what stood inside the Markdown code block: the text around it is the author's prose
            garbageInCodeBlock = false;
        }
        if (sdpFirst > garbageFirst) {
            int before = sdpFirst - 1;
            while (before > garbageFirst && lines.isBlank(before)) {
                before--;
            }
            garbageLast = before;
            flushGarbage();
        }
        int from = lines.start(sdpFirst);
        int to = lines.next(sdpLast);
        SessionDescription sdp = SdpParser.parse(s, from, to, findings::at, lines::numberOf);
        SdpBody body = new SdpBody(null, s.substring(from, to), sdp, lines.number(sdpFirst));
        undecoded.add(new UndecodedBlock(lines.number(sdpFirst), lines.number(sdpLast), body.text(),
                "an SDP body without the SIP message that carries it, read as SDP on its own", body));
        findings.onLine(FindingCode.SDP_WITHOUT_MESSAGE, sdpFirst, Text.lineRange(lines.number(sdpFirst),
                lines.number(sdpLast)) + " hold an SDP description (" + (sdpLast - sdpFirst + 1) + " lines from "
                + Text.q(lines.content(sdpFirst)) + ") with no SIP message around it: it is read and checked as SDP on"
                + " its own; paste the whole INVITE, 18x, 200 or UPDATE, headers and empty line included, to have it"
                + " checked against its Content-Type and Content-Length");
        garbageFirst = -1;
        int after = sdpLast + 1;
        while (after <= blockLast && lines.isBlank(after)) {
            after++;
        }
        if (after <= blockLast) {
            garbageFirst = after;
            garbageLast = blockLast;
        }
    }

    /** Whether the first non-blank line before ({@code step} -1) or after (+1) {@code line} is a Markdown fence. */
    private boolean fenceNextTo(int line, int step) {
        int k = line + step;
        while (k >= 0 && k < lines.count && lines.isBlank(k)) {
            k += step;
        }
        return k >= 0 && k < lines.count
                && LogDecorations.recognize(s, lines.start(k), lines.contentEnd(k)) == LogDecorations.FENCE;
    }

    /** How many of the lines [first, last] are SDP fields (a letter, '='), when the first non-blank one is v=0; else 0. */
    private int sdpFields(int first, int last) {
        int n = 0;
        boolean started = false;
        for (int k = first; k <= last && k < lines.count; k++) {
            int a = lines.start(k);
            int e = lines.contentEnd(k);
            while (a < e && Text.isWsp(s.charAt(a))) {
                a++;
            }
            if (a == e) {
                continue;
            }
            if (!started && !s.startsWith("v=0", a)) {
                return 0;
            }
            started = true;
            n += e - a >= 2 && Text.isAlpha(s.charAt(a)) && s.charAt(a + 1) == '=' ? 1 : 0;
        }
        return n;
    }

    /** The registered header lines in a run of lines that no start line precedes: a copy that began mid-message. */
    private final class HeadersWithoutStartLine {
        private static final int NAMED = 4;
        /** How far into a line a header name is looked for behind indentation or a log prefix. */
        private static final int MAX_PREFIX = 40;
        int count;
        String names = "";
        /** The line before the first header that holds "SIP/2.0" amid other text, or -1. */
        int brokenStartLine = -1;
        /** The line before the first header that is an HTTP request or status line, or -1. */
        int httpStartLine = -1;
        /** The first line that is a start line after leading whitespace, or -1. */
        int indentedStartLine = -1;
        /** A line before the first header that is a registered method and a URI without "SIP/2.0", or -1. */
        int versionlessRequestLine = -1;

        HeadersWithoutStartLine(int first, int last) {
            List<String> seen = new ArrayList<>();
            for (int i = first; i <= last; i++) {
                int ls = lines.start(i);
                int nameEnd = HeaderSection.registeredNameEnd(s, ls, lines.contentEnd(i));
                int nameStart = ls;
                for (int k = ls + 1; nameEnd < 0 && k < lines.contentEnd(i) && k - ls <= MAX_PREFIX; k++) {
                    // "    From: ..." in a packet tree, " I/App: To: ..." behind a log prefix (indentation, or text
                    // ending in ':', ']' or '>' as a log's prefix does; prose that names a header is no header line)
                    if (Text.isWsp(s.charAt(k - 1)) && !Text.isWsp(s.charAt(k)) && (Text.isBlank(s, ls, k)
                            || k - 2 >= ls && ":]>".indexOf(s.charAt(k - 2)) >= 0)) {
                        nameEnd = HeaderSection.registeredNameEnd(s, k, lines.contentEnd(i));
                        nameStart = k;
                    }
                }
                if (indentedStartLine < 0 && Text.isWsp(s.charAt(ls))) {
                    int t = ls;
                    while (t < lines.contentEnd(i) && Text.isWsp(s.charAt(t))) {
                        t++;
                    }
                    if (t - ls <= 40 && StartLines.looksLikeStartLine(s, t, lines.contentEnd(i))
                            && LinePrefixes.writtenStartLine(s, t, lines.contentEnd(i))) {
                        indentedStartLine = i;
                    }
                }
                if (nameEnd < 0) {
                    if (count == 0 && versionlessRequestLine < 0 && versionlessRequestLine(ls, lines.contentEnd(i))) {
                        versionlessRequestLine = i;
                    }
                    if (count == 0 && Text.indexOf(s, " SIP/2.0", ls, lines.contentEnd(i)) >= 0) {
                        brokenStartLine = i;
                    } else if (count == 0 && httpStartLine < 0 && httpStartLine(ls, lines.contentEnd(i))) {
                        httpStartLine = i;
                    }
                    continue;
                }
                count++;
                String name = HeaderCatalog.canonical(s.substring(nameStart, nameEnd));
                if (!seen.contains(name)) {
                    seen.add(name);
                }
            }
            names = String.join(", ", seen.subList(0, Math.min(NAMED, seen.size()))) + (seen.size() > NAMED ? "..." : "");
        }
    }

    /** "  INVITE sip:bob@example.org": a registered method and a URI with its scheme, and no "SIP/2.0" after it. */
    private boolean versionlessRequestLine(int ls, int le) {
        int a = ls;
        while (a < le && a - ls <= 40 && Text.isWsp(s.charAt(a))) {
            a++;
        }
        int sp = StartLines.knownMethodEnd(s, a, le);
        return sp > 0 && UriGrammar.schemeEnd(s, sp + 1, le) > 0 && Text.indexOf(s, "SIP/2.0", sp, le) < 0;
    }

    /** "HTTP/1.1 200 OK" or "GET /xcap-root/... HTTP/1.1": an HTTP start line. */
    private boolean httpStartLine(int ls, int le) {
        if (s.startsWith("HTTP/", ls) && ls + 5 < le && Text.isDigit(s.charAt(ls + 5))) {
            return true;
        }
        int e = le;
        while (e > ls && Text.isWsp(s.charAt(e - 1))) {
            e--;
        }
        return e - ls > 9 && s.startsWith(" HTTP/1.", e - 9) && Text.isDigit(s.charAt(e - 1)) && s.charAt(ls) >= 'A' && s.charAt(ls) <= 'Z';
    }

    private UndecodedBlock block(int first, int last, String reason) {
        return new UndecodedBlock(lines.number(first), lines.number(last), s.substring(lines.start(first), lines.next(last)), reason);
    }

    /** Only the notes of how the text was read: lines ending in bare LF, a label before a start line. */
    static boolean onlyReadingNotes(List<Finding> findings) {
        for (Finding f : findings) {
            if (!f.is(FindingCode.LF_LINE_ENDINGS) && !f.is(FindingCode.START_LINE_LABEL_REMOVED)) {
                return false;
            }
        }
        return true;
    }
}
