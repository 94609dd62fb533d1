package dev.sigref.sip;

/**
 * A {@code name[=value]} parameter as written (escapes and quotes kept as in the source, so that nothing is unescaped
 * twice; use {@link #unquotedValue()} or {@link #decodedValue()} to read it).
 *
 * @param name  parameter name as written
 * @param value value as written, including surrounding quotes when quoted; null for a flag parameter
 */
public record Param(String name, String value) {

    /** True for a parameter written without {@code =value}. */
    public boolean isFlag() {
        return value == null;
    }

    /** True when the value was written as a quoted-string. */
    public boolean isQuoted() {
        return value != null && value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"';
    }

    /** The value without its surrounding quotes and with quoted-pairs resolved; null for a flag. */
    public String unquotedValue() {
        return value == null ? null : Text.unquote(value);
    }

    /** The value with {@code %HH} escapes decoded (for URI parameters); null for a flag. */
    public String decodedValue() {
        return value == null ? null : Text.percentDecode(value);
    }

    @Override
    public String toString() {
        return value == null ? name : name + "=" + value;
    }
}
