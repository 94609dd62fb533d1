package dev.sigref.sip;

import java.util.Locale;

/** Request-Line = Method SP Request-URI SP SIP-Version CRLF; Status-Line = SIP-Version SP Status-Code SP Reason-Phrase CRLF. */
record StartLine(SipMessage.Kind kind, String text, String method, Uri requestUri, int statusCode,
        String reasonPhrase, String version) {

    static StartLine parse(Lines lines, int line, int from, FindingList f) {
        String s = lines.s;
        int to = lines.contentEnd(line);
        String text = s.substring(from, to);
        if (s.regionMatches(true, from, "SIP/", 0, 4)) {
            return statusLine(s, from, to, text, f);
        }
        return requestLine(s, from, to, text, f);
    }

    /** Status-Line = SIP-Version SP Status-Code SP Reason-Phrase CRLF */
    static StartLine statusLine(String s, int from, int to, String text, FindingList f) {
        int i = from;
        while (i < to && !Text.isWsp(s.charAt(i))) {
            i++;
        }
        String version = s.substring(from, i);
        if (i - from == 4) {
            // "SIP/ 2.0 486 Busy Here": the version broken by blanks, which StartLines lets through to be named
            int v = i;
            while (v < to && Text.isWsp(s.charAt(v))) {
                v++;
            }
            int ve = v;
            while (ve < to && !Text.isWsp(s.charAt(ve))) {
                ve++;
            }
            version = version + s.substring(v, ve);
            f.at(FindingCode.MALFORMED_STATUS_LINE, i, "status line " + Text.q(text) + " has blanks inside its version "
                    + Text.q(s.substring(from, ve)) + "; SIP-Version is written without them, as " + Text.q(version));
            i = ve;
        }
        sipVersion(version, from, f);
        int sp = i;
        while (i < to && Text.isWsp(s.charAt(i))) {
            i++;
        }
        if (i - sp > 1 || (i > sp && s.charAt(sp) == '\t')) {
            f.at(FindingCode.EXTRA_WHITESPACE, sp, "status line " + Text.q(text)
                    + " separates version and code with more than one SP; use exactly one");
        }
        int codeStart = i;
        while (i < to && Text.isDigit(s.charAt(i))) {
            i++;
        }
        int code = 0;
        if (i - codeStart > 3 && (i == to || Text.isWsp(s.charAt(i)))) {
            f.at(FindingCode.STATUS_CODE_OUT_OF_RANGE, codeStart, "status code " + s.substring(codeStart, i)
                    + " is outside 100-699; a status code has three digits, the first giving the class 1-6");
        } else if (i - codeStart != 3 || (i < to && !Text.isWsp(s.charAt(i)))) {
            f.at(FindingCode.MALFORMED_STATUS_LINE, codeStart, "status line " + Text.q(text)
                    + " does not have a three-digit status code after the version");
            if (i > codeStart && i - codeStart <= 9) {
                code = Integer.parseInt(s, codeStart, i, 10);
            }
        } else {
            code = Integer.parseInt(s, codeStart, i, 10);
            if (code < 100 || code > 699) {
                f.at(FindingCode.STATUS_CODE_OUT_OF_RANGE, codeStart, "status code " + code
                        + " is outside 100-699; the first digit gives the class 1-6");
            }
        }
        String reason = "";
        if (i >= to) {
            f.at(FindingCode.MISSING_REASON_PHRASE, to, "status line " + Text.q(text)
                    + " ends after the code without the SP that must follow it (Status-Line = SIP-Version SP"
                    + " Status-Code SP Reason-Phrase); the reason phrase itself may be empty, though receivers show"
                    + " it, as in '200 OK'");
        } else if (i < to) {
            int rs = i + 1;
            // more blanks after the SP belong to the Reason-Phrase, which may hold SP and HTAB: only the separator
            // itself must be SP
            if (s.charAt(i) == '\t') {
                f.at(FindingCode.EXTRA_WHITESPACE, i, "status line " + Text.q(text)
                        + " separates code and reason phrase with a tab; the grammar needs exactly SP there");
            }
            reason = s.substring(rs, to).trim();
            for (int k = rs; k < to; k++) {
                if (Text.isControl(s.charAt(k))) {
                    f.at(FindingCode.CONTROL_CHARACTER, k, "reason phrase " + Text.q(reason)
                            + " contains a control character");
                    break;
                }
            }
        }
        return new StartLine(SipMessage.Kind.RESPONSE, text, null, null, code, reason, version);
    }

    /** Request-Line = Method SP Request-URI SP SIP-Version CRLF */
    static StartLine requestLine(String s, int from, int to, String text, FindingList f) {
        int i = from;
        while (i < to && Text.isTokenChar(s.charAt(i))) {
            i++;
        }
        String method = s.substring(from, i);
        int[] parts = new int[8];
        int n = 0;
        int p = i;
        boolean extraWs = false;
        int extraAt = i;
        while (p < to) {
            int ws = p;
            while (p < to && Text.isWsp(s.charAt(p))) {
                p++;
            }
            if ((p - ws != 1 || s.charAt(ws) == '\t' || p >= to && p > ws) && !extraWs) {
                extraWs = true;
                extraAt = ws; // the finding points at the first wrong run, not at the start of the line's blanks
            }
            if (p >= to) {
                break;
            }
            int st = p;
            while (p < to && !Text.isWsp(s.charAt(p))) {
                p++;
            }
            if (n < parts.length) {
                parts[n++] = st;
                parts[n++] = p;
            }
        }
        if (extraWs) {
            f.at(FindingCode.EXTRA_WHITESPACE, extraAt, "request line " + Text.q(text)
                    + " has whitespace other than a single SP between its elements or at its end; use exactly one SP");
        }
        int elements = n / 2;
        String version = "";
        Uri uri = null;
        if (elements >= 2 && s.regionMatches(true, parts[n - 2], "SIP/", 0, 4)) {
            version = s.substring(parts[n - 2], parts[n - 1]);
            sipVersion(version, parts[n - 2], f);
            int uriStart = parts[0];
            int uriEnd = parts[n - 3];
            uri = requestUri(s, uriStart, uriEnd, text, f);
        } else {
            f.at(FindingCode.MALFORMED_REQUEST_LINE, from, "request line " + Text.q(text)
                    + " is not 'METHOD request-uri SIP/2.0'" + (elements == 1 ? "; the SIP version is missing" : ""));
            if (elements >= 1) {
                uri = requestUri(s, parts[0], parts[1], text, f);
            }
        }
        if (i < to && !Text.isWsp(s.charAt(i))) {
            f.at(FindingCode.MALFORMED_REQUEST_LINE, i, "method " + Text.q(s.substring(from, Math.min(to, i + 1)))
                    + " contains a character a method token may not hold");
        } else if (!StartLines.KNOWN_METHODS.contains(method)) {
            String upper = method.toUpperCase(Locale.ROOT);
            f.at(FindingCode.UNKNOWN_METHOD, from, "method " + Text.q(method) + " is not a registered SIP method"
                    + (StartLines.KNOWN_METHODS.contains(upper) ? "; methods are case-sensitive, did you mean "
                            + upper + "?" : "; it is handled as an extension method"));
        }
        return new StartLine(SipMessage.Kind.REQUEST, text, method, uri, 0, null, version);
    }

    /** Request-URI = SIP-URI / SIPS-URI / absoluteURI; never written inside < > */
    static Uri requestUri(String s, int from, int to, String text, FindingList f) {
        Report r = f.shifted(0);
        if (from < to && s.charAt(from) == '<') {
            f.at(FindingCode.ANGLE_BRACKETS_IN_REQUEST_URI, from, "request-uri " + Text.q(s.substring(from, to))
                    + " is enclosed in < >; a Request-URI is written bare");
            from++;
            if (to > from && s.charAt(to - 1) == '>') {
                to--;
            }
        }
        Uri uri = UriGrammar.uri(s, from, to, UriGrammar.Place.REQUEST_URI, r);
        // a sip: URI kept opaque because it is malformed (whitespace in it) has had its own finding
        if (uri instanceof AbsoluteUri a && !a.scheme().isEmpty() && !a.scheme().equals("sip")
                && !a.scheme().equals("sips") && !a.scheme().equals("tel")) {
            f.at(FindingCode.UNKNOWN_URI_SCHEME, from, "request-uri scheme " + Text.q(a.scheme())
                    + " is not sip, sips or tel; it is kept as an opaque URI");
        }
        return uri;
    }

    /** SIP-Version = "SIP" "/" 1*DIGIT "." 1*DIGIT; only SIP/2.0 exists. */
    static void sipVersion(String version, int at, FindingList f) {
        if (!version.equalsIgnoreCase("SIP/2.0")) {
            f.at(FindingCode.UNSUPPORTED_SIP_VERSION, at, "sip version " + Text.q(version)
                    + " is not SIP/2.0; a SIP/2.0 element answers it with 505 Version Not Supported");
        }
    }
}
