package dev.sigref.sip.sdp;

/** a=&lt;attribute-name&gt;[:&lt;attribute-value&gt;] (RFC 8866 §5.13); value is null for a flag attribute. */
public record Attribute(String name, String value, int line) {
}
