package dev.sigref.sip.sdp;

/** c=&lt;nettype&gt; &lt;addrtype&gt; &lt;connection-address&gt; (RFC 8866 §5.7); the address keeps any /ttl/count. */
public record Connection(String netType, String addrType, String address, int line) {
}
