package dev.sigref.sip;

import java.nio.charset.StandardCharsets;

/**
 * Entry point of the decoder: turns pasted text (one message, a whole trace, log output around it) into parsed SIP
 * messages, undecodable blocks and findings. It never throws on any input and its work is linear in the input size.
 */
public final class SipParser {
    private SipParser() {
    }

    /** Parses pasted text with the default limits. Body lengths are counted in UTF-8 bytes, as on the wire. */
    public static ParseResult parse(String text) {
        return parse(text, ParseOptions.DEFAULTS);
    }

    /** Parses pasted text with the given limits. */
    public static ParseResult parse(String text, ParseOptions options) {
        return parse(text == null ? "" : text, false, options);
    }

    /**
     * Parses raw bytes as captured (UTF-8 text with possibly binary bodies). Valid UTF-8 is decoded as such; each byte
     * outside a valid sequence is kept as itself (a lone low surrogate, see Text.decodeUtf8KeepingBytes), so that the
     * text around a binary body keeps its letters and Content-Length still counts bytes exactly.
     */
    public static ParseResult parse(byte[] bytes) {
        return parse(bytes, ParseOptions.DEFAULTS);
    }

    public static ParseResult parse(byte[] bytes, ParseOptions options) {
        if (bytes == null) {
            return parse("", false, options);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return parse(text, false, options);
        }
        // invalid UTF-8 (a binary body, Latin-1 text): the valid text stays text, each other byte is kept as itself
        return parse(Text.decodeUtf8KeepingBytes(bytes), true, options);
    }

    /**
     * Turns the log formats that hide SIP text back into it: line ends a copy altered, an HTML line break or table
     * border after every line, HTML escapes, SIPp scenario templates, ngrep byline dots, Wireshark's packet details tree,
     * one-line messages with escaped line ends or with blanks for line ends, {@code ^M} for CR, RFC page breaks, tcpdump -A's header bytes, the
     * torture-test RFCs' notation, hex dumps, double spacing and prefixes on every line, then double spacing again when
     * the prefixes hid it (hard-wrapped request lines are joined in a second reading, when the first finds a broken
     * start line). Each returns its input unchanged when its marker is absent.
     */
    private static String unfoldLogFormats(String text, PasteNotes notes, boolean everyMessage) {
        String sip = LineSuffixes.restore(LineEndArtefacts.restore(text, notes), notes);
        sip = SippScenario.restore(HtmlEntities.restore(sip, notes), notes);
        sip = EscapedLineEnds.restore(WiresharkTree.restore(NgrepByline.restore(sip), notes), notes);
        sip = BlankJoinedLines.restore(sip, notes);
        sip = TcpdumpAscii.restore(RfcPageBreaks.restore(CaretM.restore(sip, notes), notes), notes);
        sip = TortureTestNotation.restore(sip, notes);
        if (!startsWithBareMessage(sip)) {
            sip = HexDump.restore(sip, notes);
        }
        String spaced = DoubleSpacing.restore(sip, notes, everyMessage);
        String bare = LinePrefixes.restore(spaced, notes, everyMessage);
        // a log that also prefixed the empty lines of a double-spaced copy shows the double spacing only now
        return bare != spaced ? DoubleSpacing.restore(bare, notes, everyMessage) : bare;
    }

    /**
     * True when the first start line of the text (the first "SIP/2.0" outside a Via) begins its line: the paste is
     * SIP text, and the passes for pastes that hide it (a hex dump) need not look.
     */
    private static boolean startsWithBareMessage(String s) {
        int v = s.indexOf("SIP/2.0");
        while (v >= 0 && v + 7 < s.length() && s.charAt(v + 7) == '/') {
            v = s.indexOf("SIP/2.0", v + 7);
        }
        if (v < 0) {
            return false;
        }
        int ls = s.lastIndexOf('\n', v - 1) + 1;
        int nl = s.indexOf('\n', v);
        return !Text.isWsp(s.charAt(ls)) && StartLines.looksLikeStartLine(s, ls, Text.withoutCr(s, ls, nl < 0 ? s.length() : nl));
    }

    /**
     * Most pastes are bare SIP, so they are read as they stand first, and the log-format passes run only when that
     * reading leaves something unexplained. A reading with no finding and no undecodable block is the right one: a
     * pass's marker (an escaped line end, a tree label, a page footer, a prefix, a blank line after every line) breaks
     * that reading wherever it decorates the paste. Inside a body that Content-Length frames, a pass may find a marker
     * the sender wrote (a {@code <hex>} in XML, a quoted page break or packet tree) and rewrite it wrongly; the bare
     * reading spares clean pastes that, and the long way still does it (a known limit). The markers that can sit
     * inside a clean message's headers (a backslash, a caret, blanks padding every line) send the paste the long way
     * at once.
     *
     * Past {@link #BARE_READING_MAX_CHARS} the passes run at once: a long paste with one faulty message at its end
     * would otherwise be read almost whole twice, to save the fifth of the time that the passes take.
     *
     * @return the bare reading, or null when the paste must go through the passes
     */
    private static ParseResult readBare(String text, boolean keptBytes, ParseOptions options) {
        if (text.length() > BARE_READING_MAX_CHARS || text.indexOf('\\') >= 0 || text.indexOf('^') >= 0
                || !startsWithBareMessage(text)) {
            return null;
        }
        PasteNotes notes = new PasteNotes(text);
        if (keptBytes) {
            notes.markKeptBytes();
        }
        if (LineEndArtefacts.restore(text, notes) != text) {
            return null;
        }
        boolean utf8Text = !(notes.hasRawOctets() && allLatin1(text));
        ParseResult r = new TraceReader(text, utf8Text, options, notes).readWhileExplained();
        return r != null && explainsEverything(r) ? r : null;
    }

    /**
     * No undecodable text, and no finding but the notes that lines end in bare LF or that a label stood before a start
     * line (a log that prefixed every line leaves its prefix on the header lines too, which the reading does not
     * explain, so such a paste still goes the long way).
     */
    private static boolean explainsEverything(ParseResult r) {
        if (!r.undecoded().isEmpty() || r.messages().isEmpty() || !TraceReader.onlyReadingNotes(r.findings())) {
            return false;
        }
        for (SipMessage m : r.messages()) {
            if (!TraceReader.onlyReadingNotes(m.findings())) {
                return false;
            }
        }
        return true;
    }

    private static ParseResult read(String text, boolean keptBytes, ParseOptions options, String overflow,
            int overflowLine, boolean everyMessage, boolean wrapped) {
        PasteNotes notes = new PasteNotes(text);
        if (keptBytes) {
            notes.markKeptBytes();
        }
        String sip = unfoldLogFormats(text, notes, everyMessage);
        if (wrapped) {
            sip = WrappedStartLines.restore(sip, notes);
        }
        // octets written from hex that are no UTF-8: Content-Length counts each as one byte
        boolean utf8Text = !(notes.hasRawOctets() && allLatin1(sip));
        return new TraceReader(sip, utf8Text, options, notes).read(overflow, overflowLine);
    }

    /**
     * True when, after a decoded message, a block left undecoded holds "SIP/2.0", or a message has no header but a
     * body: what a prefixed or double-spaced copy gives when the passes for them did not look.
     */
    private static boolean holdsUnreadStartLine(ParseResult r) {
        if (r.messages().isEmpty()) {
            return false;
        }
        for (UndecodedBlock u : r.undecoded()) {
            if (u.firstLine() > r.messages().get(0).firstLine() && u.text().contains("SIP/2.0")) {
                return true;
            }
        }
        for (int i = 1; i < r.messages().size(); i++) {
            SipMessage m = r.messages().get(i);
            if (m.headers().isEmpty() && !(m.body() instanceof EmptyBody)) {
                return true;
            }
        }
        return false;
    }

    /** True when a message's start line was read as malformed: what a request line wrapped by a copy gives. */
    private static boolean holdsBrokenStartLine(ParseResult r) {
        for (SipMessage m : r.messages()) {
            for (Finding f : m.findings()) {
                if (f.is(FindingCode.MALFORMED_REQUEST_LINE) || f.is(FindingCode.MALFORMED_STATUS_LINE)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long errors(ParseResult r) {
        return r.allFindings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    private static boolean allLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** The longest paste read as bare SIP first: what a second reading may cost at most. */
    private static final int BARE_READING_MAX_CHARS = 64 * 1024;

    /** What {@link #parse(byte[])} gives with the bare reading skipped: for the test that both agree. */
    static ParseResult parseThroughPasses(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean kept = text.indexOf('\uFFFD') >= 0;
        return parse(kept ? Text.decodeUtf8KeepingBytes(bytes) : text, kept, ParseOptions.DEFAULTS, false);
    }

    /** @param keptBytes the text holds bytes that are no UTF-8, kept as themselves by Text.decodeUtf8KeepingBytes */
    private static ParseResult parse(String text, boolean keptBytes, ParseOptions options) {
        return parse(text, keptBytes, options, true);
    }

    private static ParseResult parse(String text, boolean keptBytes, ParseOptions options, boolean bareFirst) {
        ParseResult read = readAll(text, keptBytes, options, bareFirst);
        try {
            return DialogRules.apply(read);
        } catch (RuntimeException e) {
            return read; // the checks across messages add findings; a bug in them must not cost the decode
        }
    }

    private static ParseResult readAll(String text, boolean keptBytes, ParseOptions options, boolean bareFirst) {
        String overflow = null;
        int overflowLine = 0;
        if (text.length() > options.maxInputChars()) {
            int cut = options.maxInputChars();
            int nl = text.lastIndexOf('\n', cut - 1);
            cut = nl >= 0 ? nl + 1 : cut;
            if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            overflow = text.substring(cut);
            text = text.substring(0, cut);
            overflowLine = 1;
            for (int i = 0; i < cut; i++) {
                if (text.charAt(i) == '\n') {
                    overflowLine++;
                }
            }
        }
        try {
            ParseResult bare = bareFirst && overflow == null ? readBare(text, keptBytes, options) : null;
            if (bare != null) {
                return bare;
            }
            ParseResult first = read(text, keptBytes, options, overflow, overflowLine, false, false);
            // the first message stood bare, so the passes for prefixed and double-spaced copies did not look further
            // (a copy is one or the other throughout); a later block still holds a start line: one paste mixes both
            boolean everyMessage = holdsUnreadStartLine(first);
            // a broken start line may be a hard-wrapped one: the pass that joins them runs only then, sparing the
            // search in every clean paste
            boolean wrapped = holdsBrokenStartLine(first);
            if (!everyMessage && !wrapped) {
                return first;
            }
            ParseResult again = read(text, keptBytes, options, overflow, overflowLine, everyMessage, wrapped);
            int more = again.messages().size() - first.messages().size();
            return everyMessage && more > 0 || errors(again) < errors(first) ? again : first;
        } catch (RuntimeException | StackOverflowError e) {
            // A bug must not take the page down: the paste is still shown, as undecoded text.
            return new ParseResult(java.util.List.of(), java.util.List.of(new UndecodedBlock(1, 1, text,
                    "internal decoder error (" + e.getClass().getSimpleName() + "); please report this input")),
                    java.util.List.of(Finding.of(FindingCode.UNDECODABLE_TEXT, 1, 1, "the decoder failed on this paste ("
                            + e.getClass().getSimpleName() + "), so none of it is decoded; this is a bug in the"
                            + " decoder, not in the paste: please report it")));
        }
    }
}
