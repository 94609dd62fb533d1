package dev.sigref.sip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads one message starting at a start line: header section, body framed by Content-Length, then validation. */
final class MessageReader {
    private final Lines lines;
    private final String s;
    private final boolean utf8;
    private final ParseOptions options;
    /** What the passes before reading changed in the paste, reported on the messages they touched. */
    private final PasteNotes notes;
    /** Characters the body-length scans have walked in this paste; past a few times its length, counts take over. */
    private long scanned;
    /** byteCounts[i]: UTF-8 bytes (or ISO-8859-1 bytes) of the text before offset i; null until needed. */
    private int[] byteCounts;
    /** bareLfCounts[i]: LFs without a CR before them in the text before offset i; null until needed. */
    private int[] bareLfCounts;

    MessageReader(Lines lines, boolean utf8, ParseOptions options, PasteNotes notes) {
        this.notes = notes;
        this.lines = lines;
        this.s = lines.s;
        this.utf8 = utf8;
        this.options = options;
        this.packetHeaders = new NextLine(k -> LogDecorations.isPacketHeader(s, lines.start(k), lines.contentEnd(k)));
        this.fences = new NextLine(k -> Text.isFence(s, lines.start(k), lines.contentEnd(k)));
        this.nextMessages = new NextLine(k -> StartLines.looksLikeStartLine(s, lines.start(k), lines.contentEnd(k))
                && k + 1 < lines.count && HeaderSection.headerColon(s, lines.start(k + 1), lines.contentEnd(k + 1))
                > lines.start(k + 1));
    }

    /**
     * @param message   the message
     * @param resume    the offset where reading the paste resumes: a line start, or the middle of a line where the
     *                  next message starts right after a body that does not end in CRLF (a TCP stream)
     * @param trailing  text after the declared body that belongs to no message, or null
     */
    record Framed(SipMessage message, int resume, UndecodedBlock trailing) {
    }

    private record BodyFrame(int end, int resume, UndecodedBlock trailing) {
    }

    /** Where each line of s[from, to) starts in the paste; empty when the paste was read as it is. */
    private List<TextPosition> lineStarts(int from, int to) {
        if (!lines.moved()) {
            return List.of();
        }
        List<TextPosition> out = new ArrayList<>();
        int o = from;
        while (true) {
            out.add(lines.position(o));
            int nl = s.indexOf('\n', o);
            if (nl < 0 || nl + 1 >= to) {
                return out;
            }
            o = nl + 1;
        }
    }

    /** Reads the message whose start line begins at {@code startOffset} on line {@code first}. */
    Framed read(int index, int first, int startOffset, MessageMetadata metadata) {
        FindingList f = new FindingList(lines);
        StartLine start = StartLine.parse(lines, first, startOffset, f);
        HeaderSection.Result section = HeaderSection.scan(lines, first + 1, s.length(), true, f);
        List<HeaderSection.RawHeader> raws = section.headers();
        if (raws.size() > options.maxHeadersPerMessage()) {
            HeaderSection.RawHeader over = raws.get(options.maxHeadersPerMessage());
            f.onLine(FindingCode.TOO_MANY_HEADERS, over.firstLine(), "the message has " + raws.size()
                    + " header lines; only the first " + options.maxHeadersPerMessage() + " are decoded");
            raws = raws.subList(0, options.maxHeadersPerMessage());
        }
        List<Header> headers = HeaderSection.build(lines, raws, s.length(), f);
        if (!utf8 || notes.hasKeptBytes()) {
            invalidUtf8(headers, utf8, f);
        }
        Header clHeader = Header.first(headers, "Content-Length");
        // the value as built, folding undone, read strictly: "5x" frames nothing (the grammar reports it)
        long declared = clHeader == null ? -1 : Text.parseTrimmedDigits(clHeader.rawValue(), 0,
                clHeader.rawValue().length());
        int headerEndLine = section.nextLine() - 1;
        int bodyStart = section.nextLine() >= lines.count ? s.length() : lines.start(section.nextLine());
        int bodyEnd;
        int resume;
        UndecodedBlock trailing = null;
        String cutName = section.end() == HeaderSection.End.BODY_WITHOUT_EMPTY_LINE ? cutHeaderName(section.nextLine())
                : null;
        if (cutName != null) {
            // "Conta" as the paste's last line: the copy stopped inside a header name, not at a body
            int line = section.nextLine();
            f.onLine(FindingCode.MISSING_FINAL_EMPTY_LINE, line, "the paste ends inside a header line: "
                    + Text.q(lines.content(line)) + " is the start of a header name such as " + cutName + ", so the"
                    + " copy was cut there, and the rest of the headers, the empty line and any body are missing");
            trailing = new UndecodedBlock(lines.number(line), lines.number(line), lines.content(line),
                    "a header line the copy cut short");
            bodyStart = lines.start(line);
        }
        switch (cutName != null ? HeaderSection.End.END_OF_TEXT : section.end()) {
            case NEXT_MESSAGE -> {
                bodyEnd = bodyStart;
                resume = bodyStart;
                f.onLine(FindingCode.MISSING_EMPTY_LINE, headerEndLine, "the header section ends at line "
                        + lines.number(headerEndLine) + " without the empty line (CRLF) that must close it before the next message");
            }
            case END_OF_TEXT, FENCE -> {
                bodyEnd = bodyStart;
                resume = cutName != null ? s.length() : bodyStart;
                if (cutName != null) {
                    break;
                }
                String ends = section.end() == HeaderSection.End.FENCE ? "the code block closes" : "the paste ends";
                if (declared > 0) {
                    f.onHeader(FindingCode.CONTENT_LENGTH_MISMATCH, clHeader, "content-length " + declared
                            + " declared, 0 bytes present; " + ends + " after the headers, with neither the empty"
                            + " line that closes them nor the body (a copy that stopped early, or a sender that"
                            + " counted a body it did not send)");
                } else {
                    f.onLine(FindingCode.MISSING_FINAL_EMPTY_LINE, headerEndLine, ends + " after line "
                            + lines.number(headerEndLine) + " without the empty line that closes the headers"
                            + " (copying often drops it; on the wire it is required)");
                }
            }
            default -> {
                if (section.end() == HeaderSection.End.BODY_WITHOUT_EMPTY_LINE && declared == 0
                        && !looksLikeBody(lines.start(section.nextLine()))) {
                    // no body declared, and what follows is no body: the author's text after a copy that lost its
                    // empty line, as at the end of a paste
                    f.onLine(FindingCode.MISSING_FINAL_EMPTY_LINE, headerEndLine, "the headers end after line "
                            + lines.number(headerEndLine) + " without the empty line that closes them, and line "
                            + Text.q(lines.content(section.nextLine())) + " after them is not part of the message"
                            + " (content-length 0): copying often drops the empty line; on the wire it is required");
                } else if (section.end() == HeaderSection.End.BODY_WITHOUT_EMPTY_LINE) {
                    f.onLine(FindingCode.MISSING_EMPTY_LINE, section.nextLine(), "line "
                            + Text.q(lines.content(section.nextLine()))
                            + " follows the headers without the empty line (CRLF) that must separate headers from body");
                }
                BodyFrame frame = frameBody(bodyStart, clHeader, declared, Header.first(headers, "Content-Type"),
                        lines.endsInBareLf(first), metadata.tool() != null,
                        section.end() == HeaderSection.End.BODY_WITHOUT_EMPTY_LINE, streamTransport(headers), f);
                bodyEnd = frame.end;
                resume = frame.resume;
                trailing = frame.trailing;
                unterminatedSdp(bodyStart, bodyEnd, declared, Header.first(headers, "Content-Type"), f);
            }
        }
        // a copy that ends inside the headers may have lost its Content-Length with the rest
        boolean cut = section.end() == HeaderSection.End.END_OF_TEXT || section.end() == HeaderSection.End.FENCE
                || cutName != null;
        String stream = clHeader == null && !cut ? streamTransport(headers) : null;
        if (stream != null && bodyEnd == bodyStart) {
            f.onLine(FindingCode.STREAM_WITHOUT_CONTENT_LENGTH, first, "the message has no content-length and its top"
                    + " Via says it travels over " + stream + "; on a stream transport the receiver needs it to find"
                    + " where the message ends, so RFC 3261 §18.3 and §20.14 require it even with no body: send"
                    + " 'Content-Length: 0'");
        } else if (stream != null) {
            f.at(FindingCode.STREAM_WITHOUT_CONTENT_LENGTH, bodyStart, "the message has a "
                    + byteLength(bodyStart, bodyEnd, false) + "-byte body but no content-length, and its top Via says"
                    + " it travels over " + stream + ", where the receiver cannot tell where the body ends (RFC 3261"
                    + " §18.3 and §20.14 require it on stream transports)");
        } else if (clHeader == null && bodyEnd > bodyStart) {
            f.at(FindingCode.MISSING_CONTENT_LENGTH, bodyStart, "the message has a " + byteLength(bodyStart, bodyEnd, false)
                    + "-byte body but no content-length; it is required over TCP and TLS, send it always");
        }
        String raw = s.substring(startOffset, bodyEnd);
        int lastLine = lines.lineOf(Math.max(startOffset, bodyEnd - 1));
        lineEndings(first, Math.max(first, Math.min(headerEndLine, lastLine)), f);
        String method = start.method();
        if (start.kind() == SipMessage.Kind.RESPONSE) {
            for (Header h : headers) {
                if (h.canonicalName().equals("CSeq") && h.value() instanceof CSeqValue c) {
                    method = c.method();
                    break;
                }
            }
        }
        if (WiresharkTree.TOOL.equals(metadata.tool()) && notes.treeRebuilt()) {
            f.onLine(FindingCode.REBUILT_FROM_PACKET_DETAILS, first, "this message was rebuilt from Wireshark's packet"
                    + " details (start line, header lines and SDP fields; findings point to the tree line each came from), values"
                    + " Wireshark marked [truncated] or […] are incomplete and bodies other than SDP are left out; for an exact"
                    + " check copy the bytes instead (Follow > UDP or TCP Stream, or Copy > Bytes as Printable Text)");
        }
        notes.report(first, lastLine, f);
        Body body = BodyDecoder.decode(lines, bodyStart, bodyEnd, headers, utf8, f);
        MessageRules.check(start, first, headers, body, bodyStart, f);
        SipMessage m = new SipMessage(index, start.kind(), start.text(), method, start.requestUri(), start.statusCode(),
                start.reasonPhrase(), start.version(), headers, body, f.sorted(), metadata, raw, lines.number(first),
                // a mangled Wireshark tree can take its start line from below the items it rebuilt
                Math.max(lines.number(first), lines.number(lastLine)), lineStarts(startOffset, bodyEnd));
        return new Framed(m, resume, trailing);
    }

    /** The transport of the top Via when it is a stream that needs Content-Length (TCP, TLS, SCTP), else null. */
    private static String streamTransport(List<Header> headers) {
        Header via = Header.first(headers, "Via");
        if (via == null || via.parsed().isEmpty() || !(via.parsed().get(0) instanceof ViaValue v)) {
            return null;
        }
        String t = v.transport().toUpperCase(java.util.Locale.ROOT);
        return switch (t) {
            // not WS or WSS: a WebSocket message frames the SIP message, so Content-Length may go (RFC 7118 §5.1)
            case "TCP", "TLS", "SCTP", "TLS-SCTP" -> t;
            default -> null;
        };
    }

    /**
     * An SDP body whose declared length ends right after its last line's text, before the line end (the sender left it
     * out, or did not count it): what a receiver takes as the body ends in a line with no CRLF.
     */
    private void unterminatedSdp(int bodyStart, int bodyEnd, long declared, Header contentType, FindingList f) {
        // a repaired paste (lines joined, prefixes cut) no longer has the sender's byte counts
        if (declared <= 0 || bodyEnd <= bodyStart || lines.moved() || s.charAt(bodyEnd - 1) == '\n'
                || !(contentType != null && contentType.value() instanceof MediaType m && m.is("application", "sdp"))
                // the CRLF the length left out stands after it; an LF copy (or one that wrapped a line) cannot tell
                || bodyEnd < s.length() && !s.startsWith("\r\n", bodyEnd)
                || byteLength(bodyStart, bodyEnd, false) != declared) {
            return;
        }
        int lastLine = lines.lineOf(bodyEnd - 1);
        int lastStart = Math.max(lines.start(lastLine), bodyStart);
        for (int k = lines.lineOf(bodyStart); k <= lastLine; k++) {
            int ls = Math.max(lines.start(k), bodyStart);
            if (lines.contentEnd(k) - ls < 2 || "vosiuepcbtrzkam".indexOf(s.charAt(ls)) < 0 || s.charAt(ls + 1) != '=') {
                // not SDP lines throughout: another body, or a copy that wrapped a line and so moved the count
                return;
            }
        }
        f.at(FindingCode.SDP_LAST_LINE_UNTERMINATED, bodyEnd, "the " + declared + " bytes content-length counts end"
                + " with " + Text.q(s.substring(lastStart, bodyEnd)) + " and no line"
                + " end: RFC 8866 §9 ends every SDP line in CRLF, and a strict parser drops or rejects an unterminated"
                + " last line; send the CRLF and count it in Content-Length");
    }

    /** Content-Length counts bytes (RFC 3261 §20.14); copied text may also have lost its CRs. */
    private BodyFrame frameBody(int bodyStart, Header clHeader, long declared, Header contentType, boolean lf,
            boolean decorated, boolean noEmptyLine, String stream, FindingList f) {
        boolean typed = contentType != null;
        MediaType type = contentType != null && contentType.value() instanceof MediaType m ? m : null;
        boolean sdp = type != null && type.is("application", "sdp");
        boolean mayHoldMessages = type != null && ("message".equalsIgnoreCase(type.type())
                || "multipart".equalsIgnoreCase(type.type()));
        int bodyLine = bodyStart >= s.length() ? lines.count : lines.lineOf(bodyStart);
        int fragment = declared == 0 && isSipfrag(type) ? sipfragAt(bodyLine) : -1;
        if (fragment > bodyStart) {
            f.onHeader(FindingCode.CONTENT_LENGTH_MISMATCH, clHeader, "content-length 0 declared, but the"
                    + " message/sipfrag the Content-Type announces follows (" + Text.q(lines.content(bodyLine)) + ", "
                    + byteLength(bodyStart, fragment, false) + " bytes): a receiver takes the body as empty, or on a"
                    + " stream reads the fragment as the next message; count it in Content-Length");
            int resume = boundaryAt(fragment);
            return new BodyFrame(fragment, resume >= 0 ? resume : fragment, null);
        }
        if (declared >= 0) {
            int endLf = lf ? advance(bodyStart, declared, true) : -1;
            int endRaw = advance(bodyStart, declared, false);
            // (an LF copy whose body, counted with CRLF line ends, is exactly the declared length lacks nothing)
            if (endRaw < 0 && endLf != s.length() && bodyStart < s.length() && s.charAt(s.length() - 1) != '\n') {
                // the paste ends inside the body without a line end: a copy that dropped the body's last CRLF (or
                // LF) is short by just that, whichever way its line ends were counted
                long shortRaw = declared - byteLength(bodyStart, s.length(), false);
                long shortCrlf = lf ? declared - byteLength(bodyStart, s.length(), true) : -1;
                long missing = shortRaw >= 1 && shortRaw <= 2 ? shortRaw : shortCrlf >= 1 && shortCrlf <= 2 ? shortCrlf : -1;
                if (missing > 0) {
                    f.at(FindingCode.BODY_LAST_LINE_END_MISSING, s.length(), "content-length " + declared + " declared,"
                            + " and the body stops " + missing + " byte" + (missing == 1 ? "" : "s")
                            + " short at the end of the paste, without its last line end: copying drops it; on the"
                            + " wire the body must carry all the bytes Content-Length counts");
                    return new BodyFrame(s.length(), s.length(), null);
                }
            }
            if (endLf > bodyStart && (decorated && packetHeaders.before(bodyLine, endLf) || fences.before(bodyLine, endLf))) {
                endLf = -1;
            }
            if (endRaw > bodyStart && (decorated && packetHeaders.before(bodyLine, endRaw)
                    || fences.before(bodyLine, endRaw))) {
                // the log's next packet header, or the fence closing the pasted block, stands inside the declared
                // length: the body is shorter than declared
                endRaw = -1;
            }
            int resume = endLf >= 0 ? boundaryAt(endLf) : -1;
            if (resume >= 0) {
                return new BodyFrame(endLf, resume, null);
            }
            resume = endRaw >= 0 ? boundaryAt(endRaw) : -1;
            if (resume >= 0) {
                return new BodyFrame(endRaw, resume, null);
            }
            // neither end lands on a boundary: prefer the one that at least ends a line (an LF copy whose
            // Content-Length counted LF, with text after the message), else the CRLF count
            int end = endLf >= 0 && (endRaw < 0 || endsALine(endLf) || !endsALine(endRaw)) ? endLf : endRaw;
            if (end == endLf && endRaw > endLf && endsALine(endLf) && endsALine(endRaw)
                    && continuesBody(endLf, sdp) && !continuesBody(endRaw, sdp)) {
                // both end a line, but the CRLF count would leave an SDP line or a closing boundary out of the
                // body: the sender counted the LF line ends as they are
                end = endRaw;
            }
            if (end > bodyStart && !mayHoldMessages && !endsALine(end) && messageWithin(bodyLine, end)) {
                // the declared length ends inside a line, and a whole start line with its header line stands before
                // that: the next message, so the body is shorter than declared. A length that lands on a boundary is
                // kept, whatever the body says (a text body may quote a request).
                endLf = -1;
                endRaw = -1;
                end = -1;
            }
            int separated = end >= 0 ? afterEmptyLine(end) : -1;
            if (separated >= 0) {
                // an empty line after the declared body: what follows is text between messages, not body
                return new BodyFrame(end, separated, null);
            }
            if (end > 0 && !notes.isEmpty() && end < s.length()) {
                // the line the body ends on (its line end may follow the declared bytes)
                int endLine = lines.start(lines.lineOf(end)) == end ? lines.lineOf(end) - 1 : lines.lineOf(end);
                int after = lines.next(endLine);
                if (Text.isBlank(s, end, after) && notes.endsAt(endLine)) {
                    // the message's lines had a log prefix and the next line kept its own: log text, not extra body
                    return new BodyFrame(end, after, null);
                }
            }
            if (declared == 0 && (!typed || noEmptyLine) && end == bodyStart && atLineStart(end) && !looksLikeBody(end)) {
                // no body declared and none typed: the lines after the empty line are the log's, not this message's
                return new BodyFrame(end, end, null);
            }
            if (end >= 0) {
                int next = nextBoundaryLine(lines.lineOf(end) + (lines.start(lines.lineOf(end)) == end ? 0 : 1));
                int nextOffset = next >= lines.count ? s.length() : lines.start(next);
                int extraEnd = trimTrailingBlankLines(end, nextOffset);
                if (extraEnd <= end) {
                    return new BodyFrame(end, nextOffset, null); // the body ends where the next boundary starts
                }
                String remnant = remnantOnly(end, extraEnd);
                if (remnant == null && closingQuoteOnly(end, extraEnd)) {
                    remnant = PasteNotes.CLOSING_QUOTE; // "...a=sendrecv\r\n'": the log quoted the message
                }
                if (remnant != null) {
                    // the body ends the escaped string; what follows is the log record's own text ("} and the like)
                    return new BodyFrame(end, nextOffset, new UndecodedBlock(lines.numberOf(end),
                            lines.numberOf(extraEnd - 1), s.substring(end, extraEnd), remnant));
                }
                f.at(FindingCode.DATA_AFTER_BODY, end, "content-length " + declared + " declared, but "
                        + byteLength(end, extraEnd, false) + " more bytes follow the body before the next message"
                        + " (" + Text.q(s.substring(end, Math.min(extraEnd, end + 40)))
                        + (stream == null ? "); a receiver discards them (RFC 3261 §18.3, datagrams)"
                        : "); over " + stream + " a receiver reads them as the start of the next message, which then"
                        + " fails to parse (RFC 3261 §18.3, streams)") + ": check the content-length or the paste");
                UndecodedBlock block = new UndecodedBlock(lines.numberOf(end), lines.numberOf(extraEnd - 1),
                        s.substring(end, extraEnd), "text after the body that content-length " + declared + " declares");
                return new BodyFrame(end, nextOffset, block);
            }
            int next = nextBoundaryLine(bodyLine);
            int nextOffset = next >= lines.count ? s.length() : lines.start(next);
            int end2 = trimTrailingBlankLines(bodyStart, nextOffset);
            if (decorated) {
                end2 = trimTrailingDecoration(bodyStart, end2);
            }
            if (sdp) {
                end2 = afterLastSdpLine(bodyStart, end2);
            }
            end2 = endOfPrefixedLines(bodyLine, bodyStart, end2);
            long present = byteLength(bodyStart, end2, false);
            String crlfNote = lf ? " (" + byteLength(bodyStart, end2, true) + " with CRLF line ends)" : "";
            int blanks = end2 > bodyStart && notes.collapsedBodyWithin(bodyLine, lines.lineOf(end2 - 1))
                    ? blanks(bodyStart, end2) : -1;
            if (blanks >= declared - present) {
                // each line end the copy made a blank is a byte short: the sender's count cannot be checked
                f.onHeader(FindingCode.CONTENT_LENGTH_UNVERIFIABLE, clHeader, "content-length " + declared
                        + " declared, " + present + " bytes present: the body came on one line with its line ends"
                        + " turned into single blanks, and any of its " + blanks + " blanks may have been one (a byte"
                        + " short each), so its length cannot be checked");
                return new BodyFrame(end2, end2, null);
            }
            // on the header that declares the length: the value a receiver frames the body by
            f.onHeader(FindingCode.CONTENT_LENGTH_MISMATCH, clHeader, "content-length " + declared + " declared, " + present
                    + " bytes present" + crlfNote + "; the body is shorter than declared: the message is truncated"
                    + " or the sender computed content-length wrongly");
            // reading resumes right after the body, so that the log lines given back are read as such
            return new BodyFrame(end2, end2, null);
        }
        if (bodyLine > 0 && bodyLine < lines.count && !notes.isEmpty() && notes.endsAt(bodyLine - 1)) {
            // no Content-Length, and the lines after the empty line kept their log prefix: log text, not a body
            return new BodyFrame(bodyStart, bodyStart, null);
        }
        int boundary = nextBoundaryLine(bodyLine);
        if (mayHoldMessages && boundary == bodyLine) {
            // a sipfrag body starts with a start line of its own ("SIP/2.0 200 OK"): the next message comes after it
            boundary = nextBoundaryLine(bodyLine + 1);
        }
        int next = logLineAfterEmptyLine(bodyLine, boundary);
        int nextOffset = next >= lines.count ? s.length() : lines.start(next);
        int end = trimTrailingBlankLines(bodyStart, nextOffset);
        int prefixed = endOfPrefixedLines(bodyLine, bodyStart, end);
        if (prefixed < end) {
            return new BodyFrame(prefixed, prefixed, null);
        }
        if (sdp) {
            int sdpEnd = afterLastSdpLine(bodyStart, end);
            if (sdpEnd < end) {
                return new BodyFrame(sdpEnd, sdpEnd, null);
            }
        }
        String remnant = end > bodyStart ? remnantOnly(bodyStart, end) : null;
        if (remnant != null) {
            // no Content-Length, and all that follows is what a pass set apart around the message: no body
            return new BodyFrame(bodyStart, nextOffset, new UndecodedBlock(lines.numberOf(bodyStart),
                    lines.numberOf(end - 1), s.substring(bodyStart, end), remnant));
        }
        return new BodyFrame(end, nextOffset, null);
    }

    /**
     * Where a body that no Content-Length bounds ends when the message's lines, its body's first lines included, had
     * a log prefix: with the last of them, since a line without the prefix (the author's note under a listing) is not
     * the message's. {@code to} when the prefix runs that far, stops before the body, or there is none.
     */
    private int endOfPrefixedLines(int bodyLine, int from, int to) {
        if (notes.isEmpty() || bodyLine == 0 || bodyLine >= lines.count) {
            return to;
        }
        int run = notes.prefixRunEnd(bodyLine - 1);
        if (run < bodyLine || run + 1 >= lines.count || lines.start(run + 1) >= to) {
            // the prefix stopped at the empty line (listings that number the headers only) or never did
            return to;
        }
        return Math.max(from, trimTrailingBlankLines(from, lines.start(run + 1)));
    }

    /**
     * Where an SDP body that no Content-Length bounds (none was sent, or it declares more than the paste holds) ends:
     * after its last line of SDP's {@code <type>=} shape, when only other lines follow it up to {@code to}. Those are
     * the log's next lines (a console's "+13s", a trace's numbered entries), given back to be read as such; a line
     * between two SDP lines stays in the body, where the SDP parser names it.
     */
    private int afterLastSdpLine(int from, int to) {
        int last = -1;
        for (int k = lines.lineOf(from); k < lines.count && lines.start(k) < to; k++) {
            int ls = Math.max(from, lines.start(k));
            if (Text.sdpLineAt(s, ls, to)) {
                last = k;
            }
        }
        if (last < 0) {
            return from; // not one SDP line: a banner or log text, no body
        }
        return Math.min(to, lines.next(last));
    }

    /**
     * A body without Content-Length runs to the next message, unless a line that starts with a date and time follows
     * an empty line before that: the log's next entry, not body text. Returns that line, else {@code next}.
     */
    private int logLineAfterEmptyLine(int bodyLine, int next) {
        for (int k = bodyLine + 1; k < next; k++) {
            if (lines.isBlank(k - 1) && !lines.isBlank(k)
                    && LogDecorations.startsWithTimestamp(s, lines.start(k), lines.contentEnd(k))) {
                return k;
            }
        }
        return next;
    }


    /** True when {@code offset} starts a line: the text after an empty line, not the rest of a line. */
    private boolean atLineStart(int offset) {
        return offset < s.length() && lines.start(lines.lineOf(offset)) == offset;
    }

    /**
     * True when the text at {@code offset} still belongs to the message: a body a sender forgot to count (SDP, XML, a
     * multipart part) or header lines after a stray empty line.
     */
    private boolean looksLikeBody(int offset) {
        if (s.startsWith("v=", offset) || s.startsWith("<", offset) || s.startsWith("--", offset)
                || s.startsWith("{", offset)) {
            return true;
        }
        int line = lines.lineOf(offset);
        for (int k = line; k < Math.min(lines.count, line + 2); k++) {
            if (HeaderSection.registeredNameEnd(s, lines.start(k), lines.contentEnd(k)) >= 0) {
                return true;
            }
        }
        return false;
    }


    /**
     * The first line at or after a given one that matches a test. Messages are read in order, so the answer is
     * remembered and each line is looked at once, whatever the bodies declare.
     */
    private final class NextLine {
        private final java.util.function.IntPredicate matches;
        /** The query line the remembered answer was found from; -1 before the first. */
        private int query = -1;
        /** The first matching line at or after {@link #query}, or the line count when there is none. */
        private int found = -1;

        NextLine(java.util.function.IntPredicate matches) {
            this.matches = matches;
        }

        int from(int fromLine) {
            if (query >= 0 && fromLine >= query && fromLine <= found) {
                return found;
            }
            int k = fromLine;
            while (k < lines.count && !matches.test(k)) {
                k++;
            }
            query = fromLine;
            found = k;
            return k;
        }

        /** True when a matching line from {@code fromLine} starts before {@code end}. */
        boolean before(int fromLine, int end) {
            int h = from(fromLine);
            return h < lines.count && lines.start(h) < end;
        }
    }

    /** A tool's packet header (an ngrep, Asterisk or FreeSWITCH line): in a decorated log no body runs across one. */
    private final NextLine packetHeaders;
    /** A Markdown code fence: it closes the block a message was pasted in, whatever Content-Length says. */
    private final NextLine fences;
    /**
     * A start line followed by a header line: the next message. Only a message/* body (sipfrag) or a multipart one
     * holding such a part may contain one; any other body declared longer than the text up to it is cut there.
     */
    private final NextLine nextMessages;

    /** True when the line at {@code offset} reads as more of the body: an SDP line, or a multipart delimiter. */
    private boolean continuesBody(int offset, boolean sdp) {
        if (offset >= s.length()) {
            return false;
        }
        return sdp && Text.sdpLineAt(s, offset, s.length()) || s.startsWith("--", offset);
    }

    /** True when {@code offset} is the end of the text or the start of a line: a body that ends there ends a line. */
    private boolean endsALine(int offset) {
        return offset >= s.length() || lines.start(lines.lineOf(offset)) == offset;
    }

    /**
     * True when a whole start line with a header line after it lies between {@code fromLine} and {@code end}: the
     * next message inside a declared body. A start line that {@code end} cuts (a body glued to the next message, with
     * no line end between) is no sign of a wrong length.
     */
    private boolean messageWithin(int fromLine, int end) {
        int h = nextMessages.from(fromLine);
        return h < lines.count && lines.contentEnd(h) <= end;
    }

    /** The offset where {@code bytes} bytes from {@code from} end, or -1 when the text is shorter. */
    private int advance(int from, long bytes, boolean bareLfCountsTwo) {
        if (byteCounts != null) {
            return advanceByCounts(from, bytes, bareLfCountsTwo);
        }
        long n = 0;
        int i = from;
        int len = s.length();
        while (n < bytes && i < len) {
            char c = s.charAt(i);
            n += byteWidth(c, i, bareLfCountsTwo);
            i += Character.isHighSurrogate(c) && i + 1 < len ? 2 : 1;
        }
        scanned += i - from;
        if (scanned > 4L * len + 65_536) {
            // bodies walked again and again (many declare more than the paste holds, or a decorated log cuts each
            // at the next packet): count once, then search
            countBytes();
        }
        return n < bytes ? -1 : i;
    }

    /**
     * Counts, for every offset, the bytes before it and the bare LFs before it. The second half of a surrogate pair
     * gets the count of its first half, so that no search ends between them (as the scan in advance never does).
     */
    private void countBytes() {
        int len = s.length();
        int[] counts = new int[len + 1];
        int[] lfs = new int[len + 1];
        long n = 0;
        int bare = 0;
        int i = 0;
        while (i < len) {
            counts[i] = (int) Math.min(n, Integer.MAX_VALUE);
            lfs[i] = bare;
            char c = s.charAt(i);
            n += byteWidth(c, i, false);
            if (c == '\n' && (i == 0 || s.charAt(i - 1) != '\r')) {
                bare++;
            }
            if (Character.isHighSurrogate(c) && i + 1 < len) {
                counts[i + 1] = counts[i];
                lfs[i + 1] = lfs[i];
                i += 2;
            } else {
                i++;
            }
        }
        counts[len] = (int) Math.min(n, Integer.MAX_VALUE);
        lfs[len] = bare;
        byteCounts = counts;
        bareLfCounts = lfs;
    }

    /** The same answer as the scan in {@link #advance}, by binary search over the counts. */
    private int advanceByCounts(int from, long bytes, boolean bareLfCountsTwo) {
        if (bytes <= 0) {
            return from;
        }
        long target = bytesBefore(from, bareLfCountsTwo) + bytes;
        int len = s.length();
        if (bytesBefore(len, bareLfCountsTwo) < target) {
            return -1;
        }
        int lo = from + 1;
        int hi = len;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (bytesBefore(mid, bareLfCountsTwo) >= target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * A paste that is not valid UTF-8 is read byte for byte (a binary body is the usual cause), so each header's
     * characters are its bytes: those that break UTF-8 there are an error, since header text is UTF-8 (TEXT-UTF8char).
     */
    private static void invalidUtf8(List<Header> headers, boolean utf8, FindingList f) {
        for (Header h : headers) {
            if (Text.isAscii(h.rawValue())) {
                continue;
            }
            if (utf8 && !holdsKeptByte(h.rawValue())) {
                continue; // decoded text is valid UTF-8 unless a byte was kept as itself
            }
            String line = h.name() + ": " + h.rawValue();
            // the line's bytes, one character each: as read (octets) or as decoded, with kept bytes given back
            String bytes = utf8 ? new String(Text.utf8Bytes(line, 0, line.length()), StandardCharsets.ISO_8859_1) : line;
            int bad = Text.invalidUtf8At(bytes);
            if (bad >= 0) {
                f.onHeader(FindingCode.INVALID_UTF8, h, charsBefore(line, bad, utf8), h.canonicalName()
                        + " holds the byte "
                        + String.format("0x%02X", (int) bytes.charAt(bad)) + " at " + Text.q(bytes.substring(
                        Math.max(0, bad - 10), Math.min(bytes.length(), bad + 10))) + ", which is not valid UTF-8"
                        + " (a lone or cut multi-byte sequence, an overlong form or a surrogate, or Latin-1 text); SIP header text is UTF-8, and a"
                        + " receiver may reject the message or show the value garbled");
            }
        }
    }

    /**
     * The characters of {@code line} before its byte {@code byteIndex}: the column offset of that byte when the header
     * stands on one line (a folded value puts it on a later line; the finding then stays on the header's first).
     */
    private static int charsBefore(String line, int byteIndex, boolean utf8) {
        if (!utf8) {
            return byteIndex; // read as octets: a character per byte
        }
        int bytes = 0;
        int i = 0;
        while (i < line.length() && bytes < byteIndex) {
            int next = Character.isHighSurrogate(line.charAt(i)) && i + 1 < line.length() ? i + 2 : i + 1;
            bytes += Text.utf8Bytes(line, i, next).length;
            i = next;
        }
        return line.indexOf('\n') < 0 && line.indexOf('\r') < 0 && i <= line.length() ? i : 0;
    }

    /** True when s[from, to) holds one quote mark (' or ") and blanks: the end of a message a log quoted. */
    private boolean closingQuoteOnly(int from, int to) {
        boolean mark = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!mark && (c == '\'' || c == '"')) {
                mark = true;
            } else if (!Text.isWsp(c) && c != '\r' && c != '\n') {
                return false;
            }
        }
        return mark;
    }

    /**
     * Why s[from, to) is decoration when it is blank but for lines a pass left around the messages it unfolded (what
     * surrounded a one-line message in its record, a SIPp scenario's XML); else null.
     */
    private String remnantOnly(int from, int to) {
        String reason = null;
        for (int line = lines.lineOf(from); line < lines.count && lines.start(line) < to; line++) {
            int a = Math.max(lines.start(line), from);
            int b = Math.min(lines.contentEnd(line), to);
            if (!Text.isBlank(s, a, b)) {
                String r = notes.remnantReason(line, line);
                if (r == null) {
                    return null;
                }
                reason = reason == null ? r : reason;
            }
        }
        return reason;
    }

    private static boolean holdsKeptByte(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Text.isEscapedByte(s, i)) {
                return true;
            }
        }
        return false;
    }

    private long bytesBefore(int offset, boolean bareLfCountsTwo) {
        return byteCounts[offset] + (bareLfCountsTwo ? (long) bareLfCounts[offset] : 0L);
    }

    private int byteWidth(char c, int i, boolean bareLfCountsTwo) {
        if (c < 0x80) {
            return c == '\n' && bareLfCountsTwo && (i == 0 || s.charAt(i - 1) != '\r') ? 2 : 1;
        }
        if (!utf8 || Character.isLowSurrogate(c)) {
            // a low surrogate reached here has no high one before it (pairs are stepped over): a byte kept as itself
            return 1;
        }
        if (c < 0x800) {
            return 2;
        }
        return Character.isHighSurrogate(c) ? 4 : 3;
    }

    long byteLength(int from, int to, boolean bareLfCountsTwo) {
        long n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            n += byteWidth(c, i, bareLfCountsTwo);
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return n;
    }

    /**
     * The offset where reading resumes when a body ends at {@code end}: the next non-blank text must start a message
     * (possibly on the same line, as in a TCP stream) or be a decoration. Returns -1 when other text follows.
     */
    private int boundaryAt(int end) {
        if (end >= s.length()) {
            return s.length();
        }
        int line = lines.lineOf(end);
        int k = line;
        if (end != lines.start(line)) {
            if (!Text.isBlank(s, end, lines.next(line))) {
                return StartLines.looksLikeStartLine(s, end, lines.contentEnd(line)) ? end : -1;
            }
            k = line + 1;
        }
        while (k < lines.count && lines.isBlank(k)) {
            k++;
        }
        if (k >= lines.count) {
            return s.length();
        }
        int ls = lines.start(k);
        int le = lines.contentEnd(k);
        if (StartLines.looksLikeStartLine(s, ls, le) || LogDecorations.recognize(s, ls, le) != null
                || StartLines.labelledStartLine(lines, k, ls, le) > ls) {
            return ls;
        }
        return -1;
    }

    /**
     * When the declared body is followed by the rest of its line and then at least one empty line, the offset of the
     * first non-blank line after them; else -1.
     */
    private int afterEmptyLine(int end) {
        int line = lines.lineOf(end);
        int k = line;
        if (end != lines.start(line)) {
            if (!Text.isBlank(s, end, lines.next(line))) {
                return -1;
            }
            k = line + 1;
        }
        if (k >= lines.count || !lines.isBlank(k)) {
            return -1;
        }
        while (k < lines.count && lines.isBlank(k)) {
            k++;
        }
        return k >= lines.count ? s.length() : lines.start(k);
    }

    /**
     * The header name that line {@code k} begins, when it is the paste's last text and a bare start of a registered
     * name ("Conta" of Contact): a copy cut inside it. Null otherwise.
     */
    private String cutHeaderName(int k) {
        if (k >= lines.count) {
            return null;
        }
        for (int j = k + 1; j < lines.count; j++) {
            if (!lines.isBlank(j)) {
                return null;
            }
        }
        int a = lines.start(k);
        int e = Text.trimEnd(s, a, lines.contentEnd(k));
        for (int i = a; i < e; i++) {
            if (!Text.isTokenChar(s.charAt(i))) {
                return null;
            }
        }
        return e - a >= 2 ? HeaderCatalog.completing(s.substring(a, e)) : null;
    }

    private static boolean isSipfrag(MediaType type) {
        return type != null && type.is("message", "sipfrag");
    }

    /**
     * Where a sipfrag (RFC 3420: a start line and perhaps a few header lines) that starts on line {@code first} ends,
     * when what stands there is one: a start line whose lines up to the next empty line carry none of the headers a
     * message of its own would (Via, Call-ID, CSeq). -1 otherwise.
     */
    private int sipfragAt(int first) {
        if (first >= lines.count || !StartLines.looksLikeStartLine(s, lines.start(first), lines.contentEnd(first))) {
            return -1;
        }
        int k = first + 1;
        for (; k < lines.count && !lines.isBlank(k) && k - first <= MAX_SIPFRAG_LINES; k++) {
            int ls = lines.start(k);
            int le = lines.contentEnd(k);
            int colon = HeaderSection.headerColon(s, ls, le);
            HeaderCatalog.Def def = colon > ls ? HeaderCatalog.lookup(s, ls, Text.trimEnd(s, ls, colon)) : null;
            if (StartLines.looksLikeStartLine(s, ls, le) || def != null && (def.kind() == HeaderCatalog.Kind.VIA
                    || def.kind() == HeaderCatalog.Kind.CALL_ID || def.kind() == HeaderCatalog.Kind.CSEQ)) {
                return -1;
            }
        }
        return k - first > MAX_SIPFRAG_LINES ? -1 : k >= lines.count ? s.length() : lines.start(k);
    }

    /** The most lines a sipfrag after a Content-Length of 0 is looked for in (RFC 3515's are one to a few). */
    private static final int MAX_SIPFRAG_LINES = 8;

    /** The next line that starts a message or is a distinctive log decoration. */
    private int nextBoundaryLine(int from) {
        for (int k = from; k < lines.count; k++) {
            int ls = lines.start(k);
            int le = lines.contentEnd(k);
            if (StartLines.looksLikeStartLine(s, ls, le)) {
                return k;
            }
            LogDecorations.Decoration d = LogDecorations.recognize(s, ls, le);
            if (d != null && d.strong() || StartLines.labelledStartLine(lines, k, ls, le) > ls) {
                return k;
            }
            if (notes.scenarioXmlAt(k)) {
                return k; // the ]]> that closes a SIPp template: a message without Content-Length ends there
            }
        }
        return lines.count;
    }

    /**
     * Moves {@code to} back over the log lines (an ngrep '#', a separator) and blank lines that stand between a short
     * body and the next packet's header: they belong to the log, not to the body.
     */
    private int trimTrailingDecoration(int from, int to) {
        int e = to;
        while (e > from) {
            int line = lines.lineOf(e - 1);
            int ls = lines.start(line);
            int le = lines.contentEnd(line);
            if (ls < from || !isLogLine(ls, le)) {
                return e;
            }
            e = trimTrailingBlankLines(from, ls);
        }
        return e;
    }

    /** A line a capture tool writes between packets: one it names, or a separator such as ngrep's '#'. */
    private boolean isLogLine(int ls, int le) {
        LogDecorations.Decoration d = LogDecorations.recognize(s, ls, le);
        if (d == null) {
            return false;
        }
        if (d.tool() != null) {
            return true;
        }
        char c = s.charAt(ls);
        for (int i = ls; i < le; i++) {
            if (s.charAt(i) != c) {
                return false;
            }
        }
        return "#=-~*".indexOf(c) >= 0;
    }

    private int blanks(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += s.charAt(i) == ' ' ? 1 : 0;
        }
        return n;
    }

    /** Moves {@code to} back over trailing blank lines, keeping the line end of the last text line. */
    private int trimTrailingBlankLines(int from, int to) {
        int e = to;
        while (e > from) {
            int line = lines.lineOf(e - 1);
            int ls = Math.max(lines.start(line), from);
            if (!Text.isBlank(s, ls, e)) {
                break;
            }
            e = ls;
        }
        return e;
    }

    private void lineEndings(int first, int last, FindingList f) {
        int bareLf = -1;
        int crlf = -1;
        int emptyLineLf = -1;
        for (int k = first; k <= last && k < lines.count; k++) {
            if (lines.contentEnd(k) == lines.start(k)) {
                // the empty line that ends the headers: its line end is looked at only against the others
                emptyLineLf = lines.endsInBareLf(k) ? k : emptyLineLf;
                continue;
            }
            if (lines.endsInBareLf(k)) {
                bareLf = bareLf < 0 ? k : bareLf;
            } else if (lines.endsInCrlf(k)) {
                crlf = crlf < 0 ? k : crlf;
            }
        }
        if (bareLf < 0) {
            if (emptyLineLf >= 0 && crlf >= 0 && !lines.moved()) {
                f.onLine(FindingCode.MIXED_LINE_ENDINGS, emptyLineLf, "the empty line that ends the headers (line "
                        + lines.number(emptyLineLf) + ") ends in a bare LF, the header lines in CRLF: RFC 3261 §7"
                        + " ends the empty line in CRLF too, and a receiver that looks for CRLF CRLF does not find where"
                        + " the headers end");
            }
            return;
        }
        if (crlf >= 0 && !lines.moved()) {
            // a copy changes every line end alike; a mix comes from the sender (or a log that wrote part of the lines)
            f.onLine(FindingCode.MIXED_LINE_ENDINGS, Math.max(bareLf, crlf), "line " + lines.number(Math.max(bareLf, crlf))
                    + " ends in " + (bareLf > crlf ? "a bare LF" : "CRLF") + " but line " + lines.number(Math.min(bareLf, crlf))
                    + " in " + (bareLf > crlf ? "CRLF" : "a bare LF") + ": the header lines of this message mix both, which"
                    + " copying alone does not do; on the wire every line ends in CRLF, and a strict parser stops at the"
                    + " first bare LF");
            return;
        }
        f.onLine(FindingCode.LF_LINE_ENDINGS, bareLf, "lines end in a bare LF instead of CRLF (usual in copied"
                + " text; on the wire SIP requires CRLF); content-length was checked against both");
    }
}
