package dev.sigref.sip;

import java.util.List;

/** sec-mechanism = mechanism-name *(SEMI mech-parameters) (RFC 3329 §2.2), e.g. {@code ipsec-3gpp;alg=...}. */
public record SecurityMechanism(String mechanism, List<Param> params) implements HeaderValue {

    public SecurityMechanism {
        params = List.copyOf(params);
    }

    public String param(String name) {
        return Params.value(params, name);
    }
}
