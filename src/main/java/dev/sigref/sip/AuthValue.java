package dev.sigref.sip;

import java.util.List;

/**
 * challenge / credentials (RFC 3261 §25.1, RFC 3310 for AKA): auth-scheme followed by comma-separated auth-params.
 *
 * @param scheme  {@code Digest} or another scheme as written
 * @param params  auth-params in order (values as written, quotes kept)
 */
public record AuthValue(String scheme, List<Param> params) implements HeaderValue {

    public AuthValue {
        params = List.copyOf(params);
    }

    /** The unquoted value of an auth-param, e.g. {@code realm}, {@code nonce}, {@code algorithm}. */
    public String param(String name) {
        return Params.value(params, name);
    }
}
