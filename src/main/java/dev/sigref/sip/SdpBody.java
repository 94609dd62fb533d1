package dev.sigref.sip;

import dev.sigref.sip.sdp.SessionDescription;

/** An {@code application/sdp} body (RFC 8866), with its text and its parsed session description. */
public record SdpBody(String contentType, String text, SessionDescription session, int firstLine) implements Body {
}
