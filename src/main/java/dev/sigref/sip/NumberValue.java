package dev.sigref.sip;

/** A single 1*DIGIT value (Content-Length, Max-Forwards, Expires, RSeq...); too large for a long reads as Long.MAX_VALUE. */
public record NumberValue(long value) implements HeaderValue {
}
