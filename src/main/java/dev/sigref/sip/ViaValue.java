package dev.sigref.sip;

import java.util.List;

/**
 * via-parm = sent-protocol LWS sent-by *( SEMI via-params ) (RFC 3261 §20.42).
 *
 * @param protocolName    normally {@code SIP}
 * @param protocolVersion normally {@code 2.0}
 * @param transport       UDP, TCP, TLS, SCTP, WS, WSS or an extension, as written
 * @param host            sent-by host as written (IPv6 references keep their brackets)
 * @param port            sent-by port, or -1
 * @param params          via-params in order
 */
public record ViaValue(String protocolName, String protocolVersion, String transport, String host, int port,
        List<Param> params) implements HeaderValue {

    /** RFC 3261 §8.1.1.7: branches of compliant elements start with this. */
    public static final String MAGIC_COOKIE = "z9hG4bK";

    public ViaValue {
        params = List.copyOf(params);
    }

    public String branch() {
        return Params.value(params, "branch");
    }

    public String received() {
        return Params.value(params, "received");
    }

    /** The rport value, "" when present without value (a request for it), null when absent. */
    public String rport() {
        return Params.find(params, "rport").map(p -> p.value() == null ? "" : p.value()).orElse(null);
    }

    public String maddr() {
        return Params.value(params, "maddr");
    }

    public String ttl() {
        return Params.value(params, "ttl");
    }
}
