package dev.sigref.sip.sdp;

/** a=rtpmap:&lt;payload type&gt; &lt;encoding name&gt;/&lt;clock rate&gt;[/&lt;encoding parameters&gt;] (RFC 8866 §6.6) */
public record RtpMap(String payloadType, String encoding, long clockRate, String encodingParameters) {
}
