package dev.sigref.sip;

/**
 * A binary body (SMS over IP RP-DATA, ISUP, octet-stream...) shown as hexadecimal.
 *
 * @param length byte length
 * @param hex    the bytes as lower-case hexadecimal, no separators
 */
public record BinaryBody(String contentType, int length, String hex, int firstLine) implements Body {
}
