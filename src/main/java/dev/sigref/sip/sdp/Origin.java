package dev.sigref.sip.sdp;

/** o=&lt;username&gt; &lt;sess-id&gt; &lt;sess-version&gt; &lt;nettype&gt; &lt;addrtype&gt; &lt;unicast-address&gt; (RFC 8866 §5.2) */
public record Origin(String username, String sessionId, String sessionVersion, String netType, String addrType,
        String address) {
}
