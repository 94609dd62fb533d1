package dev.sigref.sip;

/** A parsed URI: SIP/SIPS (RFC 3261 §19.1), tel (RFC 3966) or any other absoluteURI kept opaque. */
public sealed interface Uri permits SipUri, TelUri, AbsoluteUri {

    /** Scheme in lower case ({@code sip}, {@code sips}, {@code tel}, ...). */
    String scheme();

    /** The URI exactly as written. */
    String raw();
}
