package dev.sigref.sip;

/** A value (or list element) that does not follow its grammar; a finding says why. */
public record MalformedValue(String raw, String problem) implements HeaderValue {
}
