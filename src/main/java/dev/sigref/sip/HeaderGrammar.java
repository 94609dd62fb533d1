package dev.sigref.sip;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The header rules of RFC 3261 §25.1 and its extensions. Each rule method reads one value or list element from a
 * {@link Cursor}, stops before a top-level comma, reports what is wrong and returns its best reading; none throws.
 */
final class HeaderGrammar {
    private HeaderGrammar() {
    }

    static final long MAX_CSEQ = (1L << 31) - 1;
    static final long MAX_DELTA_SECONDS = (1L << 32) - 1;

    /** Reads a whole header value with the grammar its definition names. */
    static List<HeaderValue> value(HeaderCatalog.Def def, String name, String v, Report r) {
        if (def == null && isPHeader(name)) {
            // an unregistered P- header: its grammar is the extension header's free text (RFC 3261 §25.1), so it
            // is shown as parameters when it reads as such, and as text otherwise, never with a finding
            boolean[] clean = {true};
            List<HeaderValue> asParams = value(name, v, null, (code, reference, offset, message) -> clean[0] = false);
            return clean[0] ? asParams : List.of(new TextValue(v));
        }
        return value(name, v, def, r);
    }

    private static List<HeaderValue> value(String name, String v, HeaderCatalog.Def def, Report r) {
        Cursor c = new Cursor(v, 0, v.length(), r);
        HeaderCatalog.Kind kind = def == null ? (isPHeader(name) ? HeaderCatalog.Kind.GENERIC : HeaderCatalog.Kind.TEXT)
                : def.kind();
        boolean list = def != null && def.list();
        String label = def == null ? name : def.canonical();
        if (kind == HeaderCatalog.Kind.TEXT) {
            return List.of(new TextValue(v));
        }
        if (kind == HeaderCatalog.Kind.IDENTITY) {
            identityInfo(c, label);
            return List.of(new TextValue(v));
        }
        if (kind == HeaderCatalog.Kind.AUTH) {
            return challengeOrCredentials(c, label);
        }
        if (kind == HeaderCatalog.Kind.DATE) {
            return List.of(rfc1123Date(c, label));
        }
        if (kind == HeaderCatalog.Kind.PRIV_VALUES) {
            return privValues(c, label);
        }
        if (kind == HeaderCatalog.Kind.AUTH_INFO) {
            return List.of(new GenericValue(null, authenticationInfoParams(c, label)));
        }
        if (!list) {
            c.skipWs();
            HeaderValue one = element(kind, c, label);
            c.skipWs();
            if (c.more()) {
                if (joinedHeaderLine(c, label)) {
                    return List.of(one);
                }
                if (c.at(',') && def != null) {
                    c.problem(FindingCode.MULTIPLE_VALUES, c.pos, label + " holds more than one value ("
                            + Text.q(v) + "); it takes exactly one, send a single value");
                } else {
                    c.problem(FindingCode.MALFORMED_HEADER_VALUE, c.pos, "unexpected " + Text.q(c.rest()) + " at the end of "
                            + label + " value " + Text.q(v));
                }
            }
            return List.of(one);
        }
        List<HeaderValue> out = new ArrayList<>(2);
        while (true) {
            c.skipWs();
            int start = c.pos;
            if (!c.more() || c.at(',')) {
                if (kind == HeaderCatalog.Kind.MEDIA_TYPE && out.isEmpty() && !c.more()) {
                    return out; // an empty Accept is legal: it means no body is acceptable
                }
                c.problem(FindingCode.EMPTY_HEADER_VALUE, start, label + " has an empty list element in " + Text.q(v)
                        + "; remove the stray comma");
            } else {
                HeaderValue e = element(kind, c, label);
                c.skipWs();
                if (c.more() && !c.at(',') && joinedHeaderLine(c, label)) {
                    out.add(e);
                    return out;
                }
                if (c.more() && !c.at(',')) {
                    c.problem(FindingCode.MALFORMED_HEADER_VALUE, c.pos, "unexpected " + Text.q(c.rest()) + " in "
                            + label + " value " + Text.q(v));
                    c.skipToElementEnd();
                    e = new MalformedValue(v.substring(start, c.pos).trim(), "unexpected text after the value");
                }
                out.add(e);
            }
            if (!c.accept(',')) {
                return out;
            }
        }
    }

    /**
     * "...;lr>Allow: INVITE, ACK": a known header name and colon right where the value should end means the CRLF
     * between two header lines was lost. Reported once, and the rest is not read as more elements of this header (it
     * would only give one bogus finding per comma).
     */
    private static boolean joinedHeaderLine(Cursor c, String label) {
        int nameStart = c.pos;
        int nameEnd = HeaderSection.registeredNameEnd(c.s, nameStart, c.end);
        if (nameEnd - nameStart < 2) { // one letter and a colon is too common inside values (IPv6, URIs)
            return false;
        }
        String rest = c.rest();
        c.problem(FindingCode.JOINED_HEADER_LINES, nameStart, label + " runs into " + Text.q(rest)
                + " with no line end between them: the CRLF that ends the " + label + " line is missing, so a receiver"
                + " reads one header with a broken value; " + Text.q(c.s.substring(nameStart, nameEnd))
                + " and what follows are not decoded as a header of their own");
        c.pos = c.end;
        return true;
    }

    static boolean isPHeader(String name) {
        return name.length() > 2 && (name.charAt(0) == 'P' || name.charAt(0) == 'p') && name.charAt(1) == '-';
    }

    private static HeaderValue element(HeaderCatalog.Kind kind, Cursor c, String label) {
        return switch (kind) {
            case VIA -> viaParm(c);
            case FROM_TO -> nameAddrOrAddrSpec(c, UriGrammar.Place.FROM_TO, label);
            case ROUTE -> routeParam(c, label);
            case NAME_ADDR -> nameAddr(c, label);
            case HISTORY_INFO -> historyInfoEntry(c, label);
            case SERVED_USER -> servedUser(c, label);
            case CONTACT -> contactParam(c, label);
            case CSEQ -> cseq(c);
            case CALL_ID -> callid(c);
            case CALL_ID_PARAMS -> callidWithParams(c, label);
            case CONTENT_LENGTH, NUMBER, MAX_FORWARDS, DELTA_SECONDS -> number(c, kind, label);
            case RACK -> rack(c);
            case REASON -> reasonValue(c);
            case OPTION_TAGS -> optionTag(c, label);
            case SECURITY -> secMechanism(c);
            case MEDIA_TYPE -> mediaType(c, label);
            case DELTA_PARAMS -> deltaSecondsWithParams(c, label);
            case WARNING -> warningValue(c);
            case SESSION_ID -> sessionId(c, label);
            case SERVICE_ID -> serviceId(c, label);
            case CHARGING_VECTOR -> chargingVector(c, label);
            case ACCESS_NETWORK_INFO -> accessNetSpec(c, label);
            case RESOURCE_PRIORITY -> rValue(c, label);
            case STAR_PARAMS -> starWithParams(c, label);
            case GEOLOCATION_ROUTING -> geolocationRouting(c, label);
            case EVENT_TYPE -> eventType(c, label);
            case SUBSCRIPTION_STATE -> subscriptionState(c, label);
            default -> genericValue(c, label);
        };
    }

    /**
     * event-type = event-package *( "." event-template ); event-package and event-template = token-nodot; token-nodot =
     * 1*( alphanum / "-" / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~" ) (RFC 6665 §8.4). A notifier matches the
     * package by name, so "message summary" or a quoted name subscribes to nothing it knows (489 Bad Event).
     */
    private static HeaderValue eventType(Cursor c, String label) {
        int start = c.pos;
        HeaderValue v = genericValue(c, label);
        if (v instanceof GenericValue g && g.value() != null && !g.value().isEmpty() && !isEventType(g.value())) {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 6665 §8.4", start, label + " " + Text.q(g.value())
                    + " is not an event type (event-package *(\".\" event-template), each a token without dots or"
                    + " blanks, such as presence, message-summary or presence.winfo); "
                    + (label.equals("Event") ? "a notifier does not recognise the package and rejects the subscription"
                    + " with 489 Bad Event" : "a peer reading the list cannot tell which package is offered"));
        }
        return v;
    }

    private static boolean isEventType(String v) {
        int partStart = 0;
        for (int i = 0; i <= v.length(); i++) {
            if (i == v.length() || v.charAt(i) == '.') {
                if (i == partStart) {
                    return false;
                }
                partStart = i + 1;
            } else {
                char ch = v.charAt(i);
                if (!(Text.isAlpha(ch) || Text.isDigit(ch) || "-!%*_+`'~".indexOf(ch) >= 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Subscription-State = substate-value *( SEMI subexp-params ); substate-value = "active" / "pending" / "terminated"
     * / extension-substate (a token); subexp-params = ("reason" EQUAL event-reason-value) / ("expires" EQUAL
     * delta-seconds) / ("retry-after" EQUAL delta-seconds) / generic-param (RFC 6665 §8.4). The subscriber refreshes
     * or retries after these seconds, so anything else leaves it guessing.
     */
    private static HeaderValue subscriptionState(Cursor c, String label) {
        int start = c.pos;
        HeaderValue v = genericValue(c, label);
        if (!(v instanceof GenericValue g)) {
            return v;
        }
        if (g.value() != null && !g.value().isEmpty() && !Text.isToken(g.value())) {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 6665 §8.4", start, label + " state " + Text.q(g.value())
                    + " is not a token (substate-value = \"active\" / \"pending\" / \"terminated\" /"
                    + " extension-substate): write active, pending or terminated, without quotes");
        }
        for (Param p : g.params()) {
            if (!p.name().equalsIgnoreCase("expires") && !p.name().equalsIgnoreCase("retry-after")) {
                continue;
            }
            String value = p.value() == null ? "" : p.value();
            if (Text.parseDigits(value, 0, value.length()) < 0) {
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 6665 §8.4", paramAt(c, start, p.name()), label + " "
                        + p.name() + (value.isEmpty() ? " has no value" : " " + Text.q(value) + " is not a number of"
                        + " seconds") + " (delta-seconds = 1*DIGIT); the subscriber cannot tell when to "
                        + (p.name().equalsIgnoreCase("expires") ? "refresh the subscription" : "subscribe again")
                        + ": write it like " + p.name().toLowerCase(java.util.Locale.ROOT) + "=3600");
                break;
            }
        }
        return v;
    }

    /**
     * session-id = "Session-ID" HCOLON sess-id *(SEMI generic-param); sess-id = local-uuid, with "remote" EQUAL
     * sess-uuid among the parameters; sess-uuid = 32(DIGIT / %x61-66) (RFC 7989 §5): exactly 32 lower-case hex digits,
     * which every element compares character by character.
     */
    private static HeaderValue sessionId(Cursor c, String label) {
        int start = c.pos;
        HeaderValue v = genericValue(c, label);
        if (v instanceof GenericValue g) {
            String local = g.value();
            String remote = Params.value(g.params(), "remote");
            String bad = local != null && !sessUuid(local) ? local : remote != null && !sessUuid(remote) ? remote : null;
            if (bad != null) {
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 7989 §5", start, label + " "
                        + (bad == local ? "" : "remote ") + "uuid " + Text.q(bad) + " is not 32 lower-case hex digits"
                        + " (sess-uuid = 32(DIGIT / %x61-66)); elements compare it character by character, so another"
                        + " length or upper case breaks the correlation of the call's legs");
            }
        }
        return v;
    }

    /**
     * Service-ID = "urn:urn-7:" urn-service-id; urn-service-id = top-level *("." sub-service-id); let-dig = ALPHA /
     * DIGIT / "-" (RFC 6050 §4): the IMS communication service identifier, such as
     * urn:urn-7:3gpp-service.ims.icsi.mmtel. Another namespace is no Service-ID, and the S-CSCF cannot match it.
     */
    private static HeaderValue serviceId(Cursor c, String label) {
        int start = c.pos;
        HeaderValue v = genericValue(c, label);
        String id = v instanceof GenericValue g ? g.value() : null;
        if (id != null && !urnServiceId(id)) {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 6050 §4", start, label + " " + Text.q(id) + " is not"
                    + " urn:urn-7: followed by dot-separated letters, digits and '-' (e.g."
                    + " urn:urn-7:3gpp-service.ims.icsi.mmtel)");
        }
        return v;
    }

    /**
     * charge-params = icid-gen-addr / orig-ioi / term-ioi / transit-ioi / related-icid / related-icid-gen-addr /
     * generic-param; icid-gen-addr = "icid-generated-at" EQUAL host, and so is related-icid-generated-at; orig-ioi,
     * term-ioi and related-icid = name EQUAL gen-value; transit-ioi = "transit-ioi" EQUAL DQUOTE transit-ioi-param
     * *(COMMA transit-ioi-param) DQUOTE, each the operator's name "." its index, or "void" (RFC 7315 §5.6). The
     * icid-value itself is checked with the message (MethodRules). An IPv6 address without brackets in a -generated-at
     * is let through: it names the node as clearly, and Via's received takes one so.
     */
    private static HeaderValue chargingVector(Cursor c, String label) {
        int start = c.pos;
        HeaderValue v = genericValue(c, label);
        if (!(v instanceof GenericValue g)) {
            return v;
        }
        for (Param p : g.params()) {
            String name = p.name().toLowerCase(java.util.Locale.ROOT);
            String value = p.value();
            if (value != null && (value.isEmpty() || value.charAt(0) != '"' && notGenValue(value) >= 0)) {
                continue; // no gen-value at all: genericParam has said so
            }
            String problem = null;
            switch (name) {
                case "icid-generated-at", "related-icid-generated-at" -> problem = value == null ? "has no value"
                        : !hostOrBareIpv6(value) ? Text.q(value) + " is not a host (a host name,"
                        + " an IPv4 address or an IPv6 address in [ ]); it names the node that generated the"
                        + (name.startsWith("related") ? " related" : "") + " icid, such as " + name + "=192.0.2.10"
                        : null;
                case "orig-ioi", "term-ioi", "related-icid" -> problem = value == null ? "has no value; write "
                        + name + "=<value>, as " + (name.equals("related-icid") ? "it names the icid of the related"
                        + " session" : "it names the operator network that the charging records are exchanged with")
                        : null;
                case "transit-ioi" -> problem = transitIoi(value) ? null
                        : (value == null ? "has no value; it lists" : Text.q(value) + " is not a quoted,"
                        + " comma-separated list of") + " the transit operators, each written <name>.<index> or void,"
                        + " such as transit-ioi=\"op-a.1,void\"";
                default -> {
                }
            }
            if (problem != null) {
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 7315 §5.6", paramAt(c, start, p.name()), label
                        + " " + name + " " + problem);
                break;
            }
        }
        return v;
    }

    /**
     * access-net-spec = (access-type / access-class) *(SEMI access-info), where cgi-3gpp, utran-cell-id-3gpp,
     * i-wlan-node-id, dsl-location and ci-3gpp2 are each name EQUAL (token / quoted-string) (RFC 7315 §5.4): the cell
     * or location without its value tells the network nothing of where the user is, for emergency calls or charging.
     * A flag the grammar defines (network-provided) or another extension-access-info is a generic-param and passes.
     */
    private static HeaderValue accessNetSpec(Cursor c, String label) {
        int start = c.pos;
        HeaderValue v = genericValue(c, label);
        if (v instanceof GenericValue g) {
            for (Param p : g.params()) {
                if (p.value() == null && LOCATION_INFO.contains(p.name().toLowerCase(java.util.Locale.ROOT))) {
                    c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 7315 §5.4", paramAt(c, start, p.name()), label
                            + " parameter " + Text.q(p.name()) + " has no value; it carries the cell or location of"
                            + " the access (" + p.name() + "=<value>), so send it with its value or leave it out");
                    break;
                }
            }
        }
        return v;
    }

    /** The access-info parameters of RFC 7315 §5.4 that take a value (token / quoted-string). */
    private static final Set<String> LOCATION_INFO = Set.of("cgi-3gpp", "utran-cell-id-3gpp", "i-wlan-node-id",
            "dsl-location", "ci-3gpp2");

    /**
     * r-value = namespace "." r-priority; namespace and r-priority = token-nodot, a token without '.' (RFC 4412 §3.1),
     * and no parameters: ets.0, wps.2, dsn.flash. Resource-Priority and Accept-Resource-Priority share it. A value in
     * another form is reported once and read as a generic value for display.
     */
    private static HeaderValue rValue(Cursor c, String label) {
        int start = c.pos;
        String t = c.token();
        int after = c.pos;
        c.skipWs();
        int dot = t == null ? -1 : t.indexOf('.');
        if (t != null && (!c.more() || c.at(',')) && dot > 0 && dot < t.length() - 1 && t.indexOf('.', dot + 1) < 0) {
            c.pos = after;
            return new GenericValue(t, List.of());
        }
        c.pos = start;
        String element = elementText(c, start);
        c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 4412 §3.1", start, label + " value " + Text.q(element)
                + " is not <namespace>.<priority> (r-value = namespace \".\" r-priority, each a token without '.',"
                + " no parameters): write it like ets.0 or wps.2, or a receiver cannot queue the request by it");
        Cursor quiet = new Cursor(c.s, start, c.end, (code, reference, offset, message) -> { });
        HeaderValue v = genericValue(quiet, label);
        c.pos = quiet.pos;
        return v;
    }

    /**
     * ac-value = "*" *(SEMI ac-params) and rc-value = "*" *(SEMI rc-params) (RFC 3841 §10); fc-value = "*" *(SEMI
     * feature-cap) (RFC 6809 §6). The '*' stands where a URI would, and the feature parameters follow it; a value
     * without it is outside the grammar, and a strict parser drops the preferences or the indicators.
     */
    private static HeaderValue starWithParams(Cursor c, String label) {
        int start = c.pos;
        HeaderValue v = genericValue(c, label);
        // a value of "" (the element starts with ';') has its finding from genericValue already
        if (v instanceof GenericValue g && !"*".equals(g.value()) && !"".equals(g.value())) {
            String element = elementText(c, start);
            boolean params = g.value() == null || g.value().startsWith("+");
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, label.equals("Feature-Caps") ? "RFC 6809 §6" : "RFC 3841 §10",
                    start, label + " value " + Text.q(element) + " does not start with '*': each value is * followed"
                    + " by its feature parameters, so write " + (params ? Text.q("*;" + element)
                    : "it as *;<parameters>"));
        }
        return v;
    }

    /**
     * Geolocation-Routing = "Geolocation-Routing" HCOLON ( "yes" / "no" / generic-value ) (RFC 6442 §4.2): one word
     * (a token, a host or a quoted-string) and no parameters. "yes" lets proxies route on the caller's location,
     * "no" forbids it; anything the grammar does not take leaves that permission unknown.
     */
    private static HeaderValue geolocationRouting(Cursor c, String label) {
        int start = c.pos;
        String value = c.at('"') ? c.quotedString() : c.genValue();
        int after = c.pos;
        c.skipWs();
        boolean rest = c.more() && !c.at(',');
        if (value.isEmpty() || rest || value.charAt(0) != '"' && notGenValue(value) >= 0) {
            String text = c.s.substring(start, c.end).trim();
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 6442 §4.2", start, label + " " + Text.q(text)
                    + " is not one word: it takes yes, no or a single token or quoted-string, with no parameters;"
                    + " write Geolocation-Routing: yes to let proxies route on the location, or no to forbid it");
            c.pos = c.end;
            return new GenericValue(text, List.of());
        }
        c.pos = after;
        return new GenericValue(value, List.of());
    }

    /**
     * Identity = signed-identity-digest SEMI ident-info *(SEMI ident-info-params); ident-info = "info" EQUAL
     * ident-info-uri; ident-info-uri = LAQUOT absoluteURI RAQUOT (RFC 8224 §4): the verifier fetches the signing
     * certificate from that URI, so one without its angle brackets or its scheme may not be found. The value stays
     * text; an RFC 4474 Identity (a quoted signature, the certificate named by Identity-Info) has no info parameter.
     */
    private static void identityInfo(Cursor c, String label) {
        c.skipWs();
        if (c.at('"')) {
            return;
        }
        int digestStart = c.pos;
        while (c.more() && c.peek() != ';') {
            c.pos++;
        }
        int digestEnd = c.pos;
        boolean infoSeen = false;
        while (c.accept(';')) {
            c.skipWs();
            String name = c.token();
            c.skipWs();
            boolean info = "info".equalsIgnoreCase(name);
            infoSeen |= info;
            int valueStart = c.pos;
            if (name != null && c.accept('=')) {
                c.skipWs();
                valueStart = c.pos;
                int gt = c.at('<') ? UriGrammar.indexOf(c.s, '>', c.pos, c.end) : -1;
                if (gt > 0) {
                    c.pos = gt + 1;
                } else if (c.at('"')) {
                    c.pos++;
                    while (c.more() && c.peek() != '"') {
                        c.pos += c.peek() == '\\' ? 2 : 1;
                    }
                    c.pos = Math.min(c.pos + 1, c.end);
                }
            }
            while (c.more() && c.peek() != ';') {
                c.pos++;
            }
            if (info && !identInfoUri(c.s, valueStart, c.pos)) {
                String value = c.s.substring(valueStart, c.pos).trim();
                int gt = value.startsWith("<") ? value.indexOf('>') : -1;
                if (gt > 0 && gt + 1 < value.length() && identInfoUri(value, 0, gt + 1)) {
                    // "info=<https://cert.example/c.pem>alg=ES256": the URI is right, the ';' after it is missing
                    c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 8224 §4", valueStart + gt + 1, label + " info "
                            + Text.q(value.substring(0, gt + 1)) + " is followed by " + Text.q(value.substring(gt + 1))
                            + " without the ';' that separates parameters (ident-info *( SEMI ident-info-params )),"
                            + " so a verifier reads both as one malformed info value: write "
                            + value.substring(0, gt + 1) + ";" + value.substring(gt + 1));
                    return;
                }
                boolean bare = UriGrammar.schemeEnd(value, 0, value.length()) > 0;
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 8224 §4", valueStart, label + " info "
                        + (value.isEmpty() ? "has no value" : Text.q(value) + " is not an absolute URI in angle"
                        + " brackets") + " (ident-info = \"info\" EQUAL LAQUOT absoluteURI RAQUOT); the verifier"
                        + " fetches the signing certificate from it, so write "
                        + (bare ? "info=<" + value + ">" : "info=<https://...> with the certificate's URI"));
                return;
            }
        }
        if (!infoSeen && digestEnd > 0 && passport(c.s, digestStart, digestEnd)) {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 8224 §4", digestEnd, label + " has no info parameter"
                    + " after its signature (Identity = signed-identity-digest SEMI ident-info ...): without"
                    + " info=<URI of the signing certificate> a verifier cannot fetch the certificate and fails the"
                    + " verification (a STIR/SHAKEN verifier answers 436 Bad Identity Info)");
        }
    }

    /**
     * A PASSporT as RFC 8224 carries it (a JWS in compact form, header.payload.signature, or header..signature with
     * the payload left out), not an RFC 4474 signature: one base64 value, which RFC 4475's mpart01 writes without its
     * quotes and with its certificate in Identity-Info.
     */
    private static boolean passport(String s, int from, int to) {
        int first = Text.indexOf(s, ".", from, to);
        return first > from && Text.indexOf(s, ".", first + 1, to) > first;
    }

    /** LAQUOT absoluteURI RAQUOT in s[from, to), blanks around it aside: a scheme, ':', then no blank, quote or bracket. */
    private static boolean identInfoUri(String s, int from, int to) {
        to = Text.trimEnd(s, from, to);
        if (to - from < 2 || s.charAt(from) != '<' || s.charAt(to - 1) != '>') {
            return false;
        }
        int colon = UriGrammar.schemeEnd(s, from + 1, to - 1);
        if (colon < 0 || colon + 1 >= to - 1) {
            return false;
        }
        for (int i = colon + 1; i < to - 1; i++) {
            char ch = s.charAt(i);
            if (ch <= ' ' || ch == '"' || ch == '<' || ch == '>' || ch >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** host = hostname / IPv4address / IPv6reference, or an IPv6 address without its brackets. */
    private static boolean hostOrBareIpv6(String v) {
        int n = v.length();
        if (v.charAt(0) == '[') {
            return n > 2 && v.charAt(n - 1) == ']' && UriGrammar.IPv6address(v, 1, n - 1);
        }
        if (v.indexOf(':') >= 0) {
            return UriGrammar.IPv6address(v, 0, n);
        }
        for (int i = 0; i < n; i++) {
            char ch = v.charAt(i);
            if (!Text.isDigit(ch) && ch != '.') {
                return UriGrammar.hostname(v, 0, n);
            }
        }
        return UriGrammar.IPv4address(v, 0, n);
    }

    /**
     * DQUOTE transit-ioi-param *(COMMA transit-ioi-param) DQUOTE; transit-ioi-param = transit-ioi-indexed-value /
     * "void"; transit-ioi-indexed-value = transit-ioi-name "." 1*DIGIT; transit-ioi-name = ALPHA *(%x21-2B / %x2D-7E)
     */
    private static boolean transitIoi(String v) {
        if (v == null || v.length() < 3 || v.charAt(0) != '"' || v.charAt(v.length() - 1) != '"') {
            return false;
        }
        int i = 1;
        int end = v.length() - 1;
        while (true) {
            while (i < end && Text.isWsp(v.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < end && v.charAt(i) > 0x20 && v.charAt(i) < 0x7f && v.charAt(i) != ',') {
                i++;
            }
            if (!transitIoiParam(v, from, i)) {
                return false;
            }
            while (i < end && Text.isWsp(v.charAt(i))) {
                i++;
            }
            if (i == end) {
                return true;
            }
            if (v.charAt(i) != ',') {
                return false;
            }
            i++;
        }
    }

    private static boolean transitIoiParam(String v, int from, int to) {
        if (to - from == 4 && v.regionMatches(true, from, "void", 0, 4)) {
            return true;
        }
        int dot = v.lastIndexOf('.', to - 1);
        if (from >= to || !Text.isAlpha(v.charAt(from)) || dot <= from || dot == to - 1) {
            return false;
        }
        for (int i = dot + 1; i < to; i++) {
            if (!Text.isDigit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean urnServiceId(String s) {
        String prefix = "urn:urn-7:";
        if (s.length() <= prefix.length() || !s.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return false;
        }
        boolean labelStart = true;
        for (int i = prefix.length(); i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '.') {
                if (labelStart) {
                    return false;
                }
                labelStart = true;
            } else if (Text.isAlpha(ch) || Text.isDigit(ch) || ch == '-') {
                labelStart = false;
            } else {
                return false;
            }
        }
        return !labelStart;
    }

    /** sess-uuid = 32(DIGIT / %x61-66) */
    private static boolean sessUuid(String s) {
        return s.length() == 32 && lowerHex(s, 0, 32);
    }

    /** True when s[from, to) is all LHEX = DIGIT / %x61-66, the lower-case hex both RFC 7989 and RFC 3329 require. */
    private static boolean lowerHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (!(Text.isDigit(ch) || ch >= 'a' && ch <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** *( SEMI generic-param ); generic-param = token [ EQUAL gen-value ] */
    static List<Param> genericParams(Cursor c, String label) {
        List<Param> out = null;
        boolean emptyReported = false;
        while (true) {
            int save = c.pos;
            c.skipWs();
            if (!c.accept(';')) {
                c.pos = save;
                return out == null ? List.of() : out;
            }
            c.skipWs();
            if (c.at(';')) {
                // ";;": an empty parameter; the ones after it are still read, so that a tag after it is not lost
                if (!emptyReported) {
                    emptyReported = true;
                    c.problem(FindingCode.MALFORMED_HEADER_VALUE, c.pos, label + " has an empty parameter (';;')"
                            + " before " + Text.q(c.rest()) + "; remove the extra ';'");
                }
                continue;
            }
            Param p = genericParam(c, label);
            if (p == null) {
                return out == null ? List.of() : out;
            }
            if (out == null) {
                out = new ArrayList<>(4);
            }
            out.add(p);
        }
    }

    /** generic-param = token [ EQUAL gen-value ] */
    static Param genericParam(Cursor c, String label) {
        int start = c.pos;
        String name = c.token();
        if (name == null) {
            if (c.more()) {
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, label + " has a parameter that does not start with a token at "
                        + Text.q(c.rest()));
            } else {
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, label + " ends with an empty parameter after ';'");
            }
            return null;
        }
        int afterName = c.pos;
        c.skipWs();
        if (c.accept('=')) {
            c.skipWs();
            int valueStart = c.pos;
            String value = c.genValue();
            if (value.isEmpty()) {
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, c.pos, label + " parameter " + Text.q(name)
                        + " has '=' but no value");
            } else if (value.charAt(0) != '"' && name.charAt(0) == '+' && takesFeatureParams(label)) {
                // feature-param = enc-feature-tag [EQUAL LDQUOT (tag-value-list / string-value) RDQUOT]
                // legal as a generic-param (RFC 3261 §25.1), but no feature-param: a likely failure, not a syntax error
                c.problem(FindingCode.UNQUOTED_FEATURE_TAG, valueStart, label + " feature tag " + Text.q(name)
                        + " has the unquoted value " + Text.q(value) + "; feature tag values are always in double"
                        + " quotes (RFC 3840 §9), and a registrar or S-CSCF may not match the tag otherwise: write "
                        + name + "=\"" + value + "\"");
            } else if (value.charAt(0) != '"' && !checkedOnItsOwn(name, label)) {
                int bad = notGenValue(value);
                if (bad >= 0 && typographicQuote(value.charAt(bad))) {
                    c.problem(FindingCode.MALFORMED_HEADER_VALUE, valueStart + bad, label + " parameter " + Text.q(name)
                            + " has the value " + Text.q(value) + " in typographic quotes (" + value.charAt(bad)
                            + "), which a word processor or chat put in place of ASCII double quotes; SIP knows only"
                            + " '\"': write " + name + "=\"" + value.replaceAll("[\u201C\u201D\u201E\u2018\u2019]", "")
                            + "\"");
                } else if (bad >= 0 && label.equals("Via") && name.equalsIgnoreCase("branch")) {
                    // via-branch = "branch" EQUAL token: quoting it would make it match no transaction
                    c.problem(FindingCode.MALFORMED_HEADER_VALUE, valueStart + bad, "Via branch " + Text.q(value)
                            + " holds " + Text.q(String.valueOf(value.charAt(bad))) + ", but a branch is a token (RFC"
                            + " 3261 §25.1 via-branch) and transactions are matched on it byte for byte: use only"
                            + " letters, digits and - . ! % * _ + ` ' ~");
                } else if (bad >= 0) {
                    c.problem(FindingCode.MALFORMED_HEADER_VALUE, valueStart + bad, label + " parameter " + Text.q(name)
                            + " has the value " + Text.q(value) + ", which is neither a token, a host nor a quoted-string ("
                            + Text.q(String.valueOf(value.charAt(bad))) + " may not stand unquoted): quote it"
                            + (carriesAddress(label) ? ", or, if it belongs to the URI, put the URI in angle brackets"
                            + " so that it is a URI parameter" : ""));
                }
            }
            return new Param(name, value);
        }
        c.pos = afterName;
        return new Param(name, null);
    }

    /** True when the header named {@code label} holds a name-addr or addr-spec, whose URI may lack its brackets. */
    private static boolean carriesAddress(String label) {
        HeaderCatalog.Def def = HeaderCatalog.lookup(label, 0, label.length());
        return def != null && switch (def.kind()) {
            case FROM_TO, NAME_ADDR, HISTORY_INFO, SERVED_USER, CONTACT, ROUTE -> true;
            default -> false;
        };
    }

    private static boolean typographicQuote(char ch) {
        return ch == '\u201C' || ch == '\u201D' || ch == '\u201E' || ch == '\u2018' || ch == '\u2019';
    }

    /** Parameters whose value has a rule of its own, reported where it is checked (tags, Via's addresses). */
    private static boolean checkedOnItsOwn(String name, String label) {
        if (label.equals("Subscription-State") && (name.equalsIgnoreCase("expires") || name.equalsIgnoreCase("retry-after"))) {
            return true; // delta-seconds, checked by subscriptionState
        }
        return name.equalsIgnoreCase("tag") || name.equalsIgnoreCase("received") || name.equalsIgnoreCase("maddr");
    }

    /**
     * gen-value = token / host / quoted-string: where an unquoted value first breaks that rule, or -1. An IPv6 address
     * without brackets passes, as Via's received takes one so.
     */
    static int notGenValue(String v) {
        int n = v.length();
        if (v.charAt(0) == '[' && v.charAt(n - 1) == ']' && UriGrammar.IPv6address(v, 1, n - 1)) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            if (!Text.isTokenChar(v.charAt(i))) {
                return v.indexOf(':') >= 0 && UriGrammar.IPv6address(v, 0, n) ? -1 : i;
            }
        }
        return -1;
    }

    /** via-parm = sent-protocol LWS sent-by *( SEMI via-params ); sent-protocol = protocol-name SLASH protocol-version SLASH transport */
    static HeaderValue viaParm(Cursor c) {
        int start = c.pos;
        String name = c.token();
        c.skipWs();
        boolean ok = name != null && c.accept('/');
        c.skipWs();
        String version = ok ? c.token() : null;
        c.skipWs();
        ok = version != null && c.accept('/');
        c.skipWs();
        String transport = ok ? c.token() : null;
        if (transport == null) {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, "via " + Text.q(elementText(c, start))
                    + " does not start with sent-protocol such as SIP/2.0/UDP");
            c.skipToElementEnd();
            return new MalformedValue(c.s.substring(start, c.pos).trim(), "no sent-protocol");
        }
        int glued = transport.indexOf('.') > 0 ? gluedTransport(transport) : -1;
        if (glued > 0) {
            // "SIP/2.0/UDP192.0.2.10:5060": the space between transport and sent-by is missing
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, "via " + Text.q(elementText(c, start)) + " has no"
                    + " space between the transport " + Text.q(transport.substring(0, glued)) + " and the sent-by "
                    + Text.q(transport.substring(glued)) + "; write them apart, as in SIP/2.0/"
                    + transport.substring(0, glued) + " " + transport.substring(glued));
            c.skipToElementEnd();
            return new MalformedValue(c.s.substring(start, c.pos).trim(), "no space before sent-by");
        }
        if (Text.isDigit(transport.charAt(0)) || transport.indexOf('.') >= 0) {
            // "SIP/2.0/192.0.2.1:5060": the transport is missing, and what stands in its place is the sent-by
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, "via " + Text.q(elementText(c, start)) + " has no"
                    + " transport: " + Text.q(transport) + " after " + Text.q(name + "/" + version + "/") + " is the"
                    + " sent-by; write the transport first, as in SIP/2.0/UDP " + transport);
            c.skipToElementEnd();
            return new MalformedValue(c.s.substring(start, c.pos).trim(), "no transport");
        }
        if (!name.equalsIgnoreCase("SIP") || !version.equals("2.0")) {
            // grammatical (protocol-name = "SIP" / token), but a SIP element only ever writes SIP/2.0: SIPS is
            // said by the transport (TLS) and the URI scheme, never by the Via
            c.problem(FindingCode.VIA_PROTOCOL_NOT_SIP, start, "via sent-protocol " + Text.q(name + "/" + version
                    + "/" + transport) + " is not SIP/2.0; a SIP element writes SIP/2.0/" + transport + " (RFC 3261"
                    + " §8.1.1.7: protocol name SIP and version 2.0), and a peer may reject or mishandle anything else");
        }
        int beforeWs = c.pos;
        c.skipWs();
        if (!c.more() || c.at(',') || c.at(';')) {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, c.pos, "via " + Text.q(elementText(c, start))
                    + " has no sent-by after the transport: the host (and port) the response goes back to is missing");
            c.skipToElementEnd();
            return new MalformedValue(c.s.substring(start, c.pos).trim(), "no sent-by host");
        }
        if (c.pos == beforeWs) {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, c.pos, "via " + Text.q(elementText(c, start))
                    + " needs whitespace between the transport and sent-by");
        }
        int scheme = c.more() && (c.peek() == 's' || c.peek() == 'S')
                ? UriGrammar.schemeEnd(c.s, c.pos, Math.min(c.end, c.pos + 5)) : -1;
        if (scheme > 0 && (c.s.regionMatches(true, c.pos, "sip:", 0, 4) || c.s.regionMatches(true, c.pos, "sips:", 0, 5))
                && !portFollows(c, scheme + 1)) {
            // "SIP/2.0/UDP sip:pcscf.example.net": a URI where host[:port] belongs; read on after its scheme
            int uriEnd = c.pos;
            while (uriEnd < c.end && ";, \t".indexOf(c.s.charAt(uriEnd)) < 0) {
                uriEnd++;
            }
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, c.pos, "via sent-by " + Text.q(c.s.substring(c.pos, uriEnd))
                    + " is a URI; sent-by is host[:port] without a scheme (RFC 3261 §25.1): write "
                    + Text.q(c.s.substring(scheme + 1, uriEnd)));
            c.pos = scheme + 1;
        }
        int hostStart = c.pos;
        HostPort hp = hostport(c, "via sent-by");
        if (hp == null) {
            c.skipToElementEnd();
            return new MalformedValue(c.s.substring(start, c.pos).trim(), "no sent-by host");
        }
        List<Param> params = genericParams(c, "Via");
        ViaValue via = new ViaValue(name, version, transport, hp.host, hp.port, params);
        checkViaParams(c, via, hostStart);
        return via;
    }

    /** True when the rest of the value is one b64token: 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=" */
    private static boolean bearerToken(Cursor c) {
        int i = c.pos;
        while (i < c.end && Text.isWsp(c.s.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < c.end && (Character.isLetterOrDigit(c.s.charAt(i)) && c.s.charAt(i) < 0x80
                || "-._~+/".indexOf(c.s.charAt(i)) >= 0)) {
            i++;
        }
        int body = i;
        while (i < c.end && c.s.charAt(i) == '=') {
            i++;
        }
        while (i < c.end && Text.isWsp(c.s.charAt(i))) {
            i++;
        }
        return body > start && i == c.end;
    }

    /** Where the sent-by starts in a transport token that swallowed it ("UDP192.0.2.10"), or -1. */
    private static int gluedTransport(String token) {
        for (String t : new String[] {"TLS-SCTP", "SCTP", "UDP", "TCP", "TLS", "WSS", "WS"}) {
            // the rest must read as a host (a dot in it): "SCTP2" is a legal extension transport of its own
            if (token.length() > t.length() && token.regionMatches(true, 0, t, 0, t.length())
                    && token.indexOf('.', t.length()) > t.length()) {
                return t.length();
            }
        }
        return -1;
    }

    /** True when only digits follow {@code at} up to a ';', ',', blank or the end: a port, as in "sip:5060". */
    private static boolean portFollows(Cursor c, int at) {
        int i = at;
        while (i < c.end && Text.isDigit(c.s.charAt(i))) {
            i++;
        }
        return i > at && (i == c.end || ";, \t".indexOf(c.s.charAt(i)) >= 0);
    }

    private static void checkViaParams(Cursor c, ViaValue via, int at) {
        quotedWhereNoQuotes(c, via.params(), "via", VIA_UNQUOTED, at);
        String received = via.received();
        if (received != null) {
            boolean v4 = UriGrammar.IPv4address(received, 0, received.length());
            boolean v6 = UriGrammar.IPv6address(received, 0, received.length())
                    || (received.startsWith("[") && received.endsWith("]")
                            && UriGrammar.IPv6address(received, 1, received.length() - 1));
            if (!v4 && !v6) {
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, paramValueAt(c, at, "received"), "via received " + Text.q(received)
                        + " is not an IPv4 or IPv6 address (RFC 3261 §20.42)");
            }
        }
        String maddr = via.maddr();
        if (maddr != null && maddr.indexOf(':') >= 0 && !maddr.startsWith("[")) {
            c.problem(FindingCode.MALFORMED_IPV6_REFERENCE, paramValueAt(c, at, "maddr"), "via maddr " + Text.q(maddr) + " is an IPv6 address"
                    + " without [ ]; maddr is a host, so an IPv6 address goes in brackets (maddr=[" + maddr + "])");
        } else if (maddr != null && !maddr.isEmpty()) {
            int value = paramValueAt(c, at, "maddr");
            UriGrammar.host(maddr, 0, maddr.length(), "maddr=" + maddr, (code, reference, offset, message) ->
                    c.problem(code, reference, value == at ? at : value + offset, "via " + message));
        }
        String ttl = via.ttl();
        if (ttl != null) {
            long t = Text.parseDigits(ttl, 0, ttl.length());
            if (t < 0 || t > 255) {
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, paramValueAt(c, at, "ttl"), "via ttl " + Text.q(ttl) + " is not a number in 0-255");
            }
        }
        String rport = via.rport();
        if (rport != null && !rport.isEmpty()) {
            long p = Text.parseDigits(rport, 0, rport.length());
            if (p < 0 || p > 65535) {
                c.problem(FindingCode.INVALID_PORT, paramValueAt(c, at, "rport"), "via rport " + Text.q(rport) + " is not a port number in 0-65535");
            }
        }
    }

    /**
     * via-ttl = "ttl" EQUAL ttl; via-maddr = "maddr" EQUAL host; via-received = "received" EQUAL (IPv4address /
     * IPv6address); via-branch = "branch" EQUAL token; response-port = "rport" [EQUAL 1*DIGIT] (RFC 3261 §25.1, RFC 3581
     * §4): none takes a quoted-string.
     */
    private static final Set<String> VIA_UNQUOTED = Set.of("branch", "received", "maddr", "ttl", "rport");
    /** c-p-q = "q" EQUAL qvalue; c-p-expires = "expires" EQUAL delta-seconds (RFC 3261 §25.1). */
    private static final Set<String> CONTACT_UNQUOTED = Set.of("q", "expires");

    /**
     * A parameter whose own rule is a token, an address or a number, written in double quotes. It still matches the
     * catch-all generic-param, which is why lenient stacks strip the quotes, but a stack that reads it by its rule
     * keeps them: a quoted branch matches no transaction, a quoted expires or q is no number. The first is reported.
     */
    private static void quotedWhereNoQuotes(Cursor c, List<Param> params, String what, Set<String> names, int at) {
        Param p = firstQuoted(params, names);
        if (p != null) {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, paramValueAt(c, at, p.name()), what + " " + p.name() + " "
                    + Text.q(p.value()) + " is in"
                    + " double quotes, but its rule in RFC 3261 §25.1 (" + p.name().toLowerCase(java.util.Locale.ROOT)
                    + " is a " + (p.name().equalsIgnoreCase("branch") ? "token" : p.name().equalsIgnoreCase("received")
                    || p.name().equalsIgnoreCase("maddr") ? "host address" : "number") + ") allows none; a stack that"
                    + " reads it by that rule keeps the quotes as part of the value: write " + p.name() + "="
                    + p.unquotedValue());
        }
    }

    /** The first parameter named in {@code names} (lower case) whose value is written in double quotes, or null. */
    private static Param firstQuoted(List<Param> params, Set<String> names) {
        for (Param p : params) {
            String v = p.value();
            if (v != null && v.length() >= 2 && v.charAt(0) == '"' && names.contains(p.name().toLowerCase(java.util.Locale.ROOT))) {
                return p;
            }
        }
        return null;
    }

    record HostPort(String host, HostType type, int port) {
    }

    /** hostport = host [ ":" port ], read up to the next ';', ',' or whitespace. */
    static HostPort hostport(Cursor c, String what) {
        int start = c.pos;
        int end = start;
        if (c.at('[')) {
            int close = UriGrammar.indexOf(c.s, ']', start, c.end);
            end = close < 0 ? c.end : close + 1;
        }
        while (end < c.end) {
            char ch = c.s.charAt(end);
            if (ch == ';' || ch == ',' || ch == ' ' || ch == '\t') {
                break;
            }
            end++;
        }
        if (end == start) {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, what + " has no host");
            return null;
        }
        HostPort spaced = hostBlankColonPort(c, start, end, what);
        if (spaced != null) {
            return spaced;
        }
        String text = c.s.substring(start, end);
        c.pos = end;
        int hostEnd = start;
        if (c.s.charAt(start) == '[') {
            int close = UriGrammar.indexOf(c.s, ']', start, end);
            hostEnd = close < 0 ? end : close + 1;
        } else {
            hostEnd = UriGrammar.indexOf(c.s, ':', start, end);
            if (hostEnd < 0) {
                hostEnd = end;
            } else if (UriGrammar.indexOf(c.s, ':', hostEnd + 1, end) >= 0) {
                c.problem(FindingCode.MALFORMED_IPV6_REFERENCE, start, what + " " + Text.q(text)
                        + " holds an IPv6 address without [ ]; write it as an IPv6reference such as [2001:db8::1]:5060");
                return new HostPort(text, HostType.IPV6, -1);
            }
        }
        HostType type = UriGrammar.host(c.s, start, hostEnd, text, c.report);
        int port = -1;
        if (hostEnd < end) {
            if (c.s.charAt(hostEnd) != ':') {
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, hostEnd, what + " " + Text.q(text)
                        + " has unexpected text after the host");
            } else {
                port = UriGrammar.port(c.s, hostEnd + 1, end, text, c.report);
            }
        }
        return new HostPort(c.s.substring(start, hostEnd), type, port);
    }

    /**
     * Headers whose grammar takes name-addr only, never a bare addr-spec, and the clause that says so: a URI written
     * without its angle brackets there is outside the grammar, and its parameters turn into header parameters.
     */
    private static final java.util.Map<String, String> NAME_ADDR_ONLY = java.util.Map.of(
            "Alert-Info", "RFC 3261 §20.4", "Call-Info", "RFC 3261 §20.9", "Error-Info", "RFC 3261 §20.18",
            "History-Info", "RFC 7044 §4", "Geolocation", "RFC 6442 §4.1", "P-Associated-URI", "RFC 7315 §5.1",
            "P-Called-Party-ID", "RFC 7315 §5.2");

    /** name-addr, or name-addr / addr-spec where the header's grammar allows both. */
    private static HeaderValue nameAddr(Cursor c, String label) {
        int start = c.pos;
        HeaderValue v = nameAddrOrAddrSpec(c, UriGrammar.Place.OTHER, label);
        String clause = NAME_ADDR_ONLY.get(label);
        if (clause != null && v instanceof NameAddr a && !a.bracketed()) {
            String entry = c.s.substring(start, c.pos).trim();
            c.problem(FindingCode.URI_NOT_IN_ANGLE_BRACKETS, clause, start, label + " value " + Text.q(entry)
                    + " is a bare URI, but its grammar takes only a name-addr (" + clause + "): write it as <"
                    + a.uri().raw() + ">" + (a.params().isEmpty() ? "" : ", with the parameters after the '>' only if"
                    + " they belong to the header, not the URI"));
        }
        return v;
    }

    /**
     * hi-entry = hi-targeted-to-uri *(SEMI hi-param); hi-index = "index" EQUAL index-val; rc-param, mp-param and
     * np-param = "rc" / "mp" / "np" EQUAL index-val; index-val = number *("." number) (RFC 7044 §4). The index places
     * the entry in the tree of retargets (1, 1.1, 1.1.2...) and rc, mp and np name the index of the entry it came
     * from, so anything else breaks the history a voicemail or PSTN gateway reads. A leading zero ("1.01"), which RFC
     * 4244's 1*DIGIT still allowed, is let through.
     */
    private static HeaderValue historyInfoEntry(Cursor c, String label) {
        int start = c.pos;
        HeaderValue v = nameAddr(c, label);
        if (v instanceof NameAddr a && !a.params().isEmpty()) {
            for (Param p : a.params()) {
                String n = p.name();
                boolean index = n.equalsIgnoreCase("index");
                if ((index || n.equalsIgnoreCase("rc") || n.equalsIgnoreCase("mp") || n.equalsIgnoreCase("np"))
                        && !"".equals(p.value()) && !indexVal(p.value())) { // an empty one has its finding already
                    String lower = n.toLowerCase(java.util.Locale.ROOT);
                    c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 7044 §4", paramAt(c, start, n), label + " "
                            + lower + (p.value() == null ? " has no value" : " " + Text.q(p.value())
                            + " is not dot-separated numbers") + "; " + (index ? "the index places the entry in the"
                            + " retargeting tree and is written like 1, 1.1 or 1.1.2" : lower + " holds the index of"
                            + " the entry this target came from, such as " + lower + "=1.1") + " (index-val = number"
                            + " *(\".\" number))");
                    break;
                }
            }
        }
        return v;
    }

    /**
     * served-user-param = sessioncase-param / registration-state-param / generic-param; sessioncase-param = "sescase"
     * EQUAL ("orig" / "term"); registration-state-param = "regstate" EQUAL ("unreg" / "reg") (RFC 5502 §6). RFC 8498
     * adds the session case after a diversion as a parameter of its own, ";orig-cdiv". The AS picks the originating
     * or terminating services and the unregistered handling from these values, so another one leaves it guessing.
     * "sescase=orig-cdiv", which implementations written before RFC 8498 sent, is let through.
     */
    private static HeaderValue servedUser(Cursor c, String label) {
        int start = c.pos;
        HeaderValue v = nameAddr(c, label);
        if (v instanceof NameAddr a && !a.params().isEmpty()) {
            for (Param p : a.params()) {
                boolean sescase = p.name().equalsIgnoreCase("sescase");
                if (!sescase && !p.name().equalsIgnoreCase("regstate") || "".equals(p.value())) {
                    continue; // an empty value has its finding already
                }
                String value = p.value();
                boolean ok = value != null && (sescase ? value.equalsIgnoreCase("orig") || value.equalsIgnoreCase("term")
                        || value.equalsIgnoreCase("orig-cdiv")
                        : value.equalsIgnoreCase("reg") || value.equalsIgnoreCase("unreg"));
                if (!ok) {
                    String name = sescase ? "sescase" : "regstate";
                    c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 5502 §6", paramAt(c, start, p.name()), label
                            + " " + name + (value == null ? " has no value" : " " + Text.q(value) + " is none of the"
                            + " values it takes") + "; write " + (sescase ? "sescase=orig or sescase=term (after a"
                            + " diversion, the parameter orig-cdiv of RFC 8498 instead)" : "regstate=reg or"
                            + " regstate=unreg") + ", as the AS chooses the services to run by it");
                    break;
                }
            }
        }
        return v;
    }

    /** index-val = number *("." number), with the leading zeros of RFC 4244's 1*DIGIT let through. */
    private static boolean indexVal(String v) {
        if (v == null || v.isEmpty()) {
            return false;
        }
        boolean numberStart = true;
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '.' && !numberStart) {
                numberStart = true;
            } else if (Text.isDigit(ch)) {
                numberStart = false;
            } else {
                return false;
            }
        }
        return !numberStart;
    }

    /**
     * Where the header parameter {@code name} stands in the element that starts at {@code start} and ends at the
     * cursor: after the URI's '>' when there is one, so that a URI parameter of the same name is not taken for it.
     * Looked up only when a finding needs it.
     */
    /**
     * Where the value of the parameter {@code name} that the cursor just read begins (after its '=' and any blanks),
     * or {@code start} when it is not found.
     */
    private static int paramValueAt(Cursor c, int start, String name) {
        int at = paramAt(c, start, name);
        if (at == start) {
            return start;
        }
        int i = at + name.length();
        while (i < c.pos && (Text.isWsp(c.s.charAt(i)) || c.s.charAt(i) == '=')) {
            i++;
        }
        return i;
    }

    private static int paramAt(Cursor c, int start, String name) {
        int from = c.pos;
        while (from > start && c.s.charAt(from - 1) != '>') {
            from--;
        }
        int at = indexOfIgnoreCase(c.s, ";" + name, from, c.pos);
        return at < 0 ? start : at + 1;
    }

    /**
     * Contact (RFC 3840 §9) and Accept-Contact / Reject-Contact (RFC 3841 §10) carry feature-params; elsewhere (From,
     * Route...) a parameter named "+x" is a generic-param like any other.
     */
    private static boolean takesFeatureParams(String label) {
        return label.equals("Contact") || label.equals("Accept-Contact") || label.equals("Reject-Contact");
    }

    /**
     * sent-by = host [ COLON port ] with COLON = SWS ":" SWS: blanks (or a fold) may stand on either side of the colon
     * ("pc33.example.com :5060", "pc33.example.com: 5060"). Reads such a sent-by, whose host s[start, end) holds no
     * other colon, or returns null when the text has no blank next to its colon.
     */
    private static HostPort hostBlankColonPort(Cursor c, int start, int end, String what) {
        int after = end;
        while (after < c.end && Text.isWsp(c.s.charAt(after))) {
            after++;
        }
        int colon;
        int portStart;
        if (c.s.charAt(end - 1) == ':' && after > end) {
            colon = end - 1;
            portStart = after;
        } else if (after > end && after < c.end && c.s.charAt(after) == ':') {
            colon = after;
            portStart = after + 1;
            while (portStart < c.end && Text.isWsp(c.s.charAt(portStart))) {
                portStart++;
            }
        } else {
            return null;
        }
        int portEnd = portStart;
        while (portEnd < c.end && Text.isDigit(c.s.charAt(portEnd))) {
            portEnd++;
        }
        int hostEnd = colon;
        while (hostEnd > start && Text.isWsp(c.s.charAt(hostEnd - 1))) {
            hostEnd--;
        }
        boolean bracketed = c.s.charAt(start) == '[' && c.s.charAt(hostEnd - 1) == ']';
        if (portEnd == portStart || hostEnd == start || !bracketed && UriGrammar.indexOf(c.s, ':', start, hostEnd) >= 0) {
            return null;
        }
        String text = c.s.substring(start, portEnd);
        HostType type = UriGrammar.host(c.s, start, hostEnd, text, c.report);
        int port = UriGrammar.port(c.s, portStart, portEnd, text, c.report);
        c.pos = portEnd;
        return new HostPort(c.s.substring(start, hostEnd), type, port);
    }

    /**
     * (name-addr / addr-spec) *( SEMI generic-param ); name-addr = [ display-name ] LAQUOT addr-spec RAQUOT;
     * display-name = *(token LWS) / quoted-string
     */
    /**
     * route-param = name-addr *( SEMI rr-param ), and so are Path and Service-Route entries (RFC 3327, RFC 3608): a bare
     * URI is outside the grammar, and its ";lr" becomes a header parameter that a proxy does not see on the URI.
     */
    static HeaderValue routeParam(Cursor c, String label) {
        int start = c.pos;
        HeaderValue v = nameAddrOrAddrSpec(c, UriGrammar.Place.ROUTE, label);
        if (v instanceof NameAddr a && !a.bracketed()) {
            String entry = c.s.substring(start, c.pos).trim();
            boolean lr = Params.has(a.params(), "lr");
            c.problem(FindingCode.ROUTE_WITHOUT_ANGLE_BRACKETS, start, label + " entry " + Text.q(entry)
                    + " has no angle brackets, but each entry must be a name-addr"
                    + (a.params().isEmpty() ? "" : lr
                            ? ": as written, ';lr' is a parameter of the header, not of the URI, so a proxy that reads"
                                    + " the URI sees no lr and takes the hop for a strict router"
                            : ": as written, its parameters belong to the header, not to the URI")
                    + "; write <" + entry + ">");
        }
        return v;
    }

    static HeaderValue nameAddrOrAddrSpec(Cursor c, UriGrammar.Place place, String label) {
        int start = c.pos;
        String display = null;
        if (c.at('"')) {
            display = Text.unquote(c.quotedString());
            c.skipWs();
            if (!c.at('<')) {
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, c.pos, label + " display name " + Text.q(display)
                        + " must be followed by <uri>");
                c.skipToElementEnd();
                return new MalformedValue(c.s.substring(start, c.pos).trim(), "display name without <uri>");
            }
        } else {
            int p = c.pos;
            while (p < c.end && (Text.isTokenChar(c.s.charAt(p)) || Text.isWsp(c.s.charAt(p)))) {
                p++;
            }
            if (p < c.end && c.s.charAt(p) == '<') {
                String d = c.s.substring(c.pos, p).trim();
                display = d.isEmpty() ? null : d;
                c.pos = p;
            } else if (p < c.end && c.s.charAt(p) != ':' && c.s.charAt(p) != ';') {
                int lt = UriGrammar.indexOf(c.s, '<', p, c.end);
                if (lt > 0 && UriGrammar.indexOf(c.s, ':', c.pos, lt) < 0) {
                    display = c.s.substring(c.pos, lt).trim();
                    c.problem(FindingCode.MALFORMED_HEADER_VALUE, p, label + " display name " + Text.q(display)
                            + " contains " + Text.q(String.valueOf(c.s.charAt(p)))
                            + ", which only a quoted display name may hold; put it in double quotes");
                    c.pos = lt;
                }
            }
        }
        Uri uri;
        boolean bracketed = c.at('<');
        if (bracketed) {
            int from = c.pos + 1;
            int gt = UriGrammar.indexOf(c.s, '>', from, c.end);
            if (gt < 0) {
                c.problem(FindingCode.UNTERMINATED_ANGLE_BRACKET, c.pos, label + " " + Text.q(c.s.substring(start, c.end))
                        + " opens < but never closes it; add >");
                int to = from;
                while (to < c.end && c.s.charAt(to) != ',' && c.s.charAt(to) != ';') {
                    to++;
                }
                uri = UriGrammar.uri(c.s, from, to, place, c.report);
                c.pos = c.end;
                return new NameAddr(display, uri, true, List.of());
            }
            int nextLt = UriGrammar.indexOf(c.s, '<', from, gt);
            int comma = nextLt < 0 ? -1 : c.s.lastIndexOf(',', nextLt);
            if (comma >= from) {
                // "<sip:p1;lr, <sip:p2;lr>": the '>' found belongs to the next entry; this one never closed its '<'
                int to = comma;
                while (to > from && Text.isWsp(c.s.charAt(to - 1))) {
                    to--;
                }
                c.problem(FindingCode.UNTERMINATED_ANGLE_BRACKET, c.pos, label + " " + Text.q(c.s.substring(c.pos, to))
                        + " opens < but never closes it before the next entry's '<'; add > after the URI");
                uri = UriGrammar.uri(c.s, from, to, place, c.report);
                c.pos = comma;
                return new NameAddr(display, uri, true, List.of());
            }
            uri = UriGrammar.uri(c.s, from, gt, place, c.report);
            c.pos = gt + 1;
        } else {
            int from = c.pos;
            int to = from;
            while (to < c.end) {
                char ch = c.s.charAt(to);
                if (ch == ';' || ch == ',' || ch == ' ' || ch == '\t' || ch == '>') {
                    break;
                }
                to++;
            }
            if (to == from) {
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, from, label + " has no URI at " + Text.q(elementText(c, start)));
                c.skipToElementEnd();
                return new MalformedValue(c.s.substring(start, c.pos).trim(), "no uri");
            }
            if (UriGrammar.indexOf(c.s, '?', from, to) >= 0) {
                c.problem(FindingCode.URI_NOT_IN_ANGLE_BRACKETS, from, label + " uri " + Text.q(c.s.substring(from, to))
                        + " holds '?' and must be written inside < >");
            }
            uri = UriGrammar.uri(c.s, from, to, place, c.report);
            c.pos = to;
        }
        int paramsStart = c.pos;
        List<Param> params = genericParams(c, label);
        if (place == UriGrammar.Place.FROM_TO) {
            Param tag = null;
            for (Param p : params) {
                if (p.name().equalsIgnoreCase("tag")) {
                    tag = p;
                    break;
                }
            }
            // the value as written (Params.value would unquote it); an empty one already has its finding
            if (tag != null && tag.value() == null) {
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, tagAt(c, paramsStart), label + " has ';tag' with no value; tag-param is"
                        + " \"tag\" EQUAL token (RFC 3261 §25.1), and a dialog cannot be matched without it");
            } else if (tag != null && !tag.value().isEmpty() && !Text.isToken(tag.value())) {
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, tagAt(c, paramsStart), label + " tag "
                        + Text.q(tag.value()) + " is not a token (tag-param = \"tag\" EQUAL token, RFC 3261 §25.1): no quotes, spaces or"
                        + " characters such as $ / : @; dialog matching compares it byte for byte");
            }
        }
        return new NameAddr(display, uri, bracketed, params);
    }

    /** contact-param = (name-addr / addr-spec) *(SEMI contact-params); Contact may also be STAR */
    static HeaderValue contactParam(Cursor c, String label) {
        if (c.at('*')) {
            int save = c.pos;
            c.pos++;
            c.skipWs();
            if (!c.more() || c.at(',')) {
                return new ContactValue(true, null);
            }
            c.pos = save;
        }
        int start = c.pos;
        HeaderValue v = nameAddrOrAddrSpec(c, UriGrammar.Place.OTHER, label);
        if (v instanceof NameAddr na) {
            quotedWhereNoQuotes(c, na.params(), "contact", CONTACT_UNQUOTED, start);
            String expires = na.param("expires");
            if (expires != null) {
                long e = Text.parseDigits(expires, 0, expires.length());
                if (e < 0) {
                    c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, "contact expires " + Text.q(expires)
                            + " is not a number of seconds");
                } else if (e > MAX_DELTA_SECONDS) {
                    c.problem(FindingCode.EXPIRES_PARAM_TOO_LARGE, start, "contact expires " + Text.q(expires)
                            + " is above 2^32-1 (4294967295) seconds; a registrar may treat it as 4294967295 (136"
                            + " years): send the interval the binding should really last");
                }
            }
            String q = na.param("q");
            if (q != null && !qvalue(q)) {
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, "contact q " + Text.q(q)
                        + " is not a qvalue between 0 and 1 with at most three decimals");
            }
            return new ContactValue(false, na);
        }
        return v;
    }

    /** qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ) */
    static boolean qvalue(String q) {
        if (q.isEmpty() || q.length() > 5 || (q.charAt(0) != '0' && q.charAt(0) != '1')) {
            return false;
        }
        if (q.length() == 1) {
            return true;
        }
        if (q.charAt(1) != '.') {
            return false;
        }
        for (int i = 2; i < q.length(); i++) {
            char d = q.charAt(i);
            if (!Text.isDigit(d) || (q.charAt(0) == '1' && d != '0')) {
                return false;
            }
        }
        return true;
    }

    /** CSeq = 1*DIGIT LWS Method */
    static HeaderValue cseq(Cursor c) {
        int start = c.pos;
        while (c.more() && Text.isDigit(c.peek())) {
            c.pos++;
        }
        long n = Text.parseDigits(c.s, start, c.pos);
        int digitsEnd = c.pos;
        c.skipWs();
        String method = c.pos > digitsEnd ? c.token() : null;
        if (n < 0 || method == null) {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, "cseq " + Text.q(c.s.substring(start, c.end))
                    + " is not a sequence number followed by a method, such as '1 INVITE'");
            c.pos = c.end;
            return new MalformedValue(c.s.substring(start, c.end), "not number and method");
        }
        if (n > MAX_CSEQ) {
            c.problem(FindingCode.CSEQ_NUMBER_TOO_LARGE, start, "cseq number " + c.s.substring(start, digitsEnd)
                    + " is not below 2^31 (2147483648); the sequence number must fit in 31 bits");
        }
        return new CSeqValue(n, method);
    }

    /** callid = word [ "@" word ] */
    static HeaderValue callid(Cursor c) {
        int start = c.pos;
        int at = -1;
        while (c.more()) {
            char ch = c.peek();
            if (ch == '@' && at < 0) {
                at = c.pos;
            } else if (!Text.isWordChar(ch)) {
                break;
            }
            c.pos++;
        }
        String id = c.s.substring(start, c.pos);
        if (id.isEmpty() || at == start || at == c.pos - 1) {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, "call-id " + Text.q(c.s.substring(start, c.end))
                    + " is not word[@word]");
        } else if (c.more() && c.peek() != ' ' && c.peek() != '\t' && c.peek() != ',') {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, c.pos, "call-id " + Text.q(c.s.substring(start, c.end))
                    + " contains " + Text.q(String.valueOf(c.peek())) + ", which a call-id word may not hold");
            c.pos = c.end;
            return new TextValue(c.s.substring(start, c.end));
        }
        return new TextValue(id);
    }

    /**
     * callid *( SEMI generic-param ): Replaces (RFC 3891 §6.1) and Target-Dialog (RFC 4538 §7) name a dialog by its
     * Call-ID, whose words may hold '"', '<' or ':' that a generic value would misread.
     */
    static HeaderValue callidWithParams(Cursor c, String label) {
        int start = c.pos;
        int at = -1;
        while (c.more() && (Text.isWordChar(c.peek()) || c.peek() == '@' && at < 0)) {
            at = c.peek() == '@' ? c.pos : at;
            c.pos++;
        }
        String id = c.s.substring(start, c.pos);
        if (id.isEmpty() || at == start || at == c.pos - 1) {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, label + " call-id " + Text.q(elementText(c, start))
                    + " is not word[@word]");
        }
        c.skipWs();
        if (c.more() && !c.at(';') && !c.at(',')) {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, c.pos, label + " call-id " + Text.q(elementText(c, start))
                    + " contains " + Text.q(String.valueOf(c.peek())) + ", which a call-id word may not hold");
            while (c.more() && !c.at(';') && !c.at(',')) {
                c.pos++;
            }
        }
        return new GenericValue(id, genericParams(c, label));
    }

    /** 1*DIGIT, with the range each header gives it. */
    static HeaderValue number(Cursor c, HeaderCatalog.Kind kind, String label) {
        int start = c.pos;
        while (c.more() && Text.isDigit(c.peek())) {
            c.pos++;
        }
        long n = Text.parseDigits(c.s, start, c.pos);
        if (n < 0 && kind == HeaderCatalog.Kind.DELTA_SECONDS && startsWithWeekday(c.s, start, c.end)) {
            String date = c.s.substring(start, c.end).trim();
            c.pos = c.end;
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, label.toLowerCase(java.util.Locale.ROOT) + " "
                    + Text.q(date) + " is an absolute date" + (label.equals("Expires") ? ", which only RFC 2543"
                    + " allowed" : "") + "; RFC 3261 takes a number of seconds (e.g. " + label + ": 3600)");
            return new MalformedValue(date, "an RFC 2543 date instead of delta-seconds");
        }
        if (n < 0) {
            int end = c.pos;
            while (end < c.end && c.s.charAt(end) != ',') {
                end++;
            }
            String bad = c.s.substring(start, end).trim();
            c.pos = end;
            if (kind == HeaderCatalog.Kind.CONTENT_LENGTH) {
                c.problem(FindingCode.INVALID_CONTENT_LENGTH, start, "content-length " + Text.q(bad)
                        + " is not a non-negative decimal number of body bytes");
            } else {
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, label.toLowerCase(java.util.Locale.ROOT) + " "
                        + Text.q(bad) + " is not a decimal number");
            }
            return new MalformedValue(bad, "not a number");
        }
        String digits = c.s.substring(start, c.pos);
        if (kind == HeaderCatalog.Kind.MAX_FORWARDS && n > 255) {
            c.problem(FindingCode.MAX_FORWARDS_OUT_OF_RANGE, start, "max-forwards " + digits
                    + " is outside 0-255; proxies decrement it from at most 255 (70 is the usual start)");
        } else if (kind == HeaderCatalog.Kind.DELTA_SECONDS && n > MAX_DELTA_SECONDS) {
            tooManySeconds(c, start, label, digits);
        } else if (kind == HeaderCatalog.Kind.NUMBER && n == 0) {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 3262 §3", start, label.toLowerCase(java.util.Locale.ROOT)
                    + " " + digits + " is not a valid sequence number: the first reliable provisional response of a"
                    + " transaction takes an RSeq between 1 and 2^31-1 and each later one adds one (RFC 3262 §3),"
                    + " so no PRACK can acknowledge RSeq 0; start at 1 or above");
        } else if (kind == HeaderCatalog.Kind.NUMBER && n > MAX_DELTA_SECONDS) {
            c.problem(FindingCode.NUMBER_TOO_LARGE, "RFC 3262 §3", start, label.toLowerCase(java.util.Locale.ROOT)
                    + " " + digits + " is above 2^32-1 (4294967295); RSeq starts between 1 and 2^31-1 and goes up"
                    + " by one per reliable provisional response (RFC 3262 §3)");
        }
        return new NumberValue(n);
    }

    /** Where ";tag" stands among the parameters just read, looked up only when a finding needs it. */
    private static int tagAt(Cursor c, int paramsStart) {
        return Math.max(paramsStart, indexOfIgnoreCase(c.s, ";tag", paramsStart, c.pos));
    }

    /** The first offset in [from, to) where {@code needle} starts, in any case, or -1. */
    private static int indexOfIgnoreCase(String s, String needle, int from, int to) {
        for (int i = from; i + needle.length() <= to; i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    /** "Thu, 0" as an SIP-date begins (wkday "," SP date1, RFC 3261 §25.1). */
    private static boolean startsWithWeekday(String s, int from, int to) {
        if (to - from < 6 || s.charAt(from + 3) != ',' || s.charAt(from + 4) != ' ' || !Text.isDigit(s.charAt(from + 5))) {
            return false;
        }
        String day = s.substring(from, from + 3);
        for (String w : WKDAYS) {
            if (w.equalsIgnoreCase(day)) {
                return true;
            }
        }
        return false;
    }

    /** RAck = response-num LWS CSeq-num LWS Method */
    static HeaderValue rack(Cursor c) {
        int start = c.pos;
        long[] nums = new long[2];
        for (int i = 0; i < 2; i++) {
            int s = c.pos;
            while (c.more() && Text.isDigit(c.peek())) {
                c.pos++;
            }
            nums[i] = Text.parseDigits(c.s, s, c.pos);
            c.skipWs();
        }
        String method = c.token();
        if (nums[0] < 0 || nums[1] < 0 || method == null) {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, "rack " + Text.q(c.s.substring(start, c.end))
                    + " is not response-num cseq-num method, such as '1 1 INVITE'");
            c.pos = c.end;
            return new MalformedValue(c.s.substring(start, c.end), "not rseq cseq method");
        }
        if (nums[0] == 0) {
            // response-num = 1*DIGIT (§7.2) lets 0 through, but it copies an RSeq, which is never 0
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 3262 §3", start, "rack response-num 0 in "
                    + Text.q(c.s.substring(start, c.end).trim()) + " matches no reliable provisional response: RSeq"
                    + " starts between 1 and 2^31-1 and only goes up (RFC 3262 §3); copy the RSeq of the response"
                    + " being acknowledged");
        }
        return new RAckValue(nums[0], nums[1], method);
    }

    /** reason-value = protocol *(SEMI reason-params); protocol = "SIP" / "Q.850" / token */
    static HeaderValue reasonValue(Cursor c) {
        int start = c.pos;
        String protocol = c.token();
        if (protocol == null) {
            return malformedElement(c, start, "reason", "does not start with a protocol such as SIP or Q.850");
        }
        List<Param> params = genericParams(c, "Reason");
        String cause = Params.value(params, "cause");
        if (cause != null && Text.parseDigits(cause, 0, cause.length()) < 0) {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, "reason cause " + Text.q(cause) + " is not a number");
        }
        return new ReasonValue(protocol, params);
    }

    /**
     * Privacy-hdr = "Privacy" HCOLON priv-value *(";" priv-value) (RFC 3323 §4.2, "id" from RFC 3325): a list of equal
     * values separated by semicolons, not a value with parameters. One OptionTag per priv-value.
     */
    static List<HeaderValue> privValues(Cursor c, String label) {
        List<HeaderValue> out = new ArrayList<>(3);
        while (true) {
            c.skipWs();
            int start = c.pos;
            String value = c.token();
            c.skipWs();
            if (value == null || (c.more() && !c.at(';'))) {
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, label + " " + Text.q(c.s.substring(0, c.end))
                        + " is not a list of priv-values (header, session, user, id, none, critical) separated by ';'");
                out.add(new MalformedValue(c.s.substring(start, c.end).trim(), "not a priv-value"));
                c.pos = c.end;
                return out;
            }
            out.add(new OptionTag(value));
            if (!c.accept(';')) {
                return out;
            }
        }
    }

    /** option-tag = token (also Method = token for Allow) */
    static HeaderValue optionTag(Cursor c, String label) {
        int start = c.pos;
        String tag = c.token();
        if (tag == null) {
            return malformedElement(c, start, label.toLowerCase(java.util.Locale.ROOT), "is not a token");
        }
        return new OptionTag(tag);
    }

    /** sec-mechanism = mechanism-name *(SEMI mech-parameters) */
    static HeaderValue secMechanism(Cursor c) {
        int start = c.pos;
        String mech = c.token();
        if (mech == null) {
            return malformedElement(c, start, "security mechanism", "does not start with a mechanism name");
        }
        int paramsStart = c.pos;
        List<Param> params = genericParams(c, "security mechanism");
        String q = Params.value(params, "q");
        String dVer = null;
        for (Param p : params) {
            dVer = p.name().equalsIgnoreCase("d-ver") ? (p.value() == null ? "" : p.value()) : dVer;
        }
        if (q != null && !qvalue(q)) {
            // mech-parameters = ( preference / digest-algorithm / digest-qop / digest-verify / extension )
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 3329 §2.2", paramsStart, "security mechanism "
                    + Text.q(mech) + " has the preference q=" + q + ", which is no qvalue (0 to 1 with at most three"
                    + " decimals); the mechanisms are ranked by it");
        } else if (dVer != null && !quotedHex32(dVer)) {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 3329 §2.2", paramsStart, "security mechanism "
                    + Text.q(mech) + " has d-ver=" + dVer + "; digest-verify is 32 lower-case hex digits in double"
                    + " quotes (d-ver = \"d-ver\" EQUAL LDQUOT 32LHEX RDQUOT)");
        }
        return new SecurityMechanism(mech, params);
    }

    /** LDQUOT 32LHEX RDQUOT; LHEX = DIGIT / %x61-66 */
    private static boolean quotedHex32(String v) {
        return v.length() == 34 && v.charAt(0) == '"' && v.charAt(33) == '"' && lowerHex(v, 1, 33);
    }

    /** media-type = m-type SLASH m-subtype *(SEMI m-parameter); SLASH = SWS "/" SWS */
    static HeaderValue mediaType(Cursor c, String label) {
        int start = c.pos;
        String type = c.token();
        c.skipWs();
        String subtype = null;
        if (type != null && c.accept('/')) {
            c.skipWs();
            subtype = c.token();
        }
        if (subtype == null) {
            return malformedElement(c, start, label.toLowerCase(java.util.Locale.ROOT), "is not type/subtype");
        }
        return new MediaType(type, subtype, genericParams(c, label));
    }

    /**
     * A delta-seconds header value above 2^32-1. The bound is written for Expires (RFC 3261 §20.19); the finding
     * cites the clause of the header it is in and says where the bound comes from.
     */
    private static void tooManySeconds(Cursor c, int start, String label, String digits) {
        String clause = switch (label) {
            case "Min-Expires" -> "RFC 3261 §20.23";
            case "Retry-After" -> "RFC 3261 §20.33";
            case "Session-Expires" -> "RFC 4028 §4";
            case "Min-SE" -> "RFC 4028 §5";
            default -> FindingCode.NUMBER_TOO_LARGE.reference();
        };
        String name = label.toLowerCase(java.util.Locale.ROOT);
        c.problem(FindingCode.NUMBER_TOO_LARGE, clause, start, name + " " + digits + " is above 2^32-1 (4294967295)"
                + " seconds" + (label.equals("Expires") ? "" : ", the largest interval SIP defines (RFC 3261 §20.19)"));
    }

    /** delta-seconds [ comment ] *( SEMI generic-param ): Session-Expires, Min-SE, Retry-After */
    static HeaderValue deltaSecondsWithParams(Cursor c, String label) {
        int start = c.pos;
        while (c.more() && Text.isDigit(c.peek())) {
            c.pos++;
        }
        long n = Text.parseDigits(c.s, start, c.pos);
        if (n < 0) {
            return malformedElement(c, start, label.toLowerCase(java.util.Locale.ROOT), "does not start with a number of seconds");
        }
        if (n > MAX_DELTA_SECONDS) {
            tooManySeconds(c, start, label, c.s.substring(start, c.pos));
        }
        String comment = null;
        int save = c.pos;
        c.skipWs();
        if (c.at('(')) {
            int open = c.pos;
            int depth = 0;
            while (c.more()) {
                char ch = c.peek();
                c.pos++;
                if (ch == '\\') {
                    c.pos++;
                } else if (ch == '(') {
                    depth++;
                } else if (ch == ')' && --depth == 0) {
                    break;
                }
            }
            if (depth != 0) {
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, open, label + " comment " + Text.q(c.s.substring(open, c.end))
                        + " has no closing ')'");
                c.pos = c.end;
            }
            comment = c.s.substring(open, Math.min(c.pos, c.end));
        } else {
            c.pos = save;
        }
        int paramsStart = c.pos;
        List<Param> params = genericParams(c, label);
        String duration = label.equals("Retry-After") ? Params.value(params, "duration") : null;
        if (duration != null && Text.parseDigits(duration, 0, duration.length()) > MAX_DELTA_SECONDS) {
            // retry-param = ("duration" EQUAL delta-seconds) / generic-param
            c.problem(FindingCode.NUMBER_TOO_LARGE, "RFC 3261 §20.33", paramsStart, "retry-after duration " + duration
                    + " is above 2^32-1 (4294967295) seconds, the largest interval SIP defines (RFC 3261 §20.19)");
        }
        return new DeltaSecondsValue(n, comment, params);
    }

    /** warning-value = warn-code SP warn-agent SP warn-text */
    static HeaderValue warningValue(Cursor c) {
        int start = c.pos;
        while (c.more() && Text.isDigit(c.peek())) {
            c.pos++;
        }
        long code = c.pos - start == 3 ? Text.parseDigits(c.s, start, c.pos) : -1;
        c.skipWs();
        int agentStart = c.pos;
        while (c.more() && c.peek() != ' ' && c.peek() != '\t' && c.peek() != ',') {
            c.pos++;
        }
        String agent = c.s.substring(agentStart, c.pos);
        c.skipWs();
        if (code < 0 || agent.isEmpty() || !c.at('"')) {
            return malformedElement(c, start, "warning", "is not warn-code warn-agent \"warn-text\"");
        }
        if (agent.indexOf(':') != agent.lastIndexOf(':') && agent.charAt(0) != '[') {
            c.problem(FindingCode.MALFORMED_IPV6_REFERENCE, agentStart, "warning agent " + Text.q(agent) + " is an IPv6"
                    + " address without [ ]; warn-agent is a hostport, so an IPv6 host must be a bracketed IPv6reference"
                    + " or the port cannot be told from the address");
        }
        String text = Text.unquote(c.quotedString());
        return new WarningValue((int) code, agent, text);
    }

    /** value *(SEMI generic-param), where value may itself be a parameter (P-Charging-Vector: icid-value=...). */
    static HeaderValue genericValue(Cursor c, String label) {
        int start = c.pos;
        if (c.at('"')) {
            String q = c.quotedString();
            return new GenericValue(q, genericParams(c, label));
        }
        if (c.at('<')) {
            int gt = UriGrammar.indexOf(c.s, '>', c.pos, c.end);
            if (gt < 0) {
                c.problem(FindingCode.UNTERMINATED_ANGLE_BRACKET, c.pos, label + " " + Text.q(c.rest())
                        + " opens < but never closes it");
                c.pos = c.end;
                return new GenericValue(c.s.substring(start, c.end), List.of());
            }
            c.pos = gt + 1;
            return new GenericValue(c.s.substring(start, c.pos), genericParams(c, label));
        }
        int eq = -1;
        while (c.more()) {
            char ch = c.peek();
            if (ch == ';' || ch == ',') {
                break;
            }
            if (ch == '"') {
                c.quotedString();
                continue;
            }
            if (ch == '=' && eq < 0) {
                eq = c.pos;
            }
            c.pos++;
        }
        String head = c.s.substring(start, c.pos).trim();
        if (eq > start && Text.isToken(c.s.substring(start, eq).trim())) {
            // the value is itself a parameter (ccf=..., icid-value=...): read by the generic-param rule, like the rest
            int end = c.pos;
            c.pos = start;
            Param first = genericParam(c, label);
            if (first == null || c.pos != end && !c.at(';') && !c.at(',')) {
                first = new Param(c.s.substring(start, eq).trim(), c.s.substring(eq + 1, end).trim());
                c.pos = end;
            }
            List<Param> params = new ArrayList<>(4);
            params.add(first);
            params.addAll(genericParams(c, label));
            if (label.equals("P-Access-Network-Info")) {
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 7315 §5.4", start, "P-Access-Network-Info "
                        + Text.q(elementText(c, start)) + " starts with the parameter " + Text.q(first.name())
                        + "; access-net-spec begins with the access type or class (such as 3GPP-E-UTRAN-FDD or"
                        + " 3GPP-NR-TDD), and the cell identity follows it after ';'");
            }
            return new GenericValue(null, params);
        }
        if (head.isEmpty() && c.at(';')) {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, label + " element " + Text.q(elementText(c, start))
                    + " starts with ';': the value the parameters belong to (an access type, an event package, a"
                    + " disposition...) is missing");
        }
        return new GenericValue(head, genericParams(c, label));
    }

    /**
     * challenge = ("Digest" LWS digest-cln *(COMMA digest-cln)) / other-challenge; credentials likewise. One header
     * normally holds one challenge; a comma followed by "scheme param=" starts the next one.
     */
    static List<HeaderValue> challengeOrCredentials(Cursor c, String label) {
        List<HeaderValue> out = new ArrayList<>(1);
        while (true) {
            c.skipWs();
            int start = c.pos;
            String scheme = c.token();
            if (scheme == null) {
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, label + " " + Text.q(c.rest())
                        + " does not start with an auth scheme such as Digest");
                out.add(new MalformedValue(c.rest(), "no auth scheme"));
                return out;
            }
            if (scheme.equalsIgnoreCase("Bearer") && label.endsWith("Authorization") && bearerToken(c)) {
                // RFC 8898: credentials = "Bearer" LWS b64token, a token68 rather than parameters
                out.add(new AuthValue(scheme, List.of(new Param(c.rest().strip(), null))));
                c.pos = c.end;
                return out;
            }
            if (scheme.equalsIgnoreCase("Basic")) {
                // a password in base64 or a challenge for one: not read further (the raw value keeps it)
                c.problem(FindingCode.BASIC_AUTHENTICATION, start, label + " uses the Basic scheme, which carries the"
                        + " password in clear (base64); RFC 3261 §22.1 says servers MUST NOT challenge with Basic nor"
                        + " accept its credentials: use Digest");
                c.pos = c.end;
                out.add(new AuthValue(scheme, List.of()));
                return out;
            }
            List<Param> params = authParams(c, label, scheme.equalsIgnoreCase("Digest") ? DIGEST_QUOTED : Set.of());
            if (scheme.equalsIgnoreCase("Digest")) {
                quotedTokenDirectives(c, start, label, params);
            }
            if (label.endsWith("Authorization") && scheme.equalsIgnoreCase("Digest")) {
                if (Params.has(params, "qop")) {
                    digestQopCompanions(c, start, label, params);
                }
                nonceCountAndAuts(c, start, label, params);
            }
            out.add(new AuthValue(scheme, params));
            if (!c.more()) {
                return out;
            }
        }
    }

    /**
     * algorithm = "algorithm" EQUAL ( "MD5" / "MD5-sess" / token ); stale = "stale" EQUAL ( "true" / "false" ); in
     * credentials message-qop = "qop" EQUAL qop-value and nonce-count = "nc" EQUAL nc-value (RFC 3261 §25.1): tokens,
     * where a challenge's qop-options are quoted. A quoted one still matches the catch-all auth-param, which is why
     * lenient stacks take it, but a stack that reads the directive by its own rule compares "\"AKAv1-MD5\"" with
     * AKAv1-MD5, does not recognise the algorithm and fails the authentication. The first quoted one is reported.
     */
    private static void quotedTokenDirectives(Cursor c, int start, String label, List<Param> params) {
        Param p = firstQuoted(params, label.endsWith("Authorization") ? CREDENTIALS_TOKENS : CHALLENGE_TOKENS);
        if (p != null) {
            String name = p.name().toLowerCase(java.util.Locale.ROOT);
            c.problem(FindingCode.DIGEST_DIRECTIVE_QUOTED, authParamAt(c, start, p.name()), label + " writes "
                    + p.name() + "=" + p.value() + " in double quotes, but " + name + " is a token (RFC 3261 §25.1"
                    + (name.equals("qop") ? ": message-qop in credentials, unlike a challenge's quoted qop-options"
                    : "") + "); a stack that reads it by that rule may not recognise the value and fail the"
                    + " authentication: write " + p.name() + "=" + p.unquotedValue());
        }
    }

    /** Digest directives whose rule is a token: in a challenge, and in credentials (RFC 3261 §25.1). */
    private static final Set<String> CHALLENGE_TOKENS = Set.of("algorithm", "stale");
    private static final Set<String> CREDENTIALS_TOKENS = Set.of("algorithm", "stale", "nc", "qop");

    /**
     * Credentials that name a qop must carry the cnonce and the nonce-count the response was computed with (RFC 2617
     * §3.2.2, which RFC 3261 §22.4 follows: "cnonce ... MUST be specified if a qop directive is sent", and so must
     * nc); without them the server cannot check the response.
     */
    private static void digestQopCompanions(Cursor c, int start, String label, List<Param> params) {
        boolean cnonce = Params.has(params, "cnonce");
        boolean nc = Params.has(params, "nc");
        if (!cnonce || !nc) {
            String missing = !cnonce && !nc ? "cnonce and nc" : !cnonce ? "cnonce" : "nc";
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 2617 §3.2.2", start, label + " names qop="
                    + Params.value(params, "qop") + " but has no " + missing + "; with a qop the response is computed"
                    + " over cnonce and nc, so both must be sent or the server cannot check it");
        }
    }

    /**
     * nonce-count = "nc" EQUAL nc-value; nc-value = 8LHEX (RFC 3261 §25.1, after RFC 2617): the count goes into the
     * response digest as written, so a server that reads it as the grammar says refuses another form. A count in
     * double quotes, which some clients send, is checked on its content here (quotedTokenDirectives warns of the
     * quotes). auts = "auts" EQUAL LDQUOT
     * auts-value RDQUOT, auts-value the base64 of the AKA AUTS (RFC 3310 §3.4), which the home network needs to
     * resynchronise the sequence number; its length is left to the IMS decoder.
     */
    private static void nonceCountAndAuts(Cursor c, int start, String label, List<Param> params) {
        boolean ncSeen = false; // the first of each is checked: a finding looks its place up
        boolean autsSeen = false;
        for (Param p : params) {
            String v = p.value();
            if (v == null || v.isEmpty()) {
                continue;
            }
            if (!ncSeen && p.name().equalsIgnoreCase("nc")) {
                ncSeen = true;
                String count = p.unquotedValue();
                if (count.length() != 8 || !lowerHex(count, 0, 8)) {
                    c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 3261 §25.1", authParamAt(c, start, "nc"), label
                            + " nc " + Text.q(v) + " is not eight lower-case hex digits (nc-value = 8LHEX); it counts"
                            + " the requests made with this nonce and enters the response digest as written: send it"
                            + " like nc=00000001");
                }
            } else if (!autsSeen && p.name().equalsIgnoreCase("auts")) {
                autsSeen = true;
                if (quotedBase64(v)) {
                    continue;
                }
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, "RFC 3310 §3.4", authParamAt(c, start, "auts"), label
                        + " auts " + Text.q(v) + " is not base64 in double quotes (auts = \"auts\" EQUAL LDQUOT"
                        + " auts-value RDQUOT); the home network cannot read the resynchronisation token from it, so"
                        + " the AKA resynchronisation fails");
            }
        }
    }

    /** LDQUOT base64 RDQUOT: letters, digits, '+' and '/', then at most two '=' at the end. */
    private static boolean quotedBase64(String v) {
        int n = v.length();
        if (n < 3 || v.charAt(0) != '"' || v.charAt(n - 1) != '"') {
            return false;
        }
        int end = n - 1;
        int pad = 0;
        while (end > 1 && v.charAt(end - 1) == '=' && pad < 2) {
            end--;
            pad++;
        }
        for (int i = 1; i < end; i++) {
            char ch = v.charAt(i);
            if (!(Text.isAlpha(ch) || Text.isDigit(ch) || ch == '+' || ch == '/')) {
                return false;
            }
        }
        return end > 1;
    }

    /** Where the auth-param {@code name=} starts after {@code start}, a comma or a blank before it; looked up on a finding. */
    private static int authParamAt(Cursor c, int start, String name) {
        for (int i = indexOfIgnoreCase(c.s, name + "=", start, c.pos); i >= 0;
                i = indexOfIgnoreCase(c.s, name + "=", i + 1, c.pos)) {
            char before = i == 0 ? ' ' : c.s.charAt(i - 1);
            if (before == ',' || Text.isWsp(before)) {
                return i;
            }
        }
        return start;
    }

    /**
     * Digest parameters whose grammar is a quoted-string (RFC 3261 §25.1: username-value, realm-value, nonce-value,
     * digest-uri, request-digest, cnonce-value, opaque, domain); a token there is refused by strict stacks.
     */
    private static final Set<String> DIGEST_QUOTED = Set.of("username", "realm", "nonce", "uri", "response", "cnonce",
            "opaque", "domain");
    /** Authentication-Info: nextnonce, rspauth and cnonce are quoted (RFC 3261 §25.1). */
    private static final Set<String> AUTH_INFO_QUOTED = Set.of("nextnonce", "rspauth", "cnonce");

    /** ainfo *(COMMA ainfo): the parameters of Authentication-Info (RFC 3261 §20.6). */
    static List<Param> authenticationInfoParams(Cursor c, String label) {
        return authParams(c, label, AUTH_INFO_QUOTED);
    }

    /** The parameters written without the double quotes their grammar requires, and where the first one stands. */
    private static final class Unquoted {
        final List<String> params = new ArrayList<>(0);
        int firstAt = -1;
    }

    /** True when the last character before {@code at}, whitespace aside, is a comma. */
    private static boolean afterComma(Cursor c, int at) {
        int i = at;
        while (i > 0 && Text.isWsp(c.s.charAt(i - 1))) {
            i--;
        }
        return i > 0 && c.s.charAt(i - 1) == ',';
    }

    /** auth-param *(COMMA auth-param); auth-param = auth-param-name EQUAL ( token / quoted-string ) */
    static List<Param> authParams(Cursor c, String label, Set<String> quotedOnly) {
        Unquoted unquoted = new Unquoted();
        List<Param> params = authParams(c, label, quotedOnly, unquoted);
        if (!unquoted.params.isEmpty()) {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, unquoted.firstAt, label + " writes "
                    + Text.q(String.join(", ", unquoted.params)) + " without double quotes; these parameters are"
                    + " quoted-strings (RFC 3261 §25.1), so a strict server rejects the credentials: write them as"
                    + " name=\"value\"");
        }
        return params;
    }

    private static List<Param> authParams(Cursor c, String label, Set<String> quotedOnly, Unquoted unquoted) {
        List<Param> params = new ArrayList<>(8);
        while (true) {
            c.skipWs();
            int start = c.pos;
            String name = c.token();
            if (name == null) {
                if (c.more()) {
                    c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, label + " has an unreadable parameter at "
                            + Text.q(c.rest()));
                    c.pos = c.end;
                } else if (!params.isEmpty() && afterComma(c, start)) {
                    // only a comma came after the last parameter: auth-param *(COMMA auth-param) has no empty one
                    c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, label + " ends with a comma after its last"
                            + " parameter (" + Text.q(params.get(params.size() - 1).name()) + "); a strict parser"
                            + " expects another parameter there: remove the comma");
                }
                return params;
            }
            int afterName = c.pos;
            c.skipWs();
            if (!c.accept('=')) {
                // a token not followed by '=' is the scheme of the next challenge
                c.pos = start;
                if (params.isEmpty()) {
                    c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, label + " parameter " + Text.q(name)
                            + " has no '=value'");
                    c.pos = afterName;
                    params.add(new Param(name, null));
                    continue;
                }
                return params;
            }
            c.skipWs();
            int valueStart = c.pos;
            boolean quoted = c.at('"');
            String value = quoted ? c.quotedString() : authToken(c);
            if (!quoted && quotedOnly.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                unquoted.firstAt = unquoted.firstAt < 0 ? valueStart : unquoted.firstAt;
                unquoted.params.add(name + "=" + value);
            } else if (!quoted && !value.isEmpty() && !Text.isToken(value)) {
                // auth-param = auth-param-name EQUAL ( token / quoted-string ): "algorithm=MD5;" is neither
                c.problem(FindingCode.MALFORMED_HEADER_VALUE, valueStart, label + " parameter " + Text.q(name)
                        + " has the value " + Text.q(value) + ", which is neither a token nor a quoted-string"
                        + " (parameters are separated by commas, not semicolons)");
            }
            params.add(new Param(name, value));
            c.skipWs();
            if (!c.accept(',')) {
                if (c.more()) {
                    c.problem(FindingCode.MALFORMED_HEADER_VALUE, c.pos, label + " parameters must be separated by commas, found "
                            + Text.q(c.rest()));
                    c.pos = c.end;
                }
                return params;
            }
        }
    }

    private static String authToken(Cursor c) {
        int start = c.pos;
        while (c.more()) {
            char ch = c.peek();
            if (ch == ',' || ch == ' ' || ch == '\t') {
                break;
            }
            c.pos++;
        }
        return c.s.substring(start, c.pos);
    }

    private static final String[] WKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    /** rfc1123-date = wkday "," SP date1 SP time SP "GMT"; date1 = 2DIGIT SP month SP 4DIGIT; time = 2DIGIT ":" 2DIGIT ":" 2DIGIT */
    static HeaderValue rfc1123Date(Cursor c, String label) {
        String v = c.s.substring(c.pos, c.end).trim();
        c.pos = c.end;
        String[] parts = v.split(" ", -1);
        boolean shape = parts.length == 6 && parts[0].length() == 4 && parts[0].endsWith(",")
                && contains(WKDAYS, parts[0].substring(0, 3)) && parts[1].length() == 2 && isDigits(parts[1])
                && contains(MONTHS, parts[2]) && parts[3].length() == 4 && isDigits(parts[3]) && isTime(parts[4]);
        if (shape && parts[5].equalsIgnoreCase("GMT")) {
            return new TextValue(v);
        }
        if (parts.length >= 5 && !parts[parts.length - 1].equalsIgnoreCase("GMT")) {
            c.problem(FindingCode.DATE_NOT_GMT, 0, "date " + Text.q(v)
                    + " is not in GMT; SIP dates are rfc1123-date ending in GMT, such as 'Sat, 13 Nov 2010 23:29:00 GMT'");
        } else {
            c.problem(FindingCode.MALFORMED_HEADER_VALUE, 0, "date " + Text.q(v)
                    + " is not an rfc1123-date such as 'Sat, 13 Nov 2010 23:29:00 GMT'");
        }
        return new TextValue(v);
    }

    /** ABNF literals ("Mon", "Jan", "GMT") match in any case (RFC 5234 §2.3). */
    private static boolean contains(String[] set, String s) {
        for (String x : set) {
            if (x.equalsIgnoreCase(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigits(String s) {
        return Text.parseDigits(s, 0, s.length()) >= 0;
    }

    private static boolean isTime(String t) {
        return t.length() == 8 && t.charAt(2) == ':' && t.charAt(5) == ':' && isDigits(t.substring(0, 2))
                && isDigits(t.substring(3, 5)) && isDigits(t.substring(6, 8));
    }

    private static HeaderValue malformedElement(Cursor c, int start, String what, String problem) {
        c.skipToElementEnd();
        String raw = c.s.substring(start, c.pos).trim();
        c.problem(FindingCode.MALFORMED_HEADER_VALUE, start, what + " " + Text.q(raw) + " " + problem);
        return new MalformedValue(raw, problem);
    }

    private static String elementText(Cursor c, int start) {
        int save = c.pos;
        c.pos = start;
        c.skipToElementEnd();
        String t = c.s.substring(start, c.pos).trim();
        c.pos = save;
        return t;
    }
}
