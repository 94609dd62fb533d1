package dev.sigref.sip;

/**
 * Pasted text that is not part of any SIP message and is not a recognised log decoration.
 *
 * @param firstLine 1-based first line of the block
 * @param lastLine  1-based last line of the block
 * @param text      the text exactly as pasted
 * @param reason    why it could not be decoded, lower case
 */
public record UndecodedBlock(int firstLine, int lastLine, String text, String reason) {
}
