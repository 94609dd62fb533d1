package dev.sigref.sip;

/**
 * Limits that keep the parser's work bounded on hostile input.
 *
 * @param maxInputChars         characters read from the paste; the rest becomes an undecoded block
 * @param maxMessages           messages decoded; later ones become undecoded blocks
 * @param maxHeadersPerMessage  header lines decoded per message; later ones are kept unparsed
 */
public record ParseOptions(int maxInputChars, int maxMessages, int maxHeadersPerMessage) {

    public static final ParseOptions DEFAULTS = new ParseOptions(16 * 1024 * 1024, 100_000, 1_000);

    public ParseOptions {
        if (maxInputChars < 0 || maxMessages < 0 || maxHeadersPerMessage < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
    }
}
