package dev.sigref.callflow;

/**
 * Decides which step links may be emitted. Only same-site relative URLs are allowed: a path starting with "/" or a
 * fragment starting with "#". Everything else (javascript:, data:, http:, protocol-relative "//host") is dropped.
 */
final class SafeHref {

    private SafeHref() {
    }

    /** The href to emit (still to be escaped by the caller), or {@code null} when there must be no link. */
    static String allowedOrNull(String href) {
        if (href == null || href.isEmpty()) {
            return null;
        }
        char first = href.charAt(0);
        if (first != '/' && first != '#') {
            return null;
        }
        // "//evil.example" is read by browsers as a link to another host.
        if (href.startsWith("//")) {
            return null;
        }
        // Browsers strip tabs and newlines inside URLs and read '\' as '/', which can turn "/\t/host" or "/\host" into
        // "//host"; and an href holding a character XML cannot carry would make the whole SVG unreadable. A real link
        // has none of these, nor spaces.
        if (!LadderText.singleLine(href).equals(href) || href.indexOf(' ') >= 0 || href.indexOf('\\') >= 0) {
            return null;
        }
        return href;
    }
}
