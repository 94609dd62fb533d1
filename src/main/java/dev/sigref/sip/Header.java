package dev.sigref.sip;

import java.util.List;

/**
 * One header line (with its folded continuation lines) as it stands in the message.
 *
 * @param name          the name as written ({@code v}, {@code VIA}, {@code Via}...)
 * @param canonicalName the registered spelling ({@code Via}); the name as written for unknown headers
 * @param compactForm   the compact form letter this header has ({@code v}), or null when it has none
 * @param rawValue      the value as written, folding collapsed to a single space, outer whitespace trimmed
 * @param line          1-based line of the header name in the paste
 * @param column        1-based column of the header name
 * @param parsed        one parsed value per comma-separated element (one element for single-value headers)
 */
public record Header(String name, String canonicalName, String compactForm, String rawValue, int line, int column,
        List<HeaderValue> parsed) {

    public Header {
        parsed = List.copyOf(parsed);
    }

    /** True when the name matches this header's registered name or compact form, in any case. */
    public boolean is(String headerName) {
        return canonicalName.equalsIgnoreCase(HeaderCatalog.canonical(headerName));
    }

    /** True when the header was written in its compact form. */
    public boolean usesCompactForm() {
        return compactForm != null && name.length() == 1;
    }

    /** The first parsed element. */
    public HeaderValue value() {
        return parsed.isEmpty() ? new TextValue(rawValue) : parsed.get(0);
    }

    /** The first of {@code headers} whose registered name is {@code canonical}, or null. */
    static Header first(List<Header> headers, String canonical) {
        for (Header h : headers) {
            if (h.canonicalName.equals(canonical)) {
                return h;
            }
        }
        return null;
    }
}
