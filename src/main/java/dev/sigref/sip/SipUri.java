package dev.sigref.sip;

import java.util.List;

/**
 * SIP-URI / SIPS-URI (RFC 3261 §19.1.1). Components are kept as written: escapes are not decoded here, so nothing is
 * ever unescaped twice; use {@link #decodedUser()} to read the user part.
 *
 * @param scheme   {@code sip} or {@code sips}
 * @param user     user part as written, or null
 * @param password password as written, or null
 * @param host     host as written; an IPv6 reference keeps its brackets
 * @param hostType kind of host
 * @param port     port, or -1 when absent
 * @param params   uri-parameters in order
 * @param headers  escaped headers ({@code ?name=value&...}) in order
 * @param raw      the whole URI as written
 */
public record SipUri(String scheme, String user, String password, String host, HostType hostType, int port,
        List<Param> params, List<Param> headers, String raw) implements Uri {

    public SipUri {
        params = List.copyOf(params);
        headers = List.copyOf(headers);
    }

    public boolean secure() {
        return "sips".equals(scheme);
    }

    public String decodedUser() {
        return user == null ? null : Text.percentDecode(user);
    }

    /** The unquoted value of a uri-parameter, "" for a flag, null when absent. */
    public String param(String name) {
        return Params.find(params, name).map(p -> p.value() == null ? "" : p.value()).orElse(null);
    }

    public String transport() {
        return param("transport");
    }

    /** True when the {@code lr} parameter marks a loose router (RFC 3261 §19.1.1). */
    public boolean looseRouting() {
        return Params.has(params, "lr");
    }
}
