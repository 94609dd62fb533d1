package dev.sigref.sip.sdp;

/** b=&lt;bwtype&gt;:&lt;bandwidth&gt; (RFC 8866 §5.8), e.g. AS:49, RS:0, RR:2500. */
public record Bandwidth(String type, long value, int line) {
}
