package dev.sigref.sip;

import java.util.List;

/**
 * Rules that hold for one method or one status code only: the headers RFC 3261 and its extensions (100rel, events,
 * REFER, PUBLISH, session timers) make mandatory there, and the Contact forms a dialog or a registration allows.
 */
final class MethodRules {
    private MethodRules() {
    }

    private static final long MIN_SESSION_INTERVAL = 90;

    private static final int CONTACT = HeaderCatalog.id("Contact");
    private static final int CSEQ = HeaderCatalog.id("CSeq");
    private static final int EXPIRES = HeaderCatalog.id("Expires");
    private static final int ALLOW = HeaderCatalog.id("Allow");
    private static final int UNSUPPORTED = HeaderCatalog.id("Unsupported");
    private static final int REQUIRE = HeaderCatalog.id("Require");
    private static final int ACCEPT = HeaderCatalog.id("Accept");
    private static final int ACCEPT_ENCODING = HeaderCatalog.id("Accept-Encoding");
    private static final int ACCEPT_LANGUAGE = HeaderCatalog.id("Accept-Language");
    private static final int MIN_EXPIRES = HeaderCatalog.id("Min-Expires");
    private static final int MIN_SE = HeaderCatalog.id("Min-SE");
    private static final int SESSION_EXPIRES = HeaderCatalog.id("Session-Expires");
    private static final int RACK = HeaderCatalog.id("RAck");
    private static final int RSEQ = HeaderCatalog.id("RSeq");
    private static final int EVENT = HeaderCatalog.id("Event");
    private static final int SUBSCRIPTION_STATE = HeaderCatalog.id("Subscription-State");
    private static final int REFER_TO = HeaderCatalog.id("Refer-To");
    private static final int REPLACES = HeaderCatalog.id("Replaces");
    private static final int SIP_ETAG = HeaderCatalog.id("SIP-ETag");
    private static final int SIP_IF_MATCH = HeaderCatalog.id("SIP-If-Match");
    private static final int P_CHARGING_VECTOR = HeaderCatalog.id("P-Charging-Vector");
    private static final int P_ASSERTED_IDENTITY = HeaderCatalog.id("P-Asserted-Identity");
    private static final int P_PREFERRED_IDENTITY = HeaderCatalog.id("P-Preferred-Identity");

    /**
     * @param firstById the first header line of each known name, by catalogue id
     * @param headers   every header line, for the rules that read all lines of a list header
     */
    static void check(StartLine start, int startLine, Header[] firstById, List<Header> headers, FindingList f) {
        if (start.kind() == SipMessage.Kind.REQUEST) {
            request(start.method(), startLine, firstById, f);
        } else {
            response(start.statusCode(), startLine, firstById, headers, f);
        }
        placement(start, firstById, f);
        contacts(start, firstById, headers, f);
        replaces(firstById, f);
        chargingVector(firstById, f);
        if (firstById[P_ASSERTED_IDENTITY] != null) {
            identities(P_ASSERTED_IDENTITY, "RFC 3325 §9.1", headers, f);
        }
        if (firstById[P_PREFERRED_IDENTITY] != null) {
            identities(P_PREFERRED_IDENTITY, "RFC 3325 §9.2", headers, f);
        }
        if (start.statusCode() != 422) {
            // a 422 states the server's Min-SE and may echo the Session-Expires it refused
            sessionTimer(firstById, f);
        }
    }

    /**
     * Headers that the tables of their RFCs allow in one kind of message only: RSeq in 1xx (RFC 3262 §7.1, with a
     * code of its own), RAck in PRACK (RFC 3262 §7.2),
     * Subscription-State in NOTIFY (RFC 6665 §8.2.3), Refer-To in REFER (RFC 3515 §2.1), SIP-If-Match in PUBLISH and
     * SIP-ETag in a 2xx to PUBLISH (RFC 3903 §11.3). Elsewhere the receiver ignores them, so what the sender meant by
     * them is lost: usually a header copied from the wrong template.
     */
    private static void placement(StartLine start, Header[] first, FindingList f) {
        boolean request = start.kind() == SipMessage.Kind.REQUEST;
        String method = request ? start.method()
                : first[CSEQ] != null && first[CSEQ].value() instanceof CSeqValue c ? c.method() : null;
        String what = request ? start.method() + " request" : start.statusCode() + " response";
        Header rseq = first[RSEQ];
        if (rseq != null && (request || start.statusCode() >= 200)) {
            f.onHeader(FindingCode.RSEQ_OUTSIDE_PROVISIONAL_RESPONSE, rseq, what + " carries RSeq "
                    + Text.q(rseq.rawValue()) + ", which only a provisional response sent reliably carries (RFC 3262"
                    + " §7.1, whose table allows it in 1xx only); the receiver ignores it here"
                    + (request ? ", and a PRACK acknowledges a response with RAck"
                    : ", as final responses are not acknowledged with PRACK"));
        }
        outOfPlace(first[RACK], request && "PRACK".equals(method), what, "a PRACK request", "RFC 3262 §7.2", f);
        outOfPlace(first[SUBSCRIPTION_STATE], request && "NOTIFY".equals(method), what, "a NOTIFY request",
                "RFC 6665 §8.2.3", f);
        outOfPlace(first[REFER_TO], request && "REFER".equals(method), what, "a REFER request", "RFC 3515 §2.1", f);
        outOfPlace(first[SIP_IF_MATCH], request && "PUBLISH".equals(method), what, "a PUBLISH request",
                "RFC 3903 §11.3.2", f);
        outOfPlace(first[SIP_ETAG], !request && start.statusCode() / 100 == 2 && "PUBLISH".equals(method), what,
                "a 2xx response to PUBLISH", "RFC 3903 §11.3.1", f);
    }

    private static void outOfPlace(Header h, boolean allowed, String what, String where, String reference,
            FindingList f) {
        if (h != null && !allowed) {
            // the clause is RFC 3261 §20's "where" column, which the extension's own table continues
            f.onHeader(FindingCode.HEADER_OUT_OF_PLACE, h, what + " carries " + h.canonicalName() + " "
                    + Text.q(h.rawValue()) + ", which only " + where + " carries (the header table of " + reference
                    + "); the receiver ignores it here, so whatever the sender meant by it is lost");
        }
    }

    /**
     * Replaces, and a Replaces header embedded in a Refer-To URI (escaped, as a transfer writes it), must name the
     * dialog by Call-ID with exactly one to-tag and one from-tag (RFC 3891 §6.1), or the target cannot find it.
     */
    private static void replaces(Header[] first, FindingList f) {
        Header replaces = first[REPLACES];
        if (replaces != null && replaces.value() instanceof GenericValue g) {
            String wrong = tagsProblem(g.params());
            if (wrong != null) {
                f.onHeader(FindingCode.REPLACES_TAGS, replaces, "Replaces " + Text.q(replaces.rawValue()) + " " + wrong
                        + "; RFC 3891 §6.1 requires exactly one to-tag and one from-tag, or the dialog cannot be found");
            }
        }
        Header referTo = first[REFER_TO];
        if (referTo != null && referTo.value() instanceof NameAddr na && na.uri() instanceof SipUri uri) {
            for (Param h : uri.headers()) {
                if (h.name().equalsIgnoreCase("Replaces") && h.value() != null) {
                    String embedded = h.decodedValue();
                    // read as the Replaces header it stands for; its own syntax faults are not this header's
                    List<HeaderValue> parsed = HeaderGrammar.value(HeaderCatalog.lookup("Replaces"), "Replaces",
                            embedded, (code, reference, offset, message) -> { });
                    List<Param> params = !parsed.isEmpty() && parsed.get(0) instanceof GenericValue g ? g.params()
                            : List.of();
                    String wrong = tagsProblem(params);
                    if (wrong != null) {
                        f.onHeader(FindingCode.REPLACES_TAGS, referTo, "the Replaces embedded in Refer-To ("
                                + Text.q(embedded) + ", unescaped) " + wrong + "; RFC 3891 §6.1 requires exactly one"
                                + " to-tag and one from-tag, or the transfer target cannot find the dialog");
                    }
                }
            }
        }
    }

    /**
     * "There may be one or two P-Asserted-Identity values. [...] If there are two values, one value MUST be a sip or
     * sips URI and the other MUST be a tel URI" (RFC 3325 §9.1, and the same of P-Preferred-Identity in §9.2): a
     * network asserts one identity, written at most once in each form. Values are counted over every header line.
     */
    private static void identities(int id, String clause, List<Header> headers, FindingList f) {
        int sip = 0;
        int tel = 0;
        Header first = null;
        for (Header h : headers) {
            HeaderCatalog.Def def = HeaderCatalog.of(h);
            if (def == null || def.id() != id) {
                continue;
            }
            first = first == null ? h : first;
            for (HeaderValue v : h.parsed()) {
                if (v instanceof NameAddr na) {
                    if (na.uri() instanceof TelUri) {
                        tel++;
                    } else {
                        sip++;
                    }
                }
            }
        }
        if (sip + tel > 2 || sip == 2 || tel == 2) {
            f.onHeader(FindingCode.MALFORMED_HEADER_VALUE, clause, first, first.canonicalName() + " holds " + (sip + tel)
                    + " identities (" + sip + " sip or other URI, " + tel + " tel); " + clause + " allows one, or two"
                    + " when one is a sip or sips URI and the other a tel URI of the same user");
        }
    }

    /**
     * P-Charging-Vector = "P-Charging-Vector" HCOLON icid-value *(SEMI charge-params), icid-value = "icid-value" EQUAL
     * gen-value (RFC 7315 §4.6): without its icid-value the charging records of the call cannot be correlated.
     */
    private static void chargingVector(Header[] first, FindingList f) {
        Header pcv = first[P_CHARGING_VECTOR];
        if (pcv == null || !(pcv.value() instanceof GenericValue g) || pcv.rawValue().isBlank()) {
            return;
        }
        Param head = g.value() == null && !g.params().isEmpty() ? g.params().get(0)
                : "icid-value".equalsIgnoreCase(g.value()) ? new Param(g.value(), null) : null;
        if (head == null || !head.name().equalsIgnoreCase("icid-value")) {
            f.onHeader(FindingCode.MALFORMED_HEADER_VALUE, "RFC 7315 §4.6", pcv, "P-Charging-Vector "
                    + Text.q(pcv.rawValue()) + " does not start with icid-value=...; RFC 7315 §4.6 makes the icid-value its first and mandatory"
                    + " part, the identifier every charging record of the session carries");
        } else if (head.value() == null || head.value().isEmpty()) {
            f.drop(FindingCode.MALFORMED_HEADER_VALUE, pcv.line()); // the grammar's "has '=' but no value" says less
            f.onHeader(FindingCode.MALFORMED_HEADER_VALUE, "RFC 7315 §4.6", pcv, "P-Charging-Vector "
                    + Text.q(pcv.rawValue()) + " has an icid-value without a value; RFC 7315 §4.6 requires icid-value=<gen-value>");
        }
    }

    /** What is wrong with the to-tag and from-tag of a Replaces value, or null. */
    private static String tagsProblem(List<Param> params) {
        int to = 0;
        int from = 0;
        for (Param p : params) {
            if (p.name().equalsIgnoreCase("to-tag")) {
                to++;
            } else if (p.name().equalsIgnoreCase("from-tag")) {
                from++;
            }
        }
        if (to == 1 && from == 1) {
            return null;
        }
        String toWrong = to == 1 ? null : to == 0 ? "has no to-tag" : "has " + to + " to-tag parameters";
        String fromWrong = from == 1 ? null : from == 0 ? "has no from-tag" : "has " + from + " from-tag parameters";
        return toWrong == null ? fromWrong : fromWrong == null ? toWrong : toWrong + " and " + fromWrong.substring(4);
    }

    private static void request(String method, int startLine, Header[] first, FindingList f) {
        switch (method) {
            case "PRACK" -> need(first, RACK, FindingCode.MISSING_RACK, startLine, f, "PRACK has no RAck; it must"
                    + " name the reliable provisional response it acknowledges (RAck: <RSeq> <CSeq number> <method>)");
            case "SUBSCRIBE" -> need(first, EVENT, FindingCode.MISSING_EVENT, startLine, f, "SUBSCRIBE has no Event;"
                    + " it names exactly one event package (Event: reg, presence, dialog...), without it the notifier"
                    + " cannot tell which state is asked for");
            case "NOTIFY" -> {
                need(first, EVENT, FindingCode.MISSING_EVENT, startLine, f, "NOTIFY has no Event; it names the event"
                        + " package of the subscription it reports on, without it the subscriber cannot match it to"
                        + " a subscription");
                need(first, SUBSCRIPTION_STATE, FindingCode.MISSING_SUBSCRIPTION_STATE, startLine, f, "NOTIFY has"
                        + " no Subscription-State; it must say whether the subscription is active, pending or"
                        + " terminated");
            }
            case "PUBLISH" -> need(first, EVENT, FindingCode.PUBLISH_WITHOUT_EVENT, startLine, f, "PUBLISH has no"
                    + " Event; the event state compositor needs the event package (Event: presence...) the state"
                    + " belongs to");
            case "REFER" -> need(first, REFER_TO, FindingCode.MISSING_REFER_TO, startLine, f, "REFER has no"
                    + " Refer-To; it must carry exactly one Refer-To naming the resource to contact, the recipient"
                    + " answers 400 without it");
            default -> {
            }
        }
    }

    private static void response(int code, int startLine, Header[] first, List<Header> headers, FindingList f) {
        switch (code) {
            case 405 -> need(first, ALLOW, FindingCode.MISSING_ALLOW, startLine, f, "405 response has no Allow;"
                    + " the UAS must list the methods it supports so that the UAC can choose another");
            case 420 -> need(first, UNSUPPORTED, FindingCode.MISSING_UNSUPPORTED, startLine, f, "420 response has no"
                    + " Unsupported; the UAS must name the option tags of the request's Require it does not"
                    + " understand, or the UAC cannot tell which extension to drop");
            case 421 -> need(first, REQUIRE, FindingCode.MISSING_REQUIRE, startLine, f, "421 response has no"
                    + " Require; it must name the extension the UAS needs (e.g. Require: 100rel), or the UAC cannot"
                    + " retry with it");
            case 423 -> need(first, MIN_EXPIRES, FindingCode.MISSING_MIN_EXPIRES, startLine, f, "423 response has no"
                    + " Min-Expires; it must state the shortest expiration the server accepts, which the UAC"
                    + " needs to retry");
            case 422 -> need(first, MIN_SE, FindingCode.MISSING_MIN_SE, startLine, f, "422 response has no Min-SE;"
                    + " it must state the smallest session interval the element accepts, which the UAC copies"
                    + " into Min-SE and Session-Expires when it retries");
            case 415 -> {
                if (first[ACCEPT] == null && first[ACCEPT_ENCODING] == null && first[ACCEPT_LANGUAGE] == null) {
                    f.onLine(FindingCode.MISSING_ACCEPT, startLine, "415 response has none of Accept,"
                            + " Accept-Encoding and Accept-Language; it must list the body types (or encodings, or"
                            + " languages) the UAS understands, whichever the request got wrong");
                }
            }
            default -> {
            }
        }
        if (code > 100 && code < 200) {
            boolean reliable = hasOptionTag(headers, "Require", "100rel");
            if (reliable && (first[RSEQ] == null || first[RSEQ].rawValue().isEmpty())) {
                f.onLine(FindingCode.MISSING_RSEQ, startLine, code + " response requires 100rel (sent reliably) but"
                        + " has no RSeq; the UAC cannot build the RAck of its PRACK without it");
            } else if (!reliable && first[RSEQ] != null) {
                f.onHeader(FindingCode.RSEQ_WITHOUT_100REL, first[RSEQ], code + " response carries RSeq "
                        + Text.q(first[RSEQ].rawValue()) + " but no 'Require: 100rel'; a response sent reliably must"
                        + " have both (RFC 3262 §3): if the UAS meant it reliable, the UAC takes it as unreliable and"
                        + " sends no PRACK, so the UAS retransmits it and may end the call");
            }
        }
    }

    private static void need(Header[] first, int id, FindingCode code, int startLine, FindingList f, String message) {
        if (first[id] == null) {
            f.onLine(code, startLine, message);
        }
    }

    private static boolean hasOptionTag(List<Header> headers, String name, String tag) {
        for (Header h : headers) {
            if (!h.canonicalName().equals(name)) {
                continue;
            }
            for (HeaderValue v : h.parsed()) {
                if (v instanceof OptionTag t && t.tag().equalsIgnoreCase(tag)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Contact "*" removes every binding of a REGISTER and means nothing elsewhere (RFC 3261 §10.2.2, §10.3 step 6);
     * a request that can create a dialog gives the peer one SIP or SIPS URI as remote target (§8.1.1.8).
     */
    private static void contacts(StartLine start, Header[] first, List<Header> headers, FindingList f) {
        if (first[CONTACT] == null) {
            return;
        }
        int count = 0;
        Header wildcard = null;
        Header notSip = null;
        String notSipUri = null;
        for (Header h : headers) {
            if (!h.canonicalName().equals("Contact")) {
                continue;
            }
            for (HeaderValue v : h.parsed()) {
                if (!(v instanceof ContactValue c)) {
                    continue;
                }
                count++;
                if (c.wildcard()) {
                    wildcard = wildcard == null ? h : wildcard;
                } else if (notSip == null && c.uri() != null && !c.uri().scheme().equals("sip")
                        && !c.uri().scheme().equals("sips")) {
                    notSip = h;
                    notSipUri = c.uri().raw();
                }
            }
        }
        boolean request = start.kind() == SipMessage.Kind.REQUEST;
        String method = request ? start.method() : null;
        if (wildcard != null) {
            wildcard(method, wildcard, count, first[EXPIRES], f);
            return;
        }
        if (!request) {
            dialogResponseContact(start.statusCode(), first, count, notSip, notSipUri, f);
            return;
        }
        if (!MessageRules.DIALOG_CREATING.contains(method)) {
            return;
        }
        if (count > 1) {
            Header h = first[CONTACT];
            f.onHeader(FindingCode.CONTACT_NOT_SINGLE_SIP_URI, h, method + " carries " + count + " Contact"
                    + " values; a request that can create a dialog gives exactly one, the remote target of the"
                    + " dialog (several contacts belong in REGISTER or a 3xx)");
        } else if (notSip != null) {
            f.onHeader(FindingCode.CONTACT_NOT_SINGLE_SIP_URI, notSip, method + " contact "
                    + Text.q(notSipUri) + " is not a SIP or SIPS URI; the peer sends its in-dialog requests there,"
                    + " so it must be a sip: or sips: URI (a tel: number goes in P-Asserted-Identity or From)");
        }
    }

    /**
     * A 101-299 response to INVITE, SUBSCRIBE or REFER creates the dialog (early or confirmed) on the UAC's side, which
     * takes the Contact as its remote target: one SIP or SIPS URI (RFC 3261 §12.1.1).
     */
    private static void dialogResponseContact(int code, Header[] first, int count, Header notSip, String notSipUri,
            FindingList f) {
        String method = first[CSEQ] != null && first[CSEQ].value() instanceof CSeqValue c ? c.method() : null;
        if (code <= 100 || code >= 300 || method == null || method.equals("NOTIFY")
                || !MessageRules.DIALOG_CREATING.contains(method)) {
            return;
        }
        if (count > 1) {
            f.onHeader(FindingCode.DIALOG_RESPONSE_CONTACT_NOT_SINGLE_SIP_URI, first[CONTACT], code
                    + " response to " + method + " carries " + count + " Contact values; the dialog it creates has one"
                    + " remote target, so the UAS gives exactly one");
        } else if (notSip != null) {
            f.onHeader(FindingCode.DIALOG_RESPONSE_CONTACT_NOT_SINGLE_SIP_URI, notSip, code + " response to "
                    + method + " has contact " + Text.q(notSipUri) + ", not a SIP or SIPS URI; the UAC sends ACK, BYE"
                    + " and every in-dialog request there, so it must be a sip: or sips: URI");
        }
    }

    private static void wildcard(String method, Header contact, int count, Header expires, FindingList f) {
        if (!"REGISTER".equals(method)) {
            f.onHeader(FindingCode.CONTACT_WILDCARD_MISUSE, contact, "Contact '*' in "
                    + (method == null ? "a response" : method) + "; '*' only exists in REGISTER,"
                    + " where it removes every binding of the address of record");
        } else if (count > 1) {
            f.onHeader(FindingCode.CONTACT_WILDCARD_MISUSE, contact, "REGISTER mixes Contact '*' with " + (count - 1)
                    + " other contact" + (count > 2 ? "s" : "") + "; '*' must stand alone, a registrar answers 400");
        } else if (expires == null || !(expires.value() instanceof NumberValue n) || n.value() != 0) {
            f.onHeader(FindingCode.CONTACT_WILDCARD_MISUSE, contact, "REGISTER with Contact '*' "
                    + (expires == null ? "has no Expires" : "has Expires " + Text.q(expires.rawValue()))
                    + "; removing every binding needs 'Expires: 0', a registrar answers 400 otherwise");
        }
    }

    /**
     * RFC 4028 §5: Min-SE MUST NOT be below 90 s (an error). A Session-Expires below 90 s or below its own Min-SE is
     * not forbidden in those words but is refused with 422 by every element that applies the timer (a warning).
     */
    private static void sessionTimer(Header[] first, FindingList f) {
        long minSe = -1;
        Header minSeHeader = first[MIN_SE];
        if (minSeHeader != null && minSeHeader.value() instanceof DeltaSecondsValue m) {
            minSe = m.seconds();
            if (minSe < MIN_SESSION_INTERVAL) {
                f.onHeader(FindingCode.MIN_SE_TOO_SMALL, minSeHeader, "min-se " + minSe + " is below 90"
                        + " seconds, the smallest session interval RFC 4028 allows; send Min-SE: 90 or more");
            }
        }
        Header se = first[SESSION_EXPIRES];
        if (se != null && se.value() instanceof DeltaSecondsValue s) {
            String refresher = s.param("refresher");
            if (refresher != null && !refresher.isEmpty() && !refresher.equalsIgnoreCase("uac")
                    && !refresher.equalsIgnoreCase("uas")) {
                f.onHeader(FindingCode.MALFORMED_HEADER_VALUE, "RFC 4028 §4", se, "session-expires refresher "
                        + Text.q(refresher) + " is neither uac nor uas (RFC 4028 §4); the side that refreshes the"
                        + " session must be named, or neither side sends the refresh and the session times out");
            }
            if (s.seconds() < MIN_SESSION_INTERVAL) {
                f.onHeader(FindingCode.SESSION_INTERVAL_TOO_SMALL, se, "session-expires " + s.seconds()
                        + " is below 90 seconds, the smallest Min-SE any element may have: an element that supports"
                        + " session timers answers 422 Session Interval Too Small");
            } else if (minSe >= MIN_SESSION_INTERVAL && s.seconds() < minSe) {
                f.onHeader(FindingCode.SESSION_INTERVAL_TOO_SMALL, se, "session-expires " + s.seconds()
                        + " is below the min-se " + minSe + " of the same message; the session interval may not"
                        + " be shorter than the Min-SE it announces");
            }
        }
    }
}
