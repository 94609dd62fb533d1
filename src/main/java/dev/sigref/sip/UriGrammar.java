package dev.sigref.sip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The URI rules of RFC 3261 §25.1, RFC 3966 §3 and RFC 5118. Every method scans {@code s[from, to)}. */
final class UriGrammar {
    private UriGrammar() {
    }

    /** Where a URI stands: the table of RFC 3261 §19.1.1 differs per place. */
    enum Place {
        REQUEST_URI("request-uri"), FROM_TO("from/to uri"), ROUTE("route uri"), OTHER("uri");

        final String label;

        Place(String label) {
            this.label = label;
        }
    }

    /**
     * Request-URI = SIP-URI / SIPS-URI / absoluteURI, and the same choice plus tel for name-addr/addr-spec.
     * Never fails: a URI it cannot read is reported and returned opaque.
     */
    static Uri uri(String s, int from, int to, Place place, Report r) {
        String raw = s.substring(from, to);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                r.add(FindingCode.WHITESPACE_IN_URI, i, place.label + " " + Text.q(raw)
                        + " contains whitespace; a URI has none (escape it as %20 or remove it)");
                return opaque(raw);
            }
        }
        int colon = schemeEnd(s, from, to);
        if (colon < 0) {
            r.add(FindingCode.MALFORMED_URI, from, place.label + " " + Text.q(raw)
                    + " has no scheme; write it as sip:, sips:, tel: or another absolute URI");
            return new AbsoluteUri("", raw, raw);
        }
        String scheme = knownScheme(s, from, colon);
        switch (scheme) {
            case "sip", "sips" -> {
                return sipUri(s, raw, colon + 1, to, scheme, place, r);
            }
            case "tel" -> {
                return telUri(s, from, colon + 1, to, r);
            }
            default -> {
                checkEscapes(s, colon + 1, to, raw, r);
                return new AbsoluteUri(scheme, s.substring(colon + 1, to), raw);
            }
        }
    }

    private static AbsoluteUri opaque(String raw) {
        int c = raw.indexOf(':');
        return c < 0 ? new AbsoluteUri("", raw, raw)
                : new AbsoluteUri(raw.substring(0, c).toLowerCase(Locale.ROOT), raw.substring(c + 1), raw);
    }

    /** scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ); returns the index of the colon after it, or -1. */
    static int schemeEnd(String s, int from, int to) {
        if (from >= to || !Text.isAlpha(s.charAt(from))) {
            return -1;
        }
        for (int i = from + 1; i < to; i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!(Text.isAlpha(c) || Text.isDigit(c) || c == '+' || c == '-' || c == '.')) {
                return -1;
            }
        }
        return -1;
    }

    /** The scheme in lower case; the common ones without a copy. */
    private static String knownScheme(String s, int from, int colon) {
        int len = colon - from;
        if (len == 3 && s.regionMatches(true, from, "sip", 0, 3)) {
            return "sip";
        }
        if (len == 3 && s.regionMatches(true, from, "tel", 0, 3)) {
            return "tel";
        }
        if (len == 4 && s.regionMatches(true, from, "sips", 0, 4)) {
            return "sips";
        }
        return s.substring(from, colon).toLowerCase(Locale.ROOT);
    }

    /**
     * SIP-URI = "sip:" [ userinfo ] hostport uri-parameters [ headers ]; SIPS-URI likewise with "sips:".
     * userinfo = ( user / telephone-subscriber ) [ ":" password ] "@"
     */
    static SipUri sipUri(String s, String raw, int from, int to, String scheme, Place place, Report r) {
        int q = -1;
        int at = -1;
        int lastAt = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '@') {
                lastAt = i;
                if (q < 0) {
                    at = i;
                }
            } else if (c == '?' && q < 0) {
                q = i;
            }
        }
        if (at < 0 && q >= 0 && lastAt > q) {
            // '?' inside the user part (user-unreserved allows it): the '@' after it ends the userinfo
            at = lastAt;
            q = indexOf(s, '?', at, to);
        }
        String user = null;
        String password = null;
        int hostStart = from;
        if (at >= 0) {
            int pw = indexOf(s, ':', from, at);
            int userEnd = pw < 0 ? at : pw;
            user = s.substring(from, userEnd);
            if (user.isEmpty()) {
                r.add(FindingCode.MALFORMED_URI, from, "uri " + Text.q(raw) + " has an '@' with an empty user part");
            }
            user(s, from, userEnd, raw, r);
            if (pw >= 0) {
                password = s.substring(pw + 1, at);
                password(s, pw + 1, at, raw, r);
            }
            hostStart = at + 1;
        }
        int hostEnd = hostStart;
        if (hostEnd < to && s.charAt(hostEnd) == '[') {
            int close = indexOf(s, ']', hostEnd, to);
            hostEnd = close < 0 ? to : close + 1;
        }
        while (hostEnd < to) {
            char c = s.charAt(hostEnd);
            if (c == ':' || c == ';' || c == '?') {
                break;
            }
            hostEnd++;
        }
        int portEnd = hostEnd;
        while (portEnd < to && s.charAt(portEnd) != ';' && s.charAt(portEnd) != '?') {
            portEnd++;
        }
        String host;
        HostType hostType;
        int port = -1;
        boolean colons = hostEnd < to && s.charAt(hostEnd) == ':' && indexOf(s, ':', hostEnd + 1, portEnd) >= 0;
        if (colons && Text.indexOf(s, ".", hostStart, hostEnd) > hostStart && !IPv6address(s, hostStart, portEnd)) {
            // "127.0.0.1:5060:5060" or "proxy.example.com:5060:5060": a host (dots say it is no IPv6 address) and
            // more than one port
            host = s.substring(hostStart, hostEnd);
            hostType = host(s, hostStart, hostEnd, raw, r);
            r.add(FindingCode.INVALID_PORT, hostEnd + 1, "port " + Text.q(s.substring(hostEnd + 1, portEnd)) + " in "
                    + Text.q(raw) + " is not a number (hostport = host [ \":\" port ], port = 1*DIGIT): the host has"
                    + " more than one port after it");
        } else if (colons) {
            host = s.substring(hostStart, portEnd);
            hostType = HostType.IPV6;
            r.add(FindingCode.MALFORMED_IPV6_REFERENCE, hostStart, "IPv6 address " + Text.q(host) + " in "
                    + Text.q(raw) + " must be enclosed in [ ] (RFC 3261 §25.1 IPv6reference)");
        } else {
            host = s.substring(hostStart, hostEnd);
            hostType = host(s, hostStart, hostEnd, raw, r);
            if (hostEnd < to && s.charAt(hostEnd) == ':') {
                port = port(s, hostEnd + 1, portEnd, raw, r);
            }
        }
        int p = portEnd;
        List<Param> params = List.of();
        if (p < to && s.charAt(p) == ';') {
            int paramsEnd = q >= p ? q : to;
            params = uriParameters(s, p, paramsEnd, raw, r);
            p = paramsEnd;
        }
        List<Param> headers = List.of();
        if (p < to && s.charAt(p) == '?') {
            headers = headers(s, p + 1, to, raw, r);
            if (place == Place.REQUEST_URI || place == Place.FROM_TO || place == Place.ROUTE) {
                r.add(FindingCode.URI_HEADERS_NOT_ALLOWED, p, place.label + " " + Text.q(raw)
                        + " carries escaped headers " + Text.q(s.substring(p, to))
                        + "; they are not allowed there (RFC 3261 §19.1.1 table), remove them");
            }
        }
        if (user != null && "phone".equalsIgnoreCase(Params.value(params, "user"))) {
            telephoneSubscriberUser(s, from, from + user.length(), raw, r);
        }
        if (place == Place.REQUEST_URI && Params.has(params, "method")) {
            r.add(FindingCode.MALFORMED_URI, p, "request-uri " + Text.q(raw)
                    + " carries a method parameter, which RFC 3261 §19.1.1 does not allow in a Request-URI");
        }
        return new SipUri(scheme, user, password, host, hostType, port, params, headers, raw);
    }

    /** user = 1*( unreserved / escaped / user-unreserved ); user-unreserved = "&" / "=" / "+" / "$" / "," / ";" / "?" / "/" */
    static void user(String s, int from, int to, String raw, Report r) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '%') {
                i = escaped(s, i, to, raw, r);
            } else if (!(Text.isUnreserved(c) || "&=+$,;?/".indexOf(c) >= 0)) {
                r.add(FindingCode.MALFORMED_URI, i, "character " + Text.q(String.valueOf(c))
                        + " is not allowed in the user part of " + Text.q(raw) + "; escape it as %"
                        + String.format("%02X", (int) c & 0xff));
                return;
            }
        }
    }

    /** password = *( unreserved / escaped / "&" / "=" / "+" / "$" / "," ) */
    static void password(String s, int from, int to, String raw, Report r) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '%') {
                i = escaped(s, i, to, raw, r);
            } else if (!(Text.isUnreserved(c) || "&=+$,".indexOf(c) >= 0)) {
                r.add(FindingCode.MALFORMED_URI, i, "character " + Text.q(String.valueOf(c))
                        + " is not allowed in the password of " + Text.q(raw));
                return;
            }
        }
    }

    /** escaped = "%" HEXDIG HEXDIG; returns the index of its last character. */
    static int escaped(String s, int i, int to, String raw, Report r) {
        if (i + 2 < to && Text.isHex(s.charAt(i + 1)) && Text.isHex(s.charAt(i + 2))) {
            return i + 2;
        }
        int placeholder = printfPlaceholderEnd(s, i, to);
        if (placeholder > 0) {
            r.add(FindingCode.INVALID_ESCAPE, i, Text.q(s.substring(i, placeholder)) + " in " + Text.q(raw)
                    + " is a printf placeholder that was never filled in, not an escape (% and two hexadecimal"
                    + " digits): the text is a code template, and the value sent in its place decides the message");
            return i;
        }
        r.add(FindingCode.INVALID_ESCAPE, i, "escape " + Text.q(s.substring(i, Math.min(to, i + 3))) + " in "
                + Text.q(raw) + " is not % followed by two hexadecimal digits; write a literal % as %25");
        return i;
    }

    /**
     * Where a C-style conversion such as %s, %d, %lu or %02x starting at {@code i} ends, or -1: what a format string
     * copied from code holds where the program puts a value.
     */
    static int printfPlaceholderEnd(String s, int i, int to) {
        int k = i + 1;
        while (k < to && k - i <= 4 && (Text.isDigit(s.charAt(k)) || s.charAt(k) == '.' || s.charAt(k) == '-'
                || s.charAt(k) == '*')) {
            k++;
        }
        while (k < to && k - i <= 7 && "lhz".indexOf(s.charAt(k)) >= 0) {
            k++;
        }
        if (k >= to || "sdiuxc".indexOf(s.charAt(k)) < 0) {
            return -1;
        }
        // "%sales" or "%d2" continue a word: an escape gone wrong, not a conversion
        return k + 1 < to && (Text.isAlpha(s.charAt(k + 1)) || Text.isDigit(s.charAt(k + 1))) ? -1 : k + 1;
    }

    private static void checkEscapes(String s, int from, int to, String raw, Report r) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '%') {
                i = escaped(s, i, to, raw, r);
            }
        }
    }

    /** host = hostname / IPv4address / IPv6reference */
    static HostType host(String s, int from, int to, String raw, Report r) {
        if (from >= to) {
            r.add(FindingCode.MALFORMED_URI, from, "uri " + Text.q(raw) + " has no host");
            return HostType.HOSTNAME;
        }
        if (s.charAt(from) == '[') {
            IPv6reference(s, from, to, raw, r);
            return HostType.IPV6;
        }
        if (looksLikeIPv4(s, from, to)) {
            if (!IPv4address(s, from, to)) {
                r.add(FindingCode.MALFORMED_URI, from, "host " + Text.q(s.substring(from, to)) + " in " + Text.q(raw)
                        + " is not a valid IPv4 address (four numbers 0-255)");
            }
            return HostType.IPV4;
        }
        if (!hostname(s, from, to)) {
            r.add(FindingCode.MALFORMED_URI, from, "host " + Text.q(s.substring(from, to)) + " in " + Text.q(raw)
                    + " is not a valid host name (letters, digits, '-' and '.', last label starting with a letter)");
        }
        return HostType.HOSTNAME;
    }

    private static boolean looksLikeIPv4(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!Text.isDigit(c) && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** IPv4address = 1*3DIGIT "." 1*3DIGIT "." 1*3DIGIT "." 1*3DIGIT, each at most 255 */
    static boolean IPv4address(String s, int from, int to) {
        int parts = 0;
        int i = from;
        while (i <= to) {
            int start = i;
            int v = 0;
            while (i < to && Text.isDigit(s.charAt(i))) {
                v = v * 10 + (s.charAt(i) - '0');
                i++;
                if (i - start > 3) {
                    return false;
                }
            }
            if (i == start || v > 255) {
                return false;
            }
            parts++;
            if (i == to) {
                break;
            }
            if (s.charAt(i) != '.') {
                return false;
            }
            i++;
        }
        return parts == 4;
    }

    /**
     * hostname = *( domainlabel "." ) toplabel [ "." ]; domainlabel = alphanum / alphanum *( alphanum / "-" ) alphanum;
     * toplabel = ALPHA / ALPHA *( alphanum / "-" ) alphanum
     */
    static boolean hostname(String s, int from, int to) {
        if (from < to && s.charAt(to - 1) == '.') {
            to--;
        }
        if (from >= to) {
            return false;
        }
        int labelStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || s.charAt(i) == '.') {
                if (i == labelStart || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
                    return false;
                }
                if (i == to && !Text.isAlpha(s.charAt(labelStart))) {
                    return false;
                }
                labelStart = i + 1;
                continue;
            }
            char c = s.charAt(i);
            if (!(Text.isAlpha(c) || Text.isDigit(c) || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** IPv6reference = "[" IPv6address "]" */
    static boolean IPv6reference(String s, int from, int to, String raw, Report r) {
        if (to - from < 2 || s.charAt(to - 1) != ']') {
            r.add(FindingCode.MALFORMED_IPV6_REFERENCE, from, "IPv6 reference " + Text.q(s.substring(from, to))
                    + " in " + Text.q(raw) + " has no closing ]");
            return false;
        }
        if (!IPv6address(s, from + 1, to - 1)) {
            r.add(FindingCode.MALFORMED_IPV6_REFERENCE, from, "IPv6 reference " + Text.q(s.substring(from, to))
                    + " in " + Text.q(raw) + " does not hold a valid IPv6 address (RFC 4291 §2.2)");
            return false;
        }
        return true;
    }

    /**
     * IPv6address = hexpart [ ":" IPv4address ]; hexpart = hexseq / hexseq "::" [ hexseq ] / "::" [ hexseq ];
     * hexseq = hex4 *( ":" hex4); hex4 = 1*4HEXDIG. Checked in full (RFC 4291 §2.2): 8 groups, or fewer with one "::".
     */
    static boolean IPv6address(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        int groups = 0;
        boolean doubleColon = false;
        int i = from;
        if (s.charAt(i) == ':') {
            if (i + 1 >= to || s.charAt(i + 1) != ':') {
                return false;
            }
            doubleColon = true;
            i += 2;
            if (i == to) {
                return true;
            }
        }
        while (i < to) {
            int start = i;
            while (i < to && Text.isHex(s.charAt(i)) && i - start < 5) {
                i++;
            }
            if (i < to && s.charAt(i) == '.') {
                if (!IPv4address(s, start, to)) {
                    return false;
                }
                groups += 2;
                i = to;
                break;
            }
            int len = i - start;
            if (len == 0 || len > 4) {
                return false;
            }
            groups++;
            if (i == to) {
                break;
            }
            if (s.charAt(i) != ':') {
                return false;
            }
            i++;
            if (i < to && s.charAt(i) == ':') {
                if (doubleColon) {
                    return false;
                }
                doubleColon = true;
                i++;
                if (i == to) {
                    break;
                }
            } else if (i == to) {
                return false;
            }
        }
        return doubleColon ? groups < 8 : groups == 8;
    }

    /** port = 1*DIGIT, read as 0-65535 (RFC 3261 §19.1.1) */
    static int port(String s, int from, int to, String raw, Report r) {
        long v = Text.parseDigits(s, from, to);
        if (v < 0 || v > 65535) {
            r.add(FindingCode.INVALID_PORT, from, "port " + Text.q(s.substring(from, to)) + " in " + Text.q(raw)
                    + " is not a number in 0-65535");
            return -1;
        }
        return (int) v;
    }

    /**
     * uri-parameters = *( ";" uri-parameter); other-param = pname [ "=" pvalue ];
     * paramchar = param-unreserved / unreserved / escaped; param-unreserved = "[" / "]" / "/" / ":" / "&" / "+" / "$"
     */
    static List<Param> uriParameters(String s, int from, int to, String raw, Report r) {
        List<Param> out = new ArrayList<>(4);
        int i = from;
        while (i < to) {
            int start = i + 1;
            int end = indexOf(s, ';', start, to);
            if (end < 0) {
                end = to;
            }
            int eq = indexOf(s, '=', start, end);
            int nameEnd = eq < 0 ? end : eq;
            if (nameEnd == start) {
                r.add(FindingCode.MALFORMED_URI, start, "uri " + Text.q(raw) + " has an empty parameter name");
            }
            checkParamChars(s, start, end, eq, raw, r);
            out.add(new Param(s.substring(start, nameEnd), eq < 0 ? null : s.substring(eq + 1, end)));
            i = end;
        }
        return out;
    }

    private static void checkParamChars(String s, int from, int to, int eq, String raw, Report r) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '%') {
                i = escaped(s, i, to, raw, r);
            } else if (i != eq && !(Text.isUnreserved(c) || "[]/:&+$".indexOf(c) >= 0)) {
                r.add(FindingCode.MALFORMED_URI, i, "character " + Text.q(String.valueOf(c)) + " in parameter "
                        + Text.q(s.substring(from, to)) + " of " + Text.q(raw) + " must be escaped");
                return;
            }
        }
    }

    /** headers = "?" header *( "&" header ); header = hname "=" hvalue */
    static List<Param> headers(String s, int from, int to, String raw, Report r) {
        List<Param> out = new ArrayList<>(2);
        int i = from;
        while (i <= to) {
            int end = indexOf(s, '&', i, to);
            if (end < 0) {
                end = to;
            }
            int eq = indexOf(s, '=', i, end);
            if (eq < 0) {
                r.add(FindingCode.MALFORMED_URI, i, "uri header " + Text.q(s.substring(i, end)) + " in " + Text.q(raw)
                        + " has no '='; write hname=hvalue");
                out.add(new Param(s.substring(i, end), null));
            } else {
                checkEscapes(s, i, end, raw, r);
                out.add(new Param(s.substring(i, eq), s.substring(eq + 1, end)));
            }
            i = end + 1;
        }
        return out;
    }

    /**
     * telephone-uri = "tel:" telephone-subscriber; telephone-subscriber = global-number / local-number;
     * global-number-digits = "+" *phonedigit DIGIT *phonedigit; local-number-digits = *phonedigit-hex (HEXDIG / "*" /
     * "#") *phonedigit-hex; a local number requires a phone-context (RFC 3966 §5.1.5).
     */
    static TelUri telUri(String s, int uriStart, int from, int to, Report r) {
        String raw = s.substring(uriStart, to);
        int semi = indexOf(s, ';', from, to);
        int numberEnd = semi < 0 ? to : semi;
        String number = s.substring(from, numberEnd);
        boolean global = !number.isEmpty() && number.charAt(0) == '+';
        int bad = notPhoneDigit(s, global ? from + 1 : from, numberEnd, global);
        if (bad >= 0) {
            r.add(FindingCode.MALFORMED_URI, "RFC 3966 §3", bad, "character " + Text.q(String.valueOf(s.charAt(bad)))
                    + " is not allowed in tel number " + Text.q(number) + " of " + Text.q(raw) + (global
                    ? " (a global number holds digits and the visual separators - . ( ) only)"
                    : " (a local number holds hex digits, '*', '#' and the visual separators - . ( ) only)"));
        }
        boolean digit = hasPhoneDigit(s, global ? from + 1 : from, bad >= 0 ? bad : numberEnd);
        if (!digit) {
            r.add(FindingCode.MALFORMED_URI, from, "tel uri " + Text.q(raw) + " has no digits");
        }
        List<Param> params = semi < 0 ? List.of() : uriParameters(s, semi, to, raw, r);
        if (!global && digit && !Params.has(params, "phone-context")) {
            r.add(FindingCode.TEL_MISSING_PHONE_CONTEXT, from, "local number " + Text.q(number) + " in " + Text.q(raw)
                    + " has no phone-context; add ;phone-context= or write it as a global +number");
        }
        if (!params.isEmpty()) {
            telParameters(params, global, semi, raw, r);
        }
        return new TelUri(number, global, params, raw);
    }

    /**
     * par = parameter / extension / isdn-subaddress; extension = ";ext=" 1*phonedigit; context = ";phone-context="
     * descriptor, descriptor = domainname / global-number-digits (RFC 3966 §3). A local number carries exactly one
     * context, and each parameter appears at most once.
     */
    private static void telParameters(List<Param> params, boolean global, int at, String raw, Report r) {
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            String name = p.name().toLowerCase(Locale.ROOT);
            for (int j = 0; j < i; j++) {
                if (params.get(j).name().equalsIgnoreCase(name)) {
                    r.add(FindingCode.MALFORMED_URI, "RFC 3966 §3", at, "tel uri " + Text.q(raw) + " has the parameter "
                            + Text.q(name) + " twice; RFC 3966 allows each once");
                    break;
                }
            }
            String v = p.value() == null ? "" : p.value();
            if (name.equals("phone-context")) {
                // on a global number it is a mere parameter (pname = 1*(alphanum / "-")), which IMS networks send
                if (!global && !phoneContextDescriptor(v)) {
                    r.add(FindingCode.MALFORMED_URI, "RFC 3966 §3", at, "phone-context " + Text.q(v) + " in "
                            + Text.q(raw) + " is neither a domain name nor a +number with digits (RFC 3966 §5.1.5:"
                            + " e.g. phone-context=ims.mnc001.mcc001.3gppnetwork.org or phone-context=+33)");
                }
            } else if (name.equals("ext") && (v.isEmpty() || notPhoneDigit(v, 0, v.length(), true) >= 0
                    || !hasPhoneDigit(v, 0, v.length()))) {
                r.add(FindingCode.MALFORMED_URI, "RFC 3966 §3", at, "extension " + Text.q(v) + " in " + Text.q(raw)
                        + " is not a number; ext takes digits and visual separators only");
            }
        }
    }

    /** descriptor = domainname / global-number-digits, global-number-digits = "+" *phonedigit DIGIT *phonedigit */
    private static boolean phoneContextDescriptor(String v) {
        if (v.isEmpty()) {
            return false;
        }
        if (v.charAt(0) == '+') {
            return notPhoneDigit(v, 1, v.length(), true) < 0 && hasPhoneDigit(v, 1, v.length());
        }
        return hostname(v, 0, v.length());
    }

    /**
     * With user=phone the user part is a telephone-subscriber (RFC 3261 §19.1.1, RFC 3966): "+" and digits with visual
     * separators, or a local number (hex digits, "*", "#") with a phone-context parameter, which may follow the number
     * inside the user part ("sip:0612345678;phone-context=ims.example.net@..."). An escaped user part is not judged.
     */
    private static void telephoneSubscriberUser(String s, int from, int to, String raw, Report r) {
        if (indexOf(s, '%', from, to) >= 0) {
            return;
        }
        int semi = indexOf(s, ';', from, to);
        int numberEnd = semi < 0 ? to : semi;
        boolean global = numberEnd > from && s.charAt(from) == '+';
        int bad = notPhoneDigit(s, global ? from + 1 : from, numberEnd, global);
        if (bad >= 0) {
            r.add(FindingCode.USER_PHONE_NOT_A_NUMBER, from, "uri " + Text.q(raw) + " says user=phone but its user part "
                    + Text.q(s.substring(from, numberEnd)) + " is not a telephone number ("
                    + Text.q(String.valueOf(s.charAt(bad))) + " is neither a digit nor a visual separator); drop"
                    + " user=phone or send the number");
            return;
        }
        if (!hasPhoneDigit(s, global ? from + 1 : from, numberEnd)) {
            r.add(FindingCode.USER_PHONE_NOT_A_NUMBER, from, "uri " + Text.q(raw) + " says user=phone but its user part "
                    + Text.q(s.substring(from, numberEnd)) + " holds no digit");
        } else if (!global && s.substring(numberEnd, to).toLowerCase(java.util.Locale.ROOT).indexOf(";phone-context=") < 0) {
            r.add(FindingCode.USER_PHONE_WITHOUT_PHONE_CONTEXT, from, "local number " + Text.q(s.substring(from, numberEnd))
                    + " in " + Text.q(raw) + " has user=phone but no phone-context, which RFC 3966 requires of a local number;"
                    + " many trunks send such numbers and their peers accept them, but the receiver cannot tell which"
                    + " numbering plan the number belongs to: add ;phone-context= after the number, or send it as a"
                    + " global +number");
        }
    }

    /**
     * Where s[from, to) first holds a character that is not a phonedigit (DIGIT / visual-separator, after the "+" of a
     * global number) or, in a local number, a phonedigit-hex (HEXDIG / "*" / "#" / visual-separator); -1 when none.
     */
    private static int notPhoneDigit(String s, int from, int to, boolean global) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(global ? Text.isDigit(c) : Text.isHex(c) || c == '*' || c == '#') && !isVisualSeparator(c)) {
                return i;
            }
        }
        return -1;
    }

    /** True when s[from, to) holds more than visual separators. */
    private static boolean hasPhoneDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isVisualSeparator(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** visual-separator = "-" / "." / "(" / ")" (RFC 3966). */
    private static boolean isVisualSeparator(char c) {
        return c == '-' || c == '.' || c == '(' || c == ')';
    }

    static int indexOf(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
