package dev.sigref.sip;

import java.util.List;
import java.util.Locale;

/** media-type = m-type SLASH m-subtype *(SEMI m-parameter) (RFC 3261 §20.15); also one media-range of Accept. */
public record MediaType(String type, String subtype, List<Param> params) implements HeaderValue {

    public MediaType {
        params = List.copyOf(params);
    }

    /** {@code type/subtype} in lower case, without parameters. */
    public String essence() {
        return (type + "/" + subtype).toLowerCase(Locale.ROOT);
    }

    /** True for {@code type/subtype} in any case (RFC 2045 §5.1: the names are case-insensitive). */
    public boolean is(String type, String subtype) {
        return this.type.equalsIgnoreCase(type) && this.subtype.equalsIgnoreCase(subtype);
    }

    public String param(String name) {
        return Params.value(params, name);
    }
}
