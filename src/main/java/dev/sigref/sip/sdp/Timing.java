package dev.sigref.sip.sdp;

import java.util.List;

/** t=&lt;start-time&gt; &lt;stop-time&gt; with its r= lines (RFC 8866 §5.9, §5.10). */
public record Timing(long start, long stop, List<String> repeats) {
    public Timing {
        repeats = List.copyOf(repeats);
    }
}
