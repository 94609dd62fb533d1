package dev.sigref.sip;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One SIP message found in the paste.
 *
 * @param index        0-based position among the messages of the paste
 * @param kind         request or response
 * @param startLine    the start line as written
 * @param method       the request method; for a response, the CSeq method (null when CSeq is unreadable)
 * @param requestUri   the parsed Request-URI (requests only)
 * @param statusCode   the status code (responses only, else 0)
 * @param reasonPhrase the reason phrase (responses only)
 * @param version      the SIP version as written ({@code SIP/2.0})
 * @param headers      header lines in order
 * @param body         the decoded body
 * @param findings     findings about this message, in line order
 * @param metadata     what the log decoration around it said
 * @param raw          the message text exactly as pasted (start line to end of body)
 * @param firstLine    1-based line of the start line in the paste
 * @param lastLine     1-based last line of the message in the paste
 * @param lineStarts   where each line of {@code raw} starts in the paste, when the paste was rewritten before reading
 *                     (double spacing, log prefixes, page breaks, escaped or dumped text); empty when line i of
 *                     {@code raw} is simply line {@code firstLine + i} of the paste, from column 1
 */
public record SipMessage(int index, Kind kind, String startLine, String method, Uri requestUri, int statusCode,
        String reasonPhrase, String version, List<Header> headers, Body body, List<Finding> findings,
        MessageMetadata metadata, String raw, int firstLine, int lastLine, List<TextPosition> lineStarts) {

    /** Request or response. */
    public enum Kind {
        REQUEST, RESPONSE
    }

    public SipMessage {
        headers = List.copyOf(headers);
        findings = List.copyOf(findings);
        lineStarts = List.copyOf(lineStarts);
    }

    /** Where line {@code i} (0-based) of {@code raw} starts in the paste. */
    public TextPosition lineStart(int i) {
        return lineStarts.isEmpty() || i >= lineStarts.size() ? new TextPosition(firstLine + i, 1) : lineStarts.get(i);
    }

    public boolean isRequest() {
        return kind == Kind.REQUEST;
    }

    /** The first header line with this name (any case, compact form accepted). */
    public Optional<Header> header(String name) {
        String canonical = HeaderCatalog.canonical(name);
        for (Header h : headers) {
            if (h.canonicalName().equalsIgnoreCase(canonical)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** Every header line with this name (any case, compact form accepted), in order. */
    public List<Header> headerLines(String name) {
        String canonical = HeaderCatalog.canonical(name);
        List<Header> out = new ArrayList<>(2);
        for (Header h : headers) {
            if (h.canonicalName().equalsIgnoreCase(canonical)) {
                out.add(h);
            }
        }
        return out;
    }

    /** Every value of this header over all its lines, comma-separated lists split into elements. */
    public List<HeaderValue> headers(String name) {
        List<HeaderValue> out = new ArrayList<>(2);
        for (Header h : headerLines(name)) {
            out.addAll(h.parsed());
        }
        return out;
    }

    private <T extends HeaderValue> Optional<T> first(String name, Class<T> type) {
        return header(name).map(Header::value).filter(type::isInstance).map(type::cast);
    }

    private <T extends HeaderValue> List<T> all(String name, Class<T> type) {
        List<T> out = new ArrayList<>(2);
        for (HeaderValue v : headers(name)) {
            if (type.isInstance(v)) {
                out.add(type.cast(v));
            }
        }
        return out;
    }

    public Optional<String> callId() {
        return header("Call-ID").map(Header::rawValue);
    }

    public Optional<CSeqValue> cseq() {
        return first("CSeq", CSeqValue.class);
    }

    public Optional<NameAddr> from() {
        return first("From", NameAddr.class);
    }

    public Optional<NameAddr> to() {
        return first("To", NameAddr.class);
    }

    public List<ViaValue> vias() {
        return all("Via", ViaValue.class);
    }

    public List<ContactValue> contacts() {
        return all("Contact", ContactValue.class);
    }

    public List<NameAddr> routes() {
        return all("Route", NameAddr.class);
    }

    public List<NameAddr> recordRoutes() {
        return all("Record-Route", NameAddr.class);
    }

    public OptionalLong maxForwards() {
        return first("Max-Forwards", NumberValue.class).map(n -> OptionalLong.of(n.value())).orElse(OptionalLong.empty());
    }

    public OptionalLong contentLength() {
        return first("Content-Length", NumberValue.class).map(n -> OptionalLong.of(n.value())).orElse(OptionalLong.empty());
    }

    public Optional<MediaType> contentType() {
        return first("Content-Type", MediaType.class);
    }

    /** Errors first, then warnings, then info, each in line order. */
    public List<Finding> findingsBySeverity() {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(java.util.Comparator.comparing(Finding::severity).thenComparingInt(Finding::line));
        return out;
    }

    public boolean hasErrors() {
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }
}
