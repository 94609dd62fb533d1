package dev.sigref.sip;

/**
 * Any other absoluteURI (RFC 3261 §25.1, e.g. {@code urn:}, {@code mailto:}, {@code http:}) kept opaque.
 *
 * @param scheme           scheme in lower case
 * @param schemeSpecific   everything after the first colon, as written
 * @param raw              the whole URI as written
 */
public record AbsoluteUri(String scheme, String schemeSpecific, String raw) implements Uri {
}
