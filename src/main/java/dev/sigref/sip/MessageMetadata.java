package dev.sigref.sip;

/**
 * What the log decoration around a message said about it. Every field is null (or -1) when no decoration carried it.
 *
 * @param tool             the decorating tool ({@code ngrep}, {@code sngrep}, {@code asterisk}, {@code kamailio},
 *                         {@code freeswitch}, {@code wireshark}, {@code log})
 * @param timestamp        the timestamp as the log wrote it
 * @param source           sender address
 * @param destination      receiver address
 * @param transport        UDP, TCP, TLS... in upper case
 * @param decoration       the decoration lines exactly as pasted
 * @param decorationFirstLine 1-based first line of the decoration, 0 when none
 * @param decorationLastLine  1-based last line of the decoration, 0 when none
 */
public record MessageMetadata(String tool, String timestamp, Endpoint source, Endpoint destination, String transport,
        String decoration, int decorationFirstLine, int decorationLastLine) {

    public static final MessageMetadata NONE = new MessageMetadata(null, null, null, null, null, null, 0, 0);

    public boolean isEmpty() {
        return decoration == null;
    }

    /**
     * Sender and receiver joined by {@code arrow}, with "?" for the side the log did not name (Asterisk names only the
     * far end, PJSIP only the one it sent to); null when it named neither.
     */
    public String route(String arrow) {
        if (source == null && destination == null) {
            return null;
        }
        return (source == null ? "?" : source.toString()) + arrow + (destination == null ? "?" : destination.toString());
    }
}
