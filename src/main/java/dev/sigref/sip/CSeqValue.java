package dev.sigref.sip;

/** CSeq = 1*DIGIT LWS Method (RFC 3261 §20.16); a number too large for a long reads as Long.MAX_VALUE. */
public record CSeqValue(long number, String method) implements HeaderValue {
}
