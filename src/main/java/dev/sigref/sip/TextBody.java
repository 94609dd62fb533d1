package dev.sigref.sip;

/** A textual body without a decoder of its own (XML, plain text, sipfrag...), kept as written. */
public record TextBody(String contentType, String text, int firstLine) implements Body {
}
