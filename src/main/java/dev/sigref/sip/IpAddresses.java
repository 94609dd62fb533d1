package dev.sigref.sip;

/**
 * The IP address rules of {@link UriGrammar}, opened to the SDP reader in {@code dev.sigref.sip.sdp}, so that an SDP
 * address and a SIP host are judged by the same code.
 */
public final class IpAddresses {
    private IpAddresses() {
    }

    /** IPv6address of RFC 4291 §2.2 (RFC 3986 §3.2.2, the IP6-address of RFC 8866 §9) in {@code s[from, to)}. */
    public static boolean isIPv6(String s, int from, int to) {
        return UriGrammar.IPv6address(s, from, to);
    }
}
