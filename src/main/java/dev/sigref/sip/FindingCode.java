package dev.sigref.sip;

import static dev.sigref.sip.Severity.ERROR;
import static dev.sigref.sip.Severity.INFO;
import static dev.sigref.sip.Severity.WARNING;

import java.util.Locale;
import java.util.Optional;

/**
 * The catalogue of every finding the engine can raise: stable kebab-case code, severity and the clause it rests on.
 * Codes are part of the public contract (the web layer links and filters by them): add, never rename.
 */
public enum FindingCode {
    // trace framing
    UNDECODABLE_TEXT(WARNING, "RFC 3261 §7", "text that is neither a SIP message nor a known log decoration"),
    SIPP_TEMPLATE_FILLED(INFO, "RFC 3261 §7", "the message is a SIPp scenario template, written out as SIPp sends it with example values for its keywords"),
    SDP_WITHOUT_MESSAGE(INFO, "RFC 3261 §7.4", "an SDP description pasted without the SIP message that carries it, read and checked as SDP on its own"),
    PROSE_AROUND_CODE_BLOCK(INFO, "RFC 3261 §7", "text outside the paste's Markdown code blocks, read as the author's words, not SIP"),
    INPUT_TOO_LARGE(WARNING, "RFC 3261 §7", "the paste exceeds a parser limit; the rest is not decoded"),
    REBUILT_FROM_HEX_DUMP(INFO, "RFC 3261 §7", "the message was decoded from a hex dump of the packet"),
    REBUILT_FROM_PACKET_DETAILS(INFO, "RFC 3261 §7", "the message was rebuilt from Wireshark's packet details tree, not read as captured"),
    DOUBLE_SPACED_PASTE(INFO, "RFC 3261 §7", "the paste had an empty line after every line; the extra ones were removed"),
    RFC_PAGE_BREAK_REMOVED(INFO, "RFC 3261 §7", "the message was copied from an RFC's text; a page break inside it was removed"),
    RFC_NOTATION_EXPANDED(INFO, "RFC 4475 §2", "the message was copied from an RFC's text; its <allOneLine>, <hex> and <repeat> notation was written out"),
    ESCAPED_LINE_ENDS_RESTORED(INFO, "RFC 3261 §7", "the message came as one line with its line ends escaped, turned back into CRLF before decoding"),
    BLANK_JOINED_LINES_SPLIT(INFO, "RFC 3261 §7", "the message came as one line with its line ends shown as blanks, cut back into lines before each header name and SDP field"),
    CAPTURE_HEADER_BYTES_REMOVED(INFO, "RFC 3261 §7", "tcpdump -A printed the packet's IP and transport headers before the start line; they were removed before decoding"),
    LOG_PREFIX_REMOVED(INFO, "RFC 3261 §7", "each line of the message came after a log prefix, removed before decoding"),
    START_LINE_LABEL_REMOVED(INFO, "RFC 3261 §7", "text stood before the start line on its line (a log's label or quote mark, or prose); the message was read from the method or SIP/2.0 on"),
    MIXED_LINE_ENDINGS(WARNING, "RFC 3261 §7", "the header lines of one message mix CRLF and bare LF line ends"),
    BLANKS_ON_EMPTY_LINE(INFO, "RFC 3261 §7.3.1", "the line that ends the headers holds spaces or tabs"),
    LF_LINE_ENDINGS(INFO, "RFC 3261 §7", "lines end in bare LF instead of CRLF, as copied text often does"),
    LINE_END_ARTEFACTS_REMOVED(INFO, "RFC 3261 §7", "every line of the paste ended in CR CR LF or in blanks, as a copy or a tool left them; read without them"),
    HTML_ENTITIES_DECODED(INFO, "RFC 3261 §7", "the paste was HTML-escaped ('&lt;' for '<'); its character references were turned back into characters"),
    LINE_SUFFIX_REMOVED(INFO, "RFC 3261 §7", "every line of the paste ended in an HTML line break or a table's cell borders; read without them"),
    MISSING_EMPTY_LINE(ERROR, "RFC 3261 §7", "the empty line that ends the header section is missing"),
    MISSING_FINAL_EMPTY_LINE(WARNING, "RFC 3261 §7", "the paste ends right after the headers, without the closing empty line"),
    DATA_AFTER_BODY(WARNING, "RFC 3261 §18.3", "bytes follow the body that Content-Length declares"),
    CONTENT_LENGTH_UNVERIFIABLE(INFO, "RFC 3261 §20.14", "the body came on one line with its line ends turned into blanks, so Content-Length cannot be checked against it"),
    BODY_LAST_LINE_END_MISSING(WARNING, "RFC 3261 §18.3", "the body lacks only its last line end, which Content-Length counts and a copy dropped"),
    CONTENT_LENGTH_MISMATCH(ERROR, "RFC 3261 §18.3", "fewer body bytes are present than Content-Length declares"),
    MISSING_CONTENT_LENGTH(WARNING, "RFC 3261 §20.14", "a message with a body has no Content-Length"),
    STREAM_WITHOUT_CONTENT_LENGTH(ERROR, "RFC 3261 §18.3", "a message sent over TCP, TLS or SCTP has no Content-Length"),
    INVALID_CONTENT_LENGTH(ERROR, "RFC 3261 §20.14", "Content-Length is not a non-negative decimal number"),
    DUPLICATE_HEADER(ERROR, "RFC 3261 §7.3.1", "a header that takes a single value appears more than once"),
    MULTIPLE_VALUES(ERROR, "RFC 3261 §7.3.1", "a header that takes a single value holds a comma-separated list"),
    TOO_MANY_HEADERS(WARNING, "RFC 3261 §7.3", "more header lines than the parser limit; the rest is kept unparsed"),

    // start line
    MALFORMED_REQUEST_LINE(ERROR, "RFC 3261 §7.1", "the Request-Line does not follow Method SP Request-URI SP SIP-Version"),
    MALFORMED_STATUS_LINE(ERROR, "RFC 3261 §7.2", "the Status-Line does not follow SIP-Version SP Status-Code SP Reason-Phrase"),
    EXTRA_WHITESPACE(ERROR, "RFC 3261 §7.1", "the start line has whitespace the grammar does not allow"),
    UNSUPPORTED_SIP_VERSION(ERROR, "RFC 3261 §7.1", "the SIP version is not SIP/2.0"),
    VIA_PROTOCOL_NOT_SIP(WARNING, "RFC 3261 §8.1.1.7", "a Via whose sent-protocol is not SIP/2.0 (such as SIPS/2.0/TLS)"),
    STATUS_CODE_OUT_OF_RANGE(ERROR, "RFC 3261 §7.2", "the status code is outside 100-699"),
    MISSING_REASON_PHRASE(WARNING, "RFC 3261 §7.2", "the Status-Line has no SP and Reason-Phrase after the code"),
    UNKNOWN_METHOD(INFO, "RFC 3261 §27.4", "the method is not in the IANA registry (methods are case-sensitive)"),
    RESPONSE_TO_ACK(ERROR, "RFC 3261 §17", "a response whose CSeq method is ACK; ACK is never answered"),

    // URIs
    MALFORMED_URI(ERROR, "RFC 3261 §25.1", "a URI that does not follow its scheme's grammar"),
    MALFORMED_IPV6_REFERENCE(ERROR, "RFC 3261 §25.1", "an IPv6 address that is not a valid IPv6reference"),
    INVALID_PORT(ERROR, "RFC 3261 §25.1", "a port that is not a number in 0-65535"),
    INVALID_ESCAPE(ERROR, "RFC 3261 §25.1", "a % not followed by two hexadecimal digits"),
    WHITESPACE_IN_URI(ERROR, "RFC 3261 §25.1", "whitespace inside a URI"),
    ANGLE_BRACKETS_IN_REQUEST_URI(ERROR, "RFC 3261 §25.1", "the Request-URI is enclosed in < >"),
    URI_HEADERS_NOT_ALLOWED(ERROR, "RFC 3261 §19.1.1", "escaped headers (?name=value) where the URI table forbids them"),
    TEL_MISSING_PHONE_CONTEXT(ERROR, "RFC 3966 §5.1.5", "a local tel number without phone-context"),
    USER_PHONE_NOT_A_NUMBER(WARNING, "RFC 3261 §19.1.1", "user=phone on a SIP URI whose user part is not a telephone number"),
    USER_PHONE_WITHOUT_PHONE_CONTEXT(INFO, "RFC 3966 §5.1.5", "user=phone on a local number without phone-context"),
    UNKNOWN_URI_SCHEME(INFO, "RFC 3261 §19.1", "a URI scheme other than sip, sips and tel, kept opaque"),
    URI_NOT_IN_ANGLE_BRACKETS(ERROR, "RFC 3261 §20", "an addr-spec holding , ; or ? without < >"),

    // headers
    WRAPPED_LINE_JOINED(INFO, "RFC 3261 §7.3.1", "a line that continues the header above it without folding whitespace, as hard-wrapped copies do"),
    JOINED_HEADER_LINES(ERROR, "RFC 3261 §7.3.1", "two header lines run together: the CRLF between them is missing"),
    MALFORMED_HEADER_LINE(ERROR, "RFC 3261 §7.3", "a line in the header section that is not name: value"),
    MALFORMED_HEADER_VALUE(ERROR, "RFC 3261 §25.1", "a header value that does not follow its grammar"),
    UNQUOTED_FEATURE_TAG(WARNING, "RFC 3840 §9", "a feature tag whose value is not in double quotes, so it is not read as a feature tag"),
    ROUTE_WITHOUT_ANGLE_BRACKETS(ERROR, "RFC 3261 §20.34", "a Route, Record-Route, Path or Service-Route entry written as a bare URI, not name-addr"),
    UNTERMINATED_QUOTED_STRING(ERROR, "RFC 3261 §25.1", "a quoted-string without its closing quote"),
    UNTERMINATED_ANGLE_BRACKET(ERROR, "RFC 3261 §25.1", "a < without its >"),
    CONTROL_CHARACTER(ERROR, "RFC 3261 §25.1", "a control character where the grammar allows none"),
    INVALID_UTF8(ERROR, "RFC 3261 §25.1", "a header holds bytes that are not valid UTF-8"),
    EMPTY_HEADER_VALUE(WARNING, "RFC 3261 §25.1", "a header whose grammar requires a value is empty"),
    MISSING_VIA(ERROR, "RFC 3261 §8.1.1", "no Via header"),
    MISSING_FROM(ERROR, "RFC 3261 §8.1.1", "no From header"),
    MISSING_TO(ERROR, "RFC 3261 §8.1.1", "no To header"),
    MISSING_CALL_ID(ERROR, "RFC 3261 §8.1.1", "no Call-ID header"),
    MISSING_CSEQ(ERROR, "RFC 3261 §8.1.1", "no CSeq header"),
    MISSING_MAX_FORWARDS(ERROR, "RFC 3261 §8.1.1", "a request without Max-Forwards"),
    MISSING_CONTACT(ERROR, "RFC 3261 §8.1.1.8", "a dialog-creating request or 2xx without Contact"),
    MISSING_CONTENT_TYPE(ERROR, "RFC 3261 §20.15", "a non-empty body without Content-Type"),
    MISSING_AUTHENTICATE(ERROR, "RFC 3261 §22", "a 401 without WWW-Authenticate or a 407 without Proxy-Authenticate"),
    DIGEST_DIRECTIVE_QUOTED(WARNING, "RFC 3261 §25.1", "a Digest directive whose grammar is a token (algorithm, stale, or nc and qop in credentials) is written in double quotes"),
    BASIC_AUTHENTICATION(ERROR, "RFC 3261 §22.1", "a challenge or credentials in the Basic scheme, which SIP forbids"),
    CONTACT_WILDCARD_MISUSE(ERROR, "RFC 3261 §10.2.2", "Contact '*' outside a REGISTER that removes every binding with Expires: 0"),
    CONTACT_NOT_SINGLE_SIP_URI(ERROR, "RFC 3261 §8.1.1.8", "a dialog-creating request whose Contact is not exactly one SIP or SIPS URI"),
    DIALOG_RESPONSE_CONTACT_NOT_SINGLE_SIP_URI(ERROR, "RFC 3261 §12.1.1", "a 101-299 response that creates a dialog whose Contact is not exactly one SIP or SIPS URI"),
    MISSING_ALLOW(ERROR, "RFC 3261 §8.2.1", "a 405 without the Allow header listing the methods the UAS supports"),
    MISSING_UNSUPPORTED(ERROR, "RFC 3261 §8.2.2.3", "a 420 without the Unsupported header naming the extensions not understood"),
    MISSING_ACCEPT(ERROR, "RFC 3261 §8.2.3", "a 415 with none of Accept, Accept-Encoding and Accept-Language"),
    MISSING_REQUIRE(ERROR, "RFC 3261 §21.4.16", "a 421 without the Require header naming the extension needed"),
    MISSING_MIN_EXPIRES(ERROR, "RFC 3261 §10.3", "a 423 without Min-Expires"),
    MISSING_MIN_SE(ERROR, "RFC 4028 §6", "a 422 without Min-SE"),
    SESSION_INTERVAL_TOO_SMALL(WARNING, "RFC 4028 §5", "a Session-Expires below 90 seconds or below the Min-SE of the same message"),
    MIN_SE_TOO_SMALL(ERROR, "RFC 4028 §5", "a Min-SE below 90 seconds"),
    MISSING_RACK(ERROR, "RFC 3262 §7.2", "a PRACK without RAck"),
    MISSING_RSEQ(ERROR, "RFC 3262 §3", "a provisional response sent reliably (Require: 100rel) without RSeq"),
    HEADER_OUT_OF_PLACE(WARNING, "RFC 3261 §20", "a header that its RFC's table allows in one kind of message only (RAck, Subscription-State, Refer-To, SIP-ETag, SIP-If-Match) in another"),
    RSEQ_OUTSIDE_PROVISIONAL_RESPONSE(WARNING, "RFC 3262 §7.1", "RSeq in a request or a final response, where it has no meaning"),
    RSEQ_WITHOUT_100REL(WARNING, "RFC 3262 §3", "a provisional response with RSeq but without Require: 100rel"),
    REPLACES_TAGS(ERROR, "RFC 3891 §6.1", "a Replaces value without exactly one to-tag and one from-tag"),
    MISSING_EVENT(ERROR, "RFC 6665 §8.2.1", "a SUBSCRIBE or NOTIFY without Event"),
    MISSING_SUBSCRIPTION_STATE(ERROR, "RFC 6665 §8.2.3", "a NOTIFY without Subscription-State"),
    PUBLISH_WITHOUT_EVENT(ERROR, "RFC 3903 §4.1", "a PUBLISH without Event"),
    MISSING_REFER_TO(ERROR, "RFC 3515 §2.4.1", "a REFER without Refer-To"),
    MISSING_FROM_TAG(ERROR, "RFC 3261 §8.1.1.3", "a From header without tag"),
    MISSING_TO_TAG(ERROR, "RFC 3261 §8.2.6.2", "a response other than 100 whose To has no tag"),
    IN_DIALOG_REQUEST_WITHOUT_TO_TAG(ERROR, "RFC 3261 §12.2.1.1", "a request only ever sent inside a dialog (BYE, ACK, PRACK, UPDATE, INFO) whose To has no tag"),
    CANCEL_RESPONSE_WITHOUT_TO_TAG(WARNING, "RFC 3261 §9.2", "a response to CANCEL whose To has no tag"),
    CSEQ_METHOD_MISMATCH(ERROR, "RFC 3261 §8.1.1.5", "the CSeq method differs from the request method"),
    CSEQ_NUMBER_TOO_LARGE(ERROR, "RFC 3261 §8.1.1.5", "a CSeq sequence number of 2^31 or more"),
    NUMBER_TOO_LARGE(ERROR, "RFC 3261 §20.19", "a delta-seconds value above 2^32-1"),
    EXPIRES_PARAM_TOO_LARGE(WARNING, "RFC 3261 §10.2", "a Contact expires parameter above 2^32-1, which a registrar may cap at 2^32-1"),
    MAX_FORWARDS_OUT_OF_RANGE(ERROR, "RFC 3261 §20.22", "a Max-Forwards value outside 0-255"),
    MISSING_VIA_BRANCH(WARNING, "RFC 3261 §8.1.1.7", "a Via without branch parameter"),
    VIA_BRANCH_RFC2543(INFO, "RFC 3261 §8.1.1.7", "a Via branch without the z9hG4bK magic cookie (RFC 2543 style)"),
    RFC2543_MESSAGE(WARNING, "RFC 3261 §8.1.1.7", "an RFC 2543-style request lacking what RFC 3261 adds (Max-Forwards, From tag, Contact)"),
    DATE_NOT_GMT(ERROR, "RFC 3261 §20.17", "a Date not in GMT"),

    // bodies
    MULTIPART_MISSING_BOUNDARY(ERROR, "RFC 2046 §5.1.1", "a multipart Content-Type without boundary parameter"),
    MULTIPART_BOUNDARY_NOT_FOUND(ERROR, "RFC 2046 §5.1.1", "the multipart body has no delimiter line for its boundary"),
    MULTIPART_PART_MISSING_EMPTY_LINE(ERROR, "RFC 2046 §5.1.1", "a body part whose headers run into its content without an empty line"),
    MULTIPART_UNTERMINATED(WARNING, "RFC 2046 §5.1.1", "the multipart body lacks its closing --boundary-- line"),
    MULTIPART_MALFORMED_BOUNDARY(ERROR, "RFC 2046 §5.1.1", "a boundary longer than 70 characters, ending in a space or holding a character outside bchars"),
    MULTIPART_WITHOUT_PARTS(ERROR, "RFC 2046 §5.1.1", "a multipart body that closes before its first body part"),
    MULTIPART_BOUNDARY_IN_PART(WARNING, "RFC 2046 §5.1.1", "a line inside a multipart body starts with the delimiter without being one"),
    MULTIPART_RELATED_ROOT(ERROR, "RFC 2387 §3", "a multipart/related body whose start names no part, or whose type is not its root part's"),
    MULTIPART_RELATED_WITHOUT_TYPE(ERROR, "RFC 2387 §3.1", "a multipart/related Content-Type without the type of its root part"),
    SDP_MISSING_LINE(ERROR, "RFC 8866 §5", "a mandatory SDP line (v, o, s, t, or one an extension makes mandatory, such as MSRP's a=path) is missing"),
    SDP_MALFORMED_LINE(ERROR, "RFC 8866 §5", "an SDP line that does not follow its grammar"),
    SDP_FINGERPRINT_LOWER_CASE(WARNING, "RFC 8122 §5", "a=fingerprint written in lower-case hex, where the grammar asks for upper case"),
    ACK_CSEQ_MISMATCH(ERROR, "RFC 3261 §17.1.1.3", "an ACK whose CSeq number is that of no INVITE sent before it on the same call and side"),
    CANCEL_CSEQ_MISMATCH(ERROR, "RFC 3261 §9.1", "a CANCEL whose CSeq number is that of no INVITE sent before it on the same call and side"),
    CSEQ_NOT_INCREASING(ERROR, "RFC 3261 §12.2.1.1", "a request whose CSeq number is not above an earlier request's from the same side of the call"),
    RACK_NO_MATCHING_RESPONSE(ERROR, "RFC 3262 §7.2", "a PRACK whose RAck names no reliable provisional response sent before it on the call"),
    REQUEST_MATCHES_NO_DIALOG(WARNING, "RFC 3261 §12.2.2", "a request within a dialog whose From and To tags pair up as no response of its call in the paste established"),
    RESPONSE_MATCHES_NO_REQUEST(WARNING, "RFC 3261 §17.1.3", "a response that carries none of the Via branches of the requests of its call and CSeq in the paste"),
    SDP_LAST_LINE_UNTERMINATED(WARNING, "RFC 8866 §9", "the SDP body that Content-Length delimits ends without the CRLF of its last line"),
    SDP_TRAILING_WHITESPACE(WARNING, "RFC 8866 §9", "SDP lines whose structured value ends in spaces or tabs"),
    SDP_EMPTY_SESSION_NAME(WARNING, "RFC 8866 §5.3", "an empty s= line"),
    SDP_MALFORMED_ATTRIBUTE(WARNING, "RFC 8866 §6", "an rtpmap, fmtp or fingerprint value that does not follow its grammar"),
    SDP_LINE_ORDER(WARNING, "RFC 8866 §5", "SDP lines out of the order the grammar fixes"),
    SDP_MISSING_CONNECTION(ERROR, "RFC 8866 §5.7", "a media section with no c= line at media or session level"),
    SDP_UNKNOWN_FORMAT(WARNING, "RFC 8866 §6.6", "an rtpmap or fmtp for a payload type that the m= line does not list"),
    SDP_MISSING_RTPMAP(WARNING, "RFC 8866 §6.6", "a dynamic RTP payload type (96-127) on an m= line without its rtpmap"),
    SDP_MALFORMED_PRECONDITION(ERROR, "RFC 3312 §5", "a curr/des/conf attribute that does not follow its grammar"),
    SDP_PAYLOAD_TYPE_CONFLICT(ERROR, "RFC 8866 §6.6", "one payload type mapped to two different encodings in a media description"),
    SDP_REPEATED_FORMAT(WARNING, "RFC 8866 §5.14", "a format listed twice on one m= line, or mapped twice to the same encoding");

    private final String code;
    private final Severity severity;
    private final String reference;
    private final String summary;

    FindingCode(Severity severity, String reference, String summary) {
        this.code = name().toLowerCase(Locale.ROOT).replace('_', '-');
        this.severity = severity;
        this.reference = reference;
        this.summary = summary;
    }

    /** The stable kebab-case code, e.g. {@code missing-call-id}. */
    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    /** The clause this finding rests on, e.g. {@code RFC 3261 §8.1.1}. */
    public String reference() {
        return reference;
    }

    /** What the code means in general, for a catalogue page. */
    public String summary() {
        return summary;
    }

    /** The catalogue entry for a kebab-case code. */
    public static Optional<FindingCode> byCode(String code) {
        for (FindingCode c : values()) {
            if (c.code().equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
