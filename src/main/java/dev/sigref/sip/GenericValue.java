package dev.sigref.sip;

import java.util.List;

/**
 * value *(SEMI generic-param): Event, Subscription-State, Accept-Contact, Privacy and most P-headers
 * (P-Access-Network-Info, P-Charging-Vector...). {@code value} is null when the header holds only parameters.
 */
public record GenericValue(String value, List<Param> params) implements HeaderValue {

    public GenericValue {
        params = List.copyOf(params);
    }

    public String param(String name) {
        return Params.value(params, name);
    }
}
