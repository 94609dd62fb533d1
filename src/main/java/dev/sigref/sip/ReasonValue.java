package dev.sigref.sip;

import java.util.List;

/** reason-value = protocol *(SEMI reason-params) (RFC 3326 §2). */
public record ReasonValue(String protocol, List<Param> params) implements HeaderValue {

    public ReasonValue {
        params = List.copyOf(params);
    }

    public String cause() {
        return Params.value(params, "cause");
    }

    public String text() {
        return Params.value(params, "text");
    }
}
