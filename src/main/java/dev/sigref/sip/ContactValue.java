package dev.sigref.sip;

import java.util.List;

/**
 * Contact = ( STAR / (contact-param *(COMMA contact-param)) ) (RFC 3261 §20.10); one record per contact-param.
 *
 * @param wildcard true for {@code Contact: *}
 * @param address  the contact's name-addr with its contact-params; null for the wildcard
 */
public record ContactValue(boolean wildcard, NameAddr address) implements HeaderValue {

    public Uri uri() {
        return address == null ? null : address.uri();
    }

    public List<Param> params() {
        return address == null ? List.of() : address.params();
    }

    public String expires() {
        return Params.value(params(), "expires");
    }

    public String q() {
        return Params.value(params(), "q");
    }
}
