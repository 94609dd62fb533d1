package dev.sigref.sip;

/**
 * Pasted text that is not part of any SIP message and is not a recognised log decoration.
 *
 * @param firstLine 1-based first line of the block
 * @param lastLine  1-based last line of the block
 * @param text      the text exactly as pasted
 * @param reason    why it could not be decoded, lower case
 * @param sdp       an SDP description pasted without its SIP message, read as SDP on its own; else null
 */
public record UndecodedBlock(int firstLine, int lastLine, String text, String reason, SdpBody sdp) {

    public UndecodedBlock(int firstLine, int lastLine, String text, String reason) {
        this(firstLine, lastLine, text, reason, null);
    }

    /**
     * True when the block is what a log or a copy put around messages that were decoded (the rest of a JSON record, a
     * table's cells, a SIPp scenario's XML, a closing separator), not text the decoder could not place.
     */
    public boolean isDecoration() {
        return reason.equals(PasteNotes.RECORD_REMNANT) || reason.equals(PasteNotes.COPY_MARKUP)
                || reason.equals(PasteNotes.SCENARIO_XML) || reason.equals(PasteNotes.CLOSING_QUOTE)
                || reason.startsWith(TraceReader.TRAILING_DECORATION);
    }
}
