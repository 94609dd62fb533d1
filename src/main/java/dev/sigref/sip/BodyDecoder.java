package dev.sigref.sip;

import dev.sigref.sip.sdp.SdpParser;
import dev.sigref.sip.sdp.SessionDescription;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Decodes a body by its Content-Type: SDP, multipart (RFC 5621) into parts, other text as text, the rest as hex. */
final class BodyDecoder {
    private BodyDecoder() {
    }

    private static final int MAX_DEPTH = 4;
    private static final Set<String> BINARY = Set.of("application/vnd.3gpp.sms", "application/isup",
            "application/qsig", "application/octet-stream", "application/vnd.3gpp.lpp");

    static Body decode(Lines lines, int from, int to, List<Header> headers, boolean utf8, FindingList f) {
        if (from >= to) {
            return new EmptyBody();
        }
        Header ct = Header.first(headers, "Content-Type");
        return decodeAs(lines, from, to, ct, utf8, f, 0);
    }

    private static Body decodeAs(Lines lines, int from, int to, Header ct, boolean utf8, FindingList f, int depth) {
        String s = lines.s;
        MediaType type = ct != null && ct.value() instanceof MediaType m ? m : null;
        String raw = ct == null ? null : ct.rawValue();
        String essence = type == null ? "" : type.essence();
        int firstLine = lines.numberOf(from);
        if (essence.equals("application/sdp")) {
            SessionDescription sdp = SdpParser.parse(s, from, to, f::at, lines::numberOf);
            return new SdpBody(raw, s.substring(from, to), sdp, firstLine);
        }
        if (type != null && type.type().equalsIgnoreCase("multipart") && depth < MAX_DEPTH) {
            Body mp = multipart(lines, from, to, type, raw, utf8, f, depth);
            if (mp != null) {
                return mp;
            }
        }
        if (BINARY.contains(essence) || hasControlCharacters(s, from, to)) {
            byte[] bytes = utf8 ? Text.utf8Bytes(s, from, to) : s.substring(from, to).getBytes(StandardCharsets.ISO_8859_1);
            return new BinaryBody(raw, bytes.length, hex(bytes), firstLine);
        }
        return new TextBody(raw, s.substring(from, to), firstLine);
    }

    private static boolean hasControlCharacters(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\r' && c != '\n' && c != '\t' || Text.isEscapedByte(s, i)) {
                return true; // or a byte that is no UTF-8: not text
            }
        }
        return false;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(out);
    }

    /**
     * multipart-body = [preamble CRLF] dash-boundary transport-padding CRLF body-part *encapsulation close-delimiter
     * transport-padding [CRLF epilogue] (RFC 2046 §5.1.1). The CRLF before each delimiter belongs to the delimiter.
     */
    private static Body multipart(Lines lines, int from, int to, MediaType type, String raw, boolean utf8,
            FindingList f, int depth) {
        String s = lines.s;
        String boundary = type.param("boundary");
        if (boundary == null || boundary.isEmpty()) {
            f.at(FindingCode.MULTIPART_MISSING_BOUNDARY, from, "content-type " + Text.q(raw)
                    + " is multipart but has no boundary parameter, so its parts cannot be found");
            return null;
        }
        boundaryRule(Text.unquote(boundary), raw, from, f);
        if (type.subtype().equalsIgnoreCase("related") && type.param("type") == null) {
            // RFC 2387 §3.1: "The type parameter must be specified and its value is the MIME media type of the
            // "root" body part"
            f.at(FindingCode.MULTIPART_RELATED_WITHOUT_TYPE, from, "content-type " + Text.q(raw)
                    + " is multipart/related without the type parameter naming its root part (e.g. type=\"application/sdp\")");
        }
        String dash = "--" + boundary;
        List<int[]> delimiters = new ArrayList<>(4);
        boolean closed = false;
        int prefixLine = -1;
        for (int line = lines.lineOf(from); line < lines.count && lines.start(line) < to; line++) {
            int ls = Math.max(lines.start(line), from);
            int le = Math.min(lines.contentEnd(line), to);
            if (le - ls >= dash.length() && s.startsWith(dash, ls)) {
                int p = ls + dash.length();
                boolean close = p + 1 < le + 1 && s.startsWith("--", p) && p + 2 <= le;
                if (close) {
                    p += 2;
                }
                if (Text.isBlank(s, p, le)) {
                    delimiters.add(new int[] {ls, Math.min(lines.next(line), to), close ? 1 : 0});
                    if (close) {
                        closed = true;
                        break;
                    }
                } else if (prefixLine < 0) {
                    prefixLine = line;
                }
            }
        }
        if (prefixLine >= 0) {
            f.onLine(FindingCode.MULTIPART_BOUNDARY_IN_PART, prefixLine, "line " + Text.q(lines.content(prefixLine))
                    + " inside the multipart body starts with the delimiter " + Text.q(dash) + " but is no delimiter"
                    + " line; the boundary must not occur inside the parts (RFC 2046 §5.1.1), and a receiver that"
                    + " matches the delimiter as a prefix ends the part there: choose a boundary the content never holds");
        }
        if (delimiters.isEmpty()) {
            f.at(FindingCode.MULTIPART_BOUNDARY_NOT_FOUND, from, "no line of the multipart body is the delimiter "
                    + Text.q(dash) + " given by the boundary parameter");
            return null;
        }
        if (!closed) {
            f.at(FindingCode.MULTIPART_UNTERMINATED, to, "the multipart body never closes with " + Text.q(dash + "--")
                    + "; the last part runs to the end of the body");
        }
        if (delimiters.size() == 1 && closed) {
            f.at(FindingCode.MULTIPART_WITHOUT_PARTS, from, "the multipart body closes with " + Text.q(dash + "--")
                    + " before any part; a multipart body holds at least one body part (RFC 2046 §5.1.1)");
        }
        List<BodyPart> parts = new ArrayList<>(delimiters.size());
        for (int i = 0; i < delimiters.size(); i++) {
            int[] d = delimiters.get(i);
            if (d[2] == 1) {
                break;
            }
            int partStart = d[1];
            int partEnd = i + 1 < delimiters.size() ? delimiters.get(i + 1)[0] : to;
            if (i + 1 < delimiters.size()) {
                if (partEnd > partStart && s.charAt(partEnd - 1) == '\n') {
                    partEnd--;
                }
                if (partEnd > partStart && s.charAt(partEnd - 1) == '\r') {
                    partEnd--;
                }
            }
            parts.add(part(lines, partStart, partEnd, utf8, f, depth));
        }
        contentIds(parts, f);
        if (type.subtype().equalsIgnoreCase("related") && !parts.isEmpty()) {
            relatedRoot(type, raw, parts, from, f);
        }
        return new MultipartBody(raw, Text.unquote(boundary), parts, lines.numberOf(from));
    }

    /**
     * The root of a multipart/related body is the part whose Content-ID the start parameter names, or the first part
     * without one (RFC 2387 §3.2), and the type parameter is that part's media type (§3.1): a receiver starts from the
     * root, so a start naming no part, or a type that is not the root's, leaves it without the part it processes
     * first (the SDP of an INVITE with a resource list, the PIDF of an RLMI NOTIFY).
     */
    private static void relatedRoot(MediaType type, String raw, List<BodyPart> parts, int at, FindingList f) {
        String start = type.param("start");
        BodyPart root = parts.get(0);
        if (start != null && !Text.unquote(start).isBlank()) {
            String id = bare(Text.unquote(start));
            root = null;
            for (BodyPart p : parts) {
                Header cid = Header.first(p.headers(), "Content-ID");
                if (cid != null && bare(cid.rawValue()).equals(id)) {
                    root = p;
                    break;
                }
            }
            if (root == null) {
                f.at(FindingCode.MULTIPART_RELATED_ROOT, at, "content-type " + Text.q(raw) + " names the root part "
                        + Text.q(Text.unquote(start)) + " with its start parameter, but no part has that Content-ID;"
                        + " a receiver cannot find the part to process first (RFC 2387 §3.2)");
                return;
            }
        }
        String rootType = type.param("type");
        Header rootCt = Header.first(root.headers(), "Content-Type");
        if (rootType != null && rootCt != null && rootCt.value() instanceof MediaType m
                && !Text.unquote(rootType).strip().equalsIgnoreCase(m.essence())) {
            f.at(FindingCode.MULTIPART_RELATED_ROOT, at, "content-type " + Text.q(raw) + " says its root part is "
                    + Text.q(Text.unquote(rootType)) + " (type parameter), but the root part"
                    + (start == null ? ", the first one," : ", the one start names,") + " is " + Text.q(m.essence())
                    + "; the type parameter must be the root's media type (RFC 2387 §3.1)");
        }
    }

    /**
     * id := "Content-ID" ":" msg-id (RFC 2045 §7), msg-id = "<" id-left "@" id-right ">" (RFC 5322 §3.6.4): a part is
     * referred to by it (cid: URLs, a multipart/related start), so one written without its brackets or given to two
     * parts leaves the reference pointing at nothing or at the wrong part. The first fault of each kind is reported.
     */
    private static void contentIds(List<BodyPart> parts, FindingList f) {
        java.util.Set<String> seen = null;
        boolean bracketsReported = false;
        for (BodyPart p : parts) {
            Header cid = Header.first(p.headers(), "Content-ID");
            if (cid == null) {
                continue;
            }
            String v = cid.rawValue().strip();
            if (!bracketsReported && !(v.length() > 2 && v.charAt(0) == '<' && v.charAt(v.length() - 1) == '>')) {
                bracketsReported = true;
                f.onHeader(FindingCode.MALFORMED_HEADER_VALUE, "RFC 2045 §7", cid, "Content-ID " + Text.q(v) + " of a body part is not"
                        + " in angle brackets (msg-id = \"<\" id-left \"@\" id-right \">\", RFC 2045 §7); a cid: reference or"
                        + " a multipart/related start compares the id inside the brackets, so write <" + v + ">");
            }
            seen = seen == null ? new java.util.HashSet<>() : seen;
            if (!seen.add(bare(v))) {
                f.onHeader(FindingCode.MALFORMED_HEADER_VALUE, "RFC 2045 §7", cid, "Content-ID " + Text.q(v) + " is given to two parts"
                        + " of this multipart body; a Content-ID names one part (RFC 2045 §7 wants it world-unique), so"
                        + " a reference to it cannot tell which part is meant");
                return;
            }
        }
    }

    /** A Content-ID without its angle brackets and blanks: start may be written with or without them. */
    private static String bare(String id) {
        String t = id.strip();
        return t.length() >= 2 && t.charAt(0) == '<' && t.charAt(t.length() - 1) == '>' ? t.substring(1, t.length() - 1).strip() : t;
    }

    /**
     * boundary := 0*69&lt;bchars&gt; bcharsnospace; bchars := bcharsnospace / " "; bcharsnospace := DIGIT / ALPHA /
     * "'" / "(" / ")" / "+" / "_" / "," / "-" / "." / "/" / ":" / "=" / "?" (RFC 2046 §5.1.1): at most 70 characters,
     * the last no space.
     */
    private static void boundaryRule(String boundary, String raw, int at, FindingList f) {
        int bad = -1;
        for (int i = 0; i < boundary.length() && bad < 0; i++) {
            char c = boundary.charAt(i);
            bad = Text.isAlpha(c) || Text.isDigit(c) || "'()+_,-./:=? ".indexOf(c) >= 0 ? -1 : i;
        }
        String wrong = boundary.isEmpty() ? null : boundary.length() > 70 ? "is " + boundary.length()
                + " characters long, above the 70 allowed" : boundary.charAt(boundary.length() - 1) == ' '
                ? "ends in a space, which the delimiter line would lose"
                // a control character is reported on the Content-Type header already
                : bad >= 0 && !Text.isControl(boundary.charAt(bad)) ? "holds "
                + Text.q(String.valueOf(boundary.charAt(bad))) + ", which is no boundary character" : null;
        if (wrong != null) {
            f.at(FindingCode.MULTIPART_MALFORMED_BOUNDARY, at, "multipart boundary "
                    + Text.q(boundary) + " in " + Text.q(raw) + " " + wrong + " (boundary := 0*69<bchars> bcharsnospace)");
        }
    }

    private static BodyPart part(Lines lines, int from, int to, boolean utf8, FindingList f, int depth) {
        if (from >= to) {
            return new BodyPart(List.of(), new EmptyBody());
        }
        int line = lines.lineOf(from);
        HeaderSection.Result section = HeaderSection.scan(lines, line, to, false, f);
        List<Header> headers = HeaderSection.build(lines, section.headers(), to, f);
        if (section.end() == HeaderSection.End.BODY_WITHOUT_EMPTY_LINE) {
            int at = section.nextLine();
            String text = lines.content(at);
            String stripped = text.stripLeading();
            boolean indentedHeader = headers.isEmpty() && stripped.length() < text.length()
                    && HeaderSection.headerColon(stripped, 0, stripped.length()) > 0;
            f.onLine(FindingCode.MULTIPART_PART_MISSING_EMPTY_LINE, at, "line " + Text.q(text) + (indentedHeader
                    ? " is a part header indented by " + (text.length() - stripped.length()) + " blank"
                    + (text.length() - stripped.length() == 1 ? "" : "s") + ", and a line"
                    + " that starts with blanks can only continue the one above: the part has no header and no empty"
                    + " line before its content; write the header at the start of its line"
                    : headers.isEmpty() ? " starts this body part, which has no header; body-part := MIME-part-headers"
                    + " [CRLF *OCTET], so a part without headers starts with an empty line; a strict receiver reads"
                    + " the line as a malformed part header" : " follows the headers of this body part without the"
                    + " empty line that must separate them from its content; a strict receiver reads the line as a"
                    + " malformed part header"));
        }
        int bodyStart = section.end() == HeaderSection.End.BODY_WITHOUT_EMPTY_LINE
                ? lines.start(section.nextLine())
                : (section.nextLine() >= lines.count ? to : Math.min(to, lines.start(section.nextLine())));
        Header ct = Header.first(headers, "Content-Type");
        Body body = bodyStart >= to ? new EmptyBody() : decodeAs(lines, bodyStart, to, ct, utf8, f, depth + 1);
        return new BodyPart(headers, body);
    }
}
