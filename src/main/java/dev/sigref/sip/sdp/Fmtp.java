package dev.sigref.sip.sdp;

import dev.sigref.sip.Param;
import java.util.List;

/**
 * a=fmtp:&lt;format&gt; &lt;format specific parameters&gt; (RFC 8866 §6.15); parameters split on ';' when they read as
 * name=value pairs (AMR, EVS, H.264...), otherwise one flag parameter holding the text (telephone-event 0-15).
 */
public record Fmtp(String format, String parameters, List<Param> params) {
    public Fmtp {
        params = List.copyOf(params);
    }
}
