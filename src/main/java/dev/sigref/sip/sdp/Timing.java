package dev.sigref.sip.sdp;

import java.util.List;

/**
 * One time-description: t=&lt;start-time&gt; &lt;stop-time&gt; with its r= lines and the z= after them (RFC 8866 §5.9,
 * §5.10, §5.11; time-description = time-field [repeat-description], repeat-description = 1*repeat-field [zone-field]).
 *
 * @param zones the z= value of this time description, or null
 */
public record Timing(long start, long stop, List<String> repeats, String zones) {
    public Timing {
        repeats = List.copyOf(repeats);
    }
}
