package dev.sigref.sip;

/** warning-value = warn-code SP warn-agent SP warn-text (RFC 3261 §20.43). */
public record WarningValue(int code, String agent, String text) implements HeaderValue {
}
