package dev.sigref.sip;

/** RAck = response-num LWS CSeq-num LWS Method (RFC 3262 §7.2). */
public record RAckValue(long responseNumber, long cseqNumber, String method) implements HeaderValue {
}
