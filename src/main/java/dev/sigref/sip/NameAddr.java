package dev.sigref.sip;

import java.util.List;

/**
 * ( name-addr / addr-spec ) *( SEMI params ), the shape of From, To, Route, Record-Route, P-Asserted-Identity and
 * the like (RFC 3261 §25.1).
 *
 * @param displayName display name without quotes and with quoted-pairs resolved, or null
 * @param uri         the URI
 * @param bracketed   true when written as name-addr ({@code <uri>}), false for a bare addr-spec
 * @param params      header parameters (after the URI) in order
 */
public record NameAddr(String displayName, Uri uri, boolean bracketed, List<Param> params) implements HeaderValue {

    public NameAddr {
        params = List.copyOf(params);
    }

    public String tag() {
        return Params.value(params, "tag");
    }

    public String param(String name) {
        return Params.value(params, name);
    }
}
