package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every catalogue code is well formed and has an input that raises it. */
class FindingCatalogueTest {

    private static final String OPTIONS = "OPTIONS sip:bob@example.com SIP/2.0";

    /** OPTIONS with the mandatory headers, with {@code replace} substituted (header name to new line, "" drops it). */
    static String options(String body, Map<String, String> replace, String... extra) {
        StringBuilder sb = new StringBuilder(OPTIONS).append("\r\n");
        for (String h : Fixtures.OPTIONS_HEADERS) {
            String name = h.substring(0, h.indexOf(':'));
            String line = replace.getOrDefault(name, h);
            if (!line.isEmpty()) {
                sb.append(line).append("\r\n");
            }
        }
        for (String h : extra) {
            sb.append(h).append("\r\n");
        }
        return sb.append("\r\n").append(body).toString();
    }

    /** A header line cut at {@code width} characters, as a terminal or log writer wraps it. */
    static String wrappedAt(String line, int width) {
        return line.substring(0, width) + "\r\n" + line.substring(width);
    }

    /** Methods only sent inside a dialog: the requests built for them carry the remote tag in To. */
    private static final java.util.Set<String> IN_DIALOG = java.util.Set.of("BYE", "ACK", "PRACK", "UPDATE", "INFO");

    /** A request of this method with the mandatory headers (CSeq naming the method), plus {@code extra}. */
    static String request(String method, String... extra) {
        String[] all = java.util.Arrays.copyOf(extra, extra.length + 1);
        all[extra.length] = "Content-Length: 0";
        Map<String, String> replace = IN_DIALOG.contains(method)
                ? Map.of("CSeq", "CSeq: 1 " + method, "To", "To: <sip:bob@example.com>;tag=8321234356")
                : Map.of("CSeq", "CSeq: 1 " + method);
        return options("", replace, all).replace(OPTIONS, method + " sip:bob@example.com SIP/2.0");
    }

    static String options(String... extra) {
        return options("", Map.of(), extra);
    }

    static String response(String statusLine, String cseq, String to, String... extra) {
        StringBuilder sb = new StringBuilder(statusLine).append("\r\n")
                .append("Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK74bf9\r\n")
                .append("From: <sip:alice@example.com>;tag=9fxced76sl\r\n")
                .append("To: ").append(to).append("\r\n")
                .append("Call-ID: 3848276298220188511@192.0.2.1\r\n")
                .append("CSeq: ").append(cseq).append("\r\n");
        for (String h : extra) {
            sb.append(h).append("\r\n");
        }
        return sb.append("Content-Length: 0\r\n\r\n").toString();
    }

    static final String SDP_OK = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
            + "m=audio 49170 RTP/AVP 0 96\r\na=rtpmap:96 AMR/8000\r\n";

    static String withSdp(String sdp) {
        return options(sdp, Map.of(), "Content-Type: application/sdp", "Content-Length: " + sdp.length());
    }

    static String multipart(String contentType, String body) {
        return options(body, Map.of(), "Content-Type: " + contentType, "Content-Length: " + body.length());
    }

    static final Map<FindingCode, String> EXAMPLES = new EnumMap<>(FindingCode.class);

    static {
        Map<FindingCode, String> e = EXAMPLES;
        e.put(FindingCode.UNDECODABLE_TEXT, "hello world\r\n" + options("Content-Length: 0"));
        e.put(FindingCode.SDP_WITHOUT_MESSAGE, "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nt=0 0\r\n");
        e.put(FindingCode.PROSE_AROUND_CODE_BLOCK, "The OPTIONS:\n```\n" + options("Content-Length: 0") + "```\n");
        e.put(FindingCode.SIPP_TEMPLATE_FILLED, "<send>\n  <![CDATA[\n" + options("Content-Length: [len]")
                .replace("192.0.2.1", "[local_ip]") + "  ]]>\n</send>\n");
        e.put(FindingCode.INPUT_TOO_LARGE, "limit");
        e.put(FindingCode.REBUILT_FROM_PACKET_DETAILS, "Session Initiation Protocol (OPTIONS)\n"
                + "    Request-Line: OPTIONS sip:bob@example.com SIP/2.0\n    Message Header\n"
                + options("Content-Length: 0").lines().skip(1).filter(l -> !l.isEmpty())
                        .map(l -> "        " + l + "\n").reduce("", String::concat));
        e.put(FindingCode.RFC_PAGE_BREAK_REMOVED, new String(Fixtures.bytes("/dev/sigref/sip/logs/rfc3665-text-with-page-breaks.txt"),
                java.nio.charset.StandardCharsets.UTF_8));
        e.put(FindingCode.RFC_NOTATION_EXPANDED, Fixtures.text("/dev/sigref/sip/torture/printed/noreason.txt"));
        e.put(FindingCode.CAPTURE_HEADER_BYTES_REMOVED, "10:00:00.123456 IP 192.0.2.1.5060 > 192.0.2.2.5060: UDP,"
                + " length 300\n" + "E..H..@.@...\n....OPTIONS" + options("Content-Length: 0").substring(7));
        e.put(FindingCode.REBUILT_FROM_HEX_DUMP, new String(Fixtures.bytes("/dev/sigref/sip/logs/wireshark-hex.txt"),
                java.nio.charset.StandardCharsets.UTF_8));
        e.put(FindingCode.MIXED_LINE_ENDINGS, options("Content-Length: 0").replace("Max-Forwards: 70\r\n", "Max-Forwards: 70\n"));
        e.put(FindingCode.HTML_ENTITIES_DECODED, options("Content-Length: 0").replace("<", "&lt;").replace(">", "&gt;"));
        e.put(FindingCode.LINE_SUFFIX_REMOVED, options("Content-Length: 0").replace("\r\n", "</br>\r\n"));
        e.put(FindingCode.LINE_END_ARTEFACTS_REMOVED, options("Content-Length: 0").replace("\r\n", "\r\r\n"));
        e.put(FindingCode.LF_LINE_ENDINGS, options("Content-Length: 0").replace("\r\n", "\n"));
        e.put(FindingCode.DOUBLE_SPACED_PASTE, options("Content-Length: 0").replace("\r\n", "\r\n\r\n"));
        e.put(FindingCode.ESCAPED_LINE_ENDS_RESTORED, "{\"msg\":\"" + options("Content-Length: 0").replace("\r\n", "\\r\\n")
                + "\"}\n");
        e.put(FindingCode.BLANK_JOINED_LINES_SPLIT, options("Content-Length: 0").strip().replace("\r\n", "  ") + "\n");
        e.put(FindingCode.LOG_PREFIX_REMOVED, options("Content-Length: 0").lines()
                .map(l -> "[Jan  1 10:00:00] " + l + "\r\n").reduce("", String::concat));
        e.put(FindingCode.START_LINE_LABEL_REMOVED, "Sent to core:" + options("Content-Length: 0"));
        e.put(FindingCode.MISSING_EMPTY_LINE, options("v=0\r\n", Map.of(), "Content-Type: text/plain",
                "Content-Length: 5").replace("Content-Length: 5\r\n\r\n", "Content-Length: 5\r\n"));
        e.put(FindingCode.MISSING_FINAL_EMPTY_LINE, options("Content-Length: 0").stripTrailing());
        e.put(FindingCode.DATA_AFTER_BODY, options("hello", Map.of(), "Content-Type: text/plain", "Content-Length: 2"));
        e.put(FindingCode.CONTENT_LENGTH_UNVERIFIABLE, options("<a>\r\n<b/>\r\n</a>\r\n", Map.of(), "Content-Type: application/xml",
                "Content-Length: 17").strip().replace("\r\n", " ") + "\n");
        e.put(FindingCode.CONTENT_LENGTH_MISMATCH, options("hello", Map.of(), "Content-Type: text/plain",
                "Content-Length: 120"));
        e.put(FindingCode.MISSING_CONTENT_LENGTH, options("hello", Map.of(), "Content-Type: text/plain"));
        e.put(FindingCode.STREAM_WITHOUT_CONTENT_LENGTH, options("", Map.of("Via",
                "Via: SIP/2.0/TLS 192.0.2.1:5061;branch=z9hG4bK74bf9")));
        e.put(FindingCode.INVALID_CONTENT_LENGTH, options("Content-Length: -5"));
        e.put(FindingCode.DUPLICATE_HEADER, options("Content-Length: 0", "Content-Length: 0"));
        e.put(FindingCode.MULTIPLE_VALUES, options("", Map.of("To", "To: <sip:bob@example.com>, <sip:carol@example.com>"),
                "Content-Length: 0"));
        e.put(FindingCode.TOO_MANY_HEADERS, "limit");
        e.put(FindingCode.MALFORMED_REQUEST_LINE, options("Content-Length: 0").replace(OPTIONS, "INVITE sip:bob@example.com"));
        e.put(FindingCode.MALFORMED_STATUS_LINE, response("SIP/2.0 2x0 OK", "1 OPTIONS", "<sip:bob@example.com>;tag=1"));
        e.put(FindingCode.EXTRA_WHITESPACE, options("Content-Length: 0").replace(OPTIONS,
                "OPTIONS  sip:bob@example.com SIP/2.0"));
        e.put(FindingCode.UNSUPPORTED_SIP_VERSION, options("Content-Length: 0").replace("SIP/2.0\r\n", "SIP/3.0\r\n"));
        e.put(FindingCode.STATUS_CODE_OUT_OF_RANGE, response("SIP/2.0 700 Odd", "1 OPTIONS", "<sip:bob@example.com>;tag=1"));
        e.put(FindingCode.MISSING_REASON_PHRASE, response("SIP/2.0 200", "1 OPTIONS", "<sip:bob@example.com>;tag=1"));
        e.put(FindingCode.UNKNOWN_METHOD, options("", Map.of("CSeq", "CSeq: 1 invite"), "Content-Length: 0")
                .replace(OPTIONS, "invite sip:bob@example.com SIP/2.0"));
        e.put(FindingCode.RESPONSE_TO_ACK, response("SIP/2.0 200 OK", "1 ACK", "<sip:bob@example.com>;tag=1"));
        e.put(FindingCode.MALFORMED_URI, options("Content-Length: 0").replace("sip:bob@example.com SIP", "sip:bob@exa_mple.com SIP"));
        e.put(FindingCode.MALFORMED_IPV6_REFERENCE, options("Content-Length: 0").replace("sip:bob@example.com SIP",
                "sip:bob@[2001:db8::g1] SIP"));
        e.put(FindingCode.INVALID_PORT, options("Content-Length: 0").replace("sip:bob@example.com SIP", "sip:bob@example.com:70000 SIP"));
        e.put(FindingCode.INVALID_ESCAPE, options("Content-Length: 0").replace("sip:bob@example.com SIP", "sip:b%zob@example.com SIP"));
        e.put(FindingCode.WHITESPACE_IN_URI, options("", Map.of("To", "To: < sip:bob@example.com>"), "Content-Length: 0"));
        e.put(FindingCode.ANGLE_BRACKETS_IN_REQUEST_URI, options("Content-Length: 0").replace("sip:bob@example.com SIP",
                "<sip:bob@example.com> SIP"));
        e.put(FindingCode.URI_HEADERS_NOT_ALLOWED, options("Content-Length: 0").replace("sip:bob@example.com SIP",
                "sip:bob@example.com?Subject=hi SIP"));
        e.put(FindingCode.TEL_MISSING_PHONE_CONTEXT, options("Content-Length: 0").replace("sip:bob@example.com SIP", "tel:5550123 SIP"));
        e.put(FindingCode.USER_PHONE_NOT_A_NUMBER, options("Content-Length: 0").replace("sip:bob@example.com SIP",
                "sip:bob@example.com;user=phone SIP"));
        e.put(FindingCode.USER_PHONE_WITHOUT_PHONE_CONTEXT, options("Content-Length: 0").replace("sip:bob@example.com SIP",
                "sip:5550123@example.com;user=phone SIP"));
        e.put(FindingCode.UNKNOWN_URI_SCHEME, options("Content-Length: 0").replace("sip:bob@example.com SIP", "im:bob@example.com SIP"));
        e.put(FindingCode.URI_NOT_IN_ANGLE_BRACKETS, options("Contact: sip:alice@192.0.2.1?Subject=x", "Content-Length: 0"));
        e.put(FindingCode.MALFORMED_HEADER_LINE, options("This line has no colon", "Content-Length: 0"));
        e.put(FindingCode.WRAPPED_LINE_JOINED, options(wrappedAt("Contact: <sip:alice@pc33.atlanta.example.com:5060;"
                + "transport=tcp;ob>;reg-id=1;+sip.instance=\"<urn:uuid:00000000-0000-1000-8000-000A95A0E128>\"", 80),
                wrappedAt("Accept-Contact: *;+g.3gpp.icsi-ref=\"urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel\";require;explicit",
                        80), "Content-Length: 0"));
        e.put(FindingCode.JOINED_HEADER_LINES, options("Record-Route: <sip:p1.example.com;lr>Allow: INVITE, ACK, BYE",
                "Content-Length: 0"));
        e.put(FindingCode.VIA_PROTOCOL_NOT_SIP, options("", Map.of("Via", "Via: SIPS/2.0/TLS 192.0.2.1:5061;branch=z9hG4bK74bf9"),
                "Content-Length: 0"));
        e.put(FindingCode.ROUTE_WITHOUT_ANGLE_BRACKETS, options("Route: sip:p1.example.com;lr", "Content-Length: 0"));
        e.put(FindingCode.MALFORMED_HEADER_VALUE, options("", Map.of("CSeq", "CSeq: OPTIONS"), "Content-Length: 0"));
        e.put(FindingCode.UNTERMINATED_QUOTED_STRING, options("", Map.of("From", "From: \"Alice <sip:alice@example.com>;tag=1"),
                "Content-Length: 0"));
        e.put(FindingCode.UNTERMINATED_ANGLE_BRACKET, options("", Map.of("To", "To: <sip:bob@example.com"), "Content-Length: 0"));
        e.put(FindingCode.CONTROL_CHARACTER, options("Subject: bell \u0007 here", "Content-Length: 0"));
        e.put(FindingCode.DIGEST_DIRECTIVE_QUOTED, options("Authorization: Digest username=\"alice\", realm=\"example.com\","
                + " nonce=\"abc\", uri=\"sip:bob@example.com\", response=\"0123456789abcdef0123456789abcdef\","
                + " algorithm=\"MD5\"", "Content-Length: 0"));
        e.put(FindingCode.HEADER_OUT_OF_PLACE, options("RAck: 1 1 INVITE", "Content-Length: 0"));
        e.put(FindingCode.RSEQ_OUTSIDE_PROVISIONAL_RESPONSE, options("RSeq: 1", "Content-Length: 0"));
        e.put(FindingCode.BASIC_AUTHENTICATION, options("Authorization: Basic YWxpY2U6c2VjcmV0", "Content-Length: 0"));
        e.put(FindingCode.INVALID_UTF8, options("", Map.of("From", "From: \"M\u00fcller\" <sip:alice@example.com>;tag=9fxced76sl"),
                "Content-Length: 0"));
        e.put(FindingCode.BLANKS_ON_EMPTY_LINE, options("Content-Length: 0").replaceFirst("\r\n\r\n$", "\r\n \r\n"));
        e.put(FindingCode.EMPTY_HEADER_VALUE, options("Require:", "Content-Length: 0"));
        e.put(FindingCode.MISSING_VIA, options("", Map.of("Via", ""), "Content-Length: 0"));
        e.put(FindingCode.MISSING_FROM, options("", Map.of("From", ""), "Content-Length: 0"));
        e.put(FindingCode.MISSING_TO, options("", Map.of("To", ""), "Content-Length: 0"));
        e.put(FindingCode.MISSING_CALL_ID, options("", Map.of("Call-ID", ""), "Content-Length: 0"));
        e.put(FindingCode.MISSING_CSEQ, options("", Map.of("CSeq", ""), "Content-Length: 0"));
        e.put(FindingCode.MISSING_MAX_FORWARDS, options("", Map.of("Max-Forwards", ""), "Content-Length: 0"));
        e.put(FindingCode.MISSING_CONTACT, options("", Map.of("CSeq", "CSeq: 1 INVITE"), "Content-Length: 0")
                .replace(OPTIONS, "INVITE sip:bob@example.com SIP/2.0"));
        e.put(FindingCode.MISSING_CONTENT_TYPE, options("hello", Map.of(), "Content-Length: 5"));
        e.put(FindingCode.MISSING_AUTHENTICATE, response("SIP/2.0 401 Unauthorized", "1 REGISTER", "<sip:bob@example.com>;tag=1"));
        e.put(FindingCode.CONTACT_WILDCARD_MISUSE, options("Contact: *", "Content-Length: 0"));
        e.put(FindingCode.CONTACT_NOT_SINGLE_SIP_URI, request("INVITE", "Contact: <tel:+12015550123>"));
        e.put(FindingCode.DIALOG_RESPONSE_CONTACT_NOT_SINGLE_SIP_URI, response("SIP/2.0 200 OK", "1 INVITE",
                "<sip:bob@example.com>;tag=1", "Contact: <tel:+12015550100>"));
        e.put(FindingCode.MISSING_ALLOW, response("SIP/2.0 405 Method Not Allowed", "1 OPTIONS", "<sip:bob@example.com>;tag=1"));
        e.put(FindingCode.MISSING_UNSUPPORTED, response("SIP/2.0 420 Bad Extension", "1 OPTIONS", "<sip:bob@example.com>;tag=1"));
        e.put(FindingCode.MISSING_ACCEPT, response("SIP/2.0 415 Unsupported Media Type", "1 OPTIONS", "<sip:bob@example.com>;tag=1"));
        e.put(FindingCode.MISSING_REQUIRE, response("SIP/2.0 421 Extension Required", "1 INVITE", "<sip:bob@example.com>;tag=1"));
        e.put(FindingCode.MISSING_MIN_EXPIRES, response("SIP/2.0 423 Interval Too Brief", "1 REGISTER", "<sip:bob@example.com>;tag=1"));
        e.put(FindingCode.MISSING_MIN_SE, response("SIP/2.0 422 Session Interval Too Small", "1 INVITE", "<sip:bob@example.com>;tag=1"));
        e.put(FindingCode.SESSION_INTERVAL_TOO_SMALL, options("Session-Expires: 60", "Content-Length: 0"));
        e.put(FindingCode.MIN_SE_TOO_SMALL, options("Min-SE: 30", "Content-Length: 0"));
        e.put(FindingCode.MISSING_RACK, request("PRACK"));
        e.put(FindingCode.RSEQ_WITHOUT_100REL, response("SIP/2.0 183 Session Progress", "1 INVITE",
                "<sip:bob@example.com>;tag=1", "RSeq: 1"));
        e.put(FindingCode.IN_DIALOG_REQUEST_WITHOUT_TO_TAG, request("BYE").replace(";tag=8321234356", ""));
        e.put(FindingCode.REPLACES_TAGS, request("INVITE", "Contact: <sip:alice@192.0.2.1>",
                "Replaces: 592435881734450904;to-tag=9m2n3wq"));
        e.put(FindingCode.MISSING_RSEQ, response("SIP/2.0 183 Session Progress", "1 INVITE", "<sip:bob@example.com>;tag=1",
                "Require: 100rel", "Contact: <sip:bob@192.0.2.4>"));
        e.put(FindingCode.MISSING_EVENT, request("SUBSCRIBE", "Contact: <sip:alice@192.0.2.1>"));
        e.put(FindingCode.MISSING_SUBSCRIPTION_STATE, request("NOTIFY", "Event: reg", "Contact: <sip:alice@192.0.2.1>"));
        e.put(FindingCode.PUBLISH_WITHOUT_EVENT, request("PUBLISH"));
        e.put(FindingCode.MISSING_REFER_TO, request("REFER", "Contact: <sip:alice@192.0.2.1>"));
        e.put(FindingCode.MISSING_FROM_TAG, options("", Map.of("From", "From: <sip:alice@example.com>"), "Content-Length: 0"));
        e.put(FindingCode.MISSING_TO_TAG, response("SIP/2.0 486 Busy Here", "1 INVITE", "<sip:bob@example.com>"));
        e.put(FindingCode.CANCEL_RESPONSE_WITHOUT_TO_TAG, response("SIP/2.0 200 OK", "1 CANCEL", "<sip:bob@example.com>"));
        e.put(FindingCode.CSEQ_METHOD_MISMATCH, options("", Map.of("CSeq", "CSeq: 1 INVITE"), "Content-Length: 0"));
        e.put(FindingCode.CSEQ_NUMBER_TOO_LARGE, options("", Map.of("CSeq", "CSeq: 2147483648 OPTIONS"), "Content-Length: 0"));
        e.put(FindingCode.NUMBER_TOO_LARGE, options("Expires: 4294967296", "Content-Length: 0"));
        e.put(FindingCode.EXPIRES_PARAM_TOO_LARGE, request("REGISTER", "Contact: <sip:alice@192.0.2.1>;expires=4294967296"));
        e.put(FindingCode.UNQUOTED_FEATURE_TAG, request("REGISTER",
                "Contact: <sip:alice@192.0.2.1>;+g.3gpp.icsi-ref=urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel"));
        e.put(FindingCode.MAX_FORWARDS_OUT_OF_RANGE, options("", Map.of("Max-Forwards", "Max-Forwards: 256"), "Content-Length: 0"));
        e.put(FindingCode.MISSING_VIA_BRANCH, options("", Map.of("Via", "Via: SIP/2.0/UDP 192.0.2.1"), "Content-Length: 0"));
        e.put(FindingCode.VIA_BRANCH_RFC2543, options("", Map.of("Via", "Via: SIP/2.0/UDP 192.0.2.1;branch=1234"),
                "Content-Length: 0"));
        e.put(FindingCode.RFC2543_MESSAGE, options("", Map.of("Via", "Via: SIP/2.0/UDP 192.0.2.1", "Max-Forwards", ""),
                "Content-Length: 0"));
        e.put(FindingCode.DATE_NOT_GMT, options("Date: Sat, 13 Nov 2010 23:29:00 CET", "Content-Length: 0"));
        e.put(FindingCode.MULTIPART_MISSING_BOUNDARY, multipart("multipart/mixed", "--x\r\n\r\nhi\r\n--x--\r\n"));
        e.put(FindingCode.MULTIPART_BOUNDARY_NOT_FOUND, multipart("multipart/mixed;boundary=y", "--x\r\n\r\nhi\r\n--x--\r\n"));
        e.put(FindingCode.MULTIPART_PART_MISSING_EMPTY_LINE, multipart("multipart/mixed;boundary=x",
                "--x\r\nContent-Type: text/plain\r\nhi\r\n--x--\r\n"));
        e.put(FindingCode.MULTIPART_UNTERMINATED, multipart("multipart/mixed;boundary=x", "--x\r\n\r\nhi\r\n"));
        e.put(FindingCode.MULTIPART_MALFORMED_BOUNDARY, multipart("multipart/mixed;boundary=\"b1 \"",
                "--b1 \r\nContent-Type: text/plain\r\n\r\nhello\r\n--b1 --\r\n"));
        e.put(FindingCode.MULTIPART_WITHOUT_PARTS, multipart("multipart/mixed;boundary=b1", "--b1--\r\n"));
        e.put(FindingCode.MULTIPART_BOUNDARY_IN_PART, multipart("multipart/mixed;boundary=b1",
                "--b1\r\nContent-Type: text/plain\r\n\r\n--b1-not-a-delimiter\r\n--b1--\r\n"));
        e.put(FindingCode.MULTIPART_RELATED_ROOT, multipart("multipart/related;type=\"application/sdp\";boundary=b1",
                "--b1\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b1--\r\n"));
        e.put(FindingCode.MULTIPART_RELATED_WITHOUT_TYPE, multipart("multipart/related;boundary=b1",
                "--b1\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b1--\r\n"));
        e.put(FindingCode.SDP_MISSING_LINE, withSdp(SDP_OK.replace("s=-\r\n", "")));
        e.put(FindingCode.BODY_LAST_LINE_END_MISSING, withSdp(SDP_OK).substring(0, withSdp(SDP_OK).length() - 2));
        e.put(FindingCode.SDP_MISSING_RTPMAP, withSdp(SDP_OK.replace("a=rtpmap:96 AMR/8000\r\n", "")));
        e.put(FindingCode.SDP_EMPTY_SESSION_NAME, withSdp(SDP_OK.replace("s=-", "s=")));
        e.put(FindingCode.SDP_FINGERPRINT_LOWER_CASE, withSdp(SDP_OK + "a=fingerprint:sha-256 4a:ad:b9:b1\r\n"));
        String inv = "INVITE sip:b@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\nMax-Forwards: 70\r\n"
                + "From: <sip:a@example.com>;tag=1\r\nTo: <sip:b@example.com>\r\nCall-ID: cat1\r\nCSeq: 1 INVITE\r\n"
                + "Contact: <sip:a@192.0.2.1>\r\nContent-Length: 0\r\n\r\n";
        e.put(FindingCode.ACK_CSEQ_MISMATCH, inv + inv.replace("INVITE", "ACK").replace("CSeq: 1", "CSeq: 2"));
        e.put(FindingCode.CANCEL_CSEQ_MISMATCH, inv + inv.replace("INVITE", "CANCEL").replace("CSeq: 1", "CSeq: 2"));
        e.put(FindingCode.RESPONSE_MATCHES_NO_REQUEST, inv + "SIP/2.0 486 Busy Here\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK2\r\n"
                + "From: <sip:a@example.com>;tag=1\r\nTo: <sip:b@example.com>;tag=2\r\nCall-ID: cat1\r\nCSeq: 1 INVITE\r\n"
                + "Content-Length: 0\r\n\r\n");
        e.put(FindingCode.REQUEST_MATCHES_NO_DIALOG, inv + "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
                + "From: <sip:a@example.com>;tag=1\r\nTo: <sip:b@example.com>;tag=2\r\nCall-ID: cat1\r\nCSeq: 1 INVITE\r\n"
                + "Content-Length: 0\r\n\r\n" + inv.replace("INVITE", "BYE").replace("CSeq: 1", "CSeq: 2")
                        .replace("To: <sip:b@example.com>", "To: <sip:b@example.com>;tag=3"));
        e.put(FindingCode.CSEQ_NOT_INCREASING, inv.replace("CSeq: 1", "CSeq: 5") + inv.replace("INVITE", "BYE"));
        e.put(FindingCode.RACK_NO_MATCHING_RESPONSE, inv + "SIP/2.0 183 Session Progress\r\nVia: SIP/2.0/UDP 192.0.2.1;"
                + "branch=z9hG4bK1\r\nFrom: <sip:a@example.com>;tag=1\r\nTo: <sip:b@example.com>;tag=2\r\nCall-ID: cat1\r\n"
                + "CSeq: 1 INVITE\r\nContact: <sip:b@192.0.2.2>\r\nRequire: 100rel\r\nRSeq: 1\r\nContent-Length: 0\r\n\r\n"
                + inv.replace("INVITE sip", "PRACK sip").replace("1 INVITE", "2 PRACK").replace("Content-Length",
                "RAck: 9 1 INVITE\r\nContent-Length"));
        e.put(FindingCode.SDP_LAST_LINE_UNTERMINATED, withSdp(SDP_OK.stripTrailing()));
        e.put(FindingCode.SDP_TRAILING_WHITESPACE, withSdp(SDP_OK.replace("c=IN IP4 192.0.2.1", "c=IN IP4 192.0.2.1  ")));
        e.put(FindingCode.SDP_MALFORMED_LINE, withSdp(SDP_OK.replace("c=IN IP4 192.0.2.1", "c=IN IP4")));
        e.put(FindingCode.SDP_MALFORMED_ATTRIBUTE, withSdp(SDP_OK.replace("AMR/8000", "AMR")));
        e.put(FindingCode.SDP_LINE_ORDER, withSdp(SDP_OK.replace("s=-\r\nc=IN IP4 192.0.2.1\r\n", "c=IN IP4 192.0.2.1\r\ns=-\r\n")));
        e.put(FindingCode.SDP_MISSING_CONNECTION, withSdp(SDP_OK.replace("c=IN IP4 192.0.2.1\r\n", "")));
        e.put(FindingCode.SDP_UNKNOWN_FORMAT, withSdp(SDP_OK.replace("a=rtpmap:96", "a=rtpmap:97")));
        e.put(FindingCode.SDP_PAYLOAD_TYPE_CONFLICT, withSdp(SDP_OK + "a=rtpmap:96 AMR-WB/16000\r\n"));
        e.put(FindingCode.SDP_REPEATED_FORMAT, withSdp(SDP_OK.replace("RTP/AVP 0 96", "RTP/AVP 0 96 96")));
        e.put(FindingCode.SDP_MALFORMED_PRECONDITION, withSdp(SDP_OK + "a=curr:qos sideways sendrecv\r\n"));
    }

    private static ParseResult run(FindingCode code) {
        return switch (code) {
            case INPUT_TOO_LARGE -> SipParser.parse(options("Content-Length: 0").repeat(3), new ParseOptions(1000, 2, 100));
            case TOO_MANY_HEADERS -> SipParser.parse(options("Content-Length: 0"), new ParseOptions(100_000, 10, 3));
            // bytes, since a String has no invalid UTF-8: a Latin-1 byte in a display name
            case INVALID_UTF8 -> SipParser.parse(EXAMPLES.get(code).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            default -> SipParser.parse(EXAMPLES.get(code));
        };
    }

    @ParameterizedTest
    @EnumSource(FindingCode.class)
    void everyCodeHasAnExampleThatRaisesIt(FindingCode code) {
        assertThat(EXAMPLES).containsKey(code);
        ParseResult r = run(code);
        List<Finding> matching = r.allFindings().stream().filter(f -> f.is(code)).toList();
        assertThat(matching).as("findings of the example for %s: %s", code.code(), r.allFindings()).isNotEmpty();
        Finding f = matching.get(0);
        assertThat(f.severity()).isEqualTo(code.severity());
        assertThat(f.reference()).isEqualTo(code.reference());
        assertThat(f.line()).isPositive();
        assertThat(f.column()).isPositive();
        assertThat(f.message()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(FindingCode.class)
    void codesAreStableKebabCaseWithAClause(FindingCode code) {
        assertThat(code.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(code.reference()).matches("RFC \\d{4} §[0-9.]+");
        assertThat(code.summary()).isNotBlank();
        assertThat(FindingCode.byCode(code.code())).contains(code);
    }

    @Test
    void codesAreUnique() {
        Set<String> seen = new HashSet<>();
        Stream.of(FindingCode.values()).forEach(c -> assertThat(seen.add(c.code())).as(c.code()).isTrue());
        assertThat(FindingCode.byCode("no-such-code")).isEmpty();
    }
}
