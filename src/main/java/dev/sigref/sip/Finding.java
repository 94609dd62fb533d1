package dev.sigref.sip;

import java.util.Objects;

/**
 * One problem or remark about the pasted text.
 *
 * @param severity  error, warning or info
 * @param code      stable kebab-case code from {@link FindingCode}
 * @param line      1-based line in the paste (0 when unknown)
 * @param column    1-based column in that line (0 when unknown)
 * @param reference the clause the finding rests on, e.g. {@code RFC 3261 §8.1.1}
 * @param message   one plain sentence quoting the bad value
 */
public record Finding(Severity severity, String code, int line, int column, String reference, String message) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(message, "message");
    }

    /** Line then column: the order a message's findings are kept in. */
    static final java.util.Comparator<Finding> IN_PASTE_ORDER = java.util.Comparator.comparingInt(Finding::line)
            .thenComparingInt(Finding::column);

    static Finding of(FindingCode code, int line, int column, String message) {
        return of(code, code.reference(), line, column, message);
    }

    static Finding of(FindingCode code, String reference, int line, int column, String message) {
        return new Finding(code.severity(), code.code(), line, column, reference, message);
    }

    /**
     * Quotes a value the way finding messages do: in single quotes, control characters as {@code \xHH}, values
     * longer than 80 characters shortened so that messages stay readable.
     */
    public static String quote(String value) {
        String v = value.length() > 80 ? value.substring(0, 77) + "..." : value;
        StringBuilder sb = new StringBuilder(v.length() + 2).append('\'');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 || c >= 0x7f && c <= 0x9f) { // C0 and C1 controls print as nothing
                sb.append(String.format("\\x%02X", (int) c));
            } else if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(v.charAt(i - 1)))) {
                sb.append(String.format("\\x%02X", c - 0xDC00)); // a byte that was no UTF-8, kept as itself
            } else {
                sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }

    /** True when this finding carries the given catalogue code. */
    public boolean is(FindingCode findingCode) {
        return code.equals(findingCode.code());
    }
}
