package dev.sigref.sip;

import java.util.List;

/**
 * delta-seconds with an optional comment and parameters: Session-Expires and Min-SE (RFC 4028), Retry-After
 * (RFC 3261 §20.33).
 */
public record DeltaSecondsValue(long seconds, String comment, List<Param> params) implements HeaderValue {

    public DeltaSecondsValue {
        params = List.copyOf(params);
    }

    public String param(String name) {
        return Params.value(params, name);
    }
}
