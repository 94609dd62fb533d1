package dev.sigref.sip;

import java.util.List;
import java.util.Set;

/** Rules that need the whole message: mandatory headers, CSeq versus method, tags, branches, single-value headers. */
final class MessageRules {
    private MessageRules() {
    }

    /** Requests that can create a dialog (RFC 3261 §12.1, RFC 3515, RFC 6665 §4.4.1): they carry one Contact. */
    static final Set<String> DIALOG_CREATING = Set.of("INVITE", "SUBSCRIBE", "REFER", "NOTIFY");

    private static final int VIA = HeaderCatalog.id("Via");
    private static final int FROM = HeaderCatalog.id("From");
    private static final int TO = HeaderCatalog.id("To");
    private static final int CALL_ID = HeaderCatalog.id("Call-ID");
    private static final int CSEQ = HeaderCatalog.id("CSeq");
    private static final int MAX_FORWARDS = HeaderCatalog.id("Max-Forwards");
    private static final int CONTACT = HeaderCatalog.id("Contact");
    private static final int CONTENT_TYPE = HeaderCatalog.id("Content-Type");
    private static final int WWW_AUTHENTICATE = HeaderCatalog.id("WWW-Authenticate");
    private static final int PROXY_AUTHENTICATE = HeaderCatalog.id("Proxy-Authenticate");

    /** The first header of each known name, by catalogue id. */
    private record First(Header[] byId) {
        Header get(int id) {
            return byId[id];
        }

        boolean has(int id) {
            return byId[id] != null;
        }
    }

    static void check(StartLine start, int startLine, List<Header> headers, Body body, int bodyStart, FindingList f) {
        // indexed by catalogue id: the first line of each known header
        Header[] firstById = new Header[HeaderCatalog.size()];
        boolean[] reported = new boolean[HeaderCatalog.size()];
        for (Header h : headers) {
            HeaderCatalog.Def def = HeaderCatalog.of(h);
            if (def == null) {
                continue;
            }
            Header seen = firstById[def.id()];
            if (seen == null) {
                firstById[def.id()] = h;
            } else if (!def.list() && def.kind() != HeaderCatalog.Kind.AUTH && !reported[def.id()]) {
                reported[def.id()] = true;
                duplicate(h, seen, f);
            }
        }
        First first = new First(firstById);
        boolean request = start.kind() == SipMessage.Kind.REQUEST;
        mandatory(first, VIA, "Via", FindingCode.MISSING_VIA, start, startLine, f);
        mandatory(first, FROM, "From", FindingCode.MISSING_FROM, start, startLine, f);
        mandatory(first, TO, "To", FindingCode.MISSING_TO, start, startLine, f);
        mandatory(first, CALL_ID, "Call-ID", FindingCode.MISSING_CALL_ID, start, startLine, f);
        mandatory(first, CSEQ, "CSeq", FindingCode.MISSING_CSEQ, start, startLine, f);
        boolean rfc2543 = request && rfc2543(first);
        if (request && !rfc2543) {
            mandatory(first, MAX_FORWARDS, "Max-Forwards", FindingCode.MISSING_MAX_FORWARDS, start, startLine, f);
        }
        Header cseqHeader = first.get(CSEQ);
        CSeqValue cseq = cseqHeader != null && cseqHeader.value() instanceof CSeqValue c ? c : null;
        if (request) {
            requestRules(start, startLine, first, cseqHeader, cseq, rfc2543, f);
        } else {
            responseRules(start, startLine, first, cseqHeader, cseq, f);
        }
        if (rfc2543) {
            rfc2543Omissions(start, startLine, first, f);
        } else {
            tags(start, first, f);
        }
        branches(headers, f);
        MethodRules.check(start, startLine, firstById, headers, f);
        if (!(body instanceof EmptyBody) && !first.has(CONTENT_TYPE)) {
            f.at(FindingCode.MISSING_CONTENT_TYPE, bodyStart, "the message has a body but no content-type;"
                    + " the receiver cannot tell how to read it, add Content-Type (e.g. application/sdp)");
        }
    }

    private static void duplicate(Header second, Header firstSeen, FindingList f) {
        f.onHeader(FindingCode.DUPLICATE_HEADER, second, second.canonicalName().toLowerCase(java.util.Locale.ROOT)
                + " appears again at line " + second.line() + " (first at line " + firstSeen.line() + ", "
                + Text.q(firstSeen.rawValue()) + " then " + Text.q(second.rawValue())
                + "); it takes a single value, send it once");
    }

    private static void mandatory(First first, int id, String name, FindingCode code, StartLine start,
            int startLine, FindingList f) {
        boolean missing = !first.has(id);
        if (!missing && !first.get(id).rawValue().isEmpty()) {
            return;
        }
        String what = start.kind() == SipMessage.Kind.REQUEST ? start.method() + " request"
                : start.statusCode() + " response";
        String rule = start.kind() == SipMessage.Kind.REQUEST
                ? "RFC 3261 §8.1.1 makes it mandatory in every request"
                : "a response copies it from the request, where it is mandatory (RFC 3261 §8.2.6.2, §8.1.1)";
        if (missing) {
            f.onLine(code, startLine, what + " has no " + name + " header; " + rule);
        } else {
            // an empty header says nothing a receiver can use: to it the header is missing
            f.onHeader(code, first.get(id), what + " has a " + name + " header with no value; " + rule + ", with a value");
        }
    }

    private static void requestRules(StartLine start, int startLine, First first, Header cseqHeader,
            CSeqValue cseq, boolean rfc2543, FindingList f) {
        String method = start.method();
        if (cseq != null && !cseq.method().equals(method)) {
            String why;
            if (method.equals("CANCEL")) {
                why = "; a CANCEL carries the CSeq number of the INVITE it cancels but the method CANCEL (RFC 3261 §9.1)";
            } else if (method.equals("ACK")) {
                why = "; an ACK carries the CSeq number of the INVITE it acknowledges but the method ACK"
                        + " (RFC 3261 §17.1.1.3)";
            } else {
                why = "; the CSeq method must equal the request method";
            }
            f.onHeader(FindingCode.CSEQ_METHOD_MISMATCH, cseqHeader, "request method " + method
                    + " but cseq " + Text.q(cseqHeader.rawValue()) + why);
        }
        if (DIALOG_CREATING.contains(method) && !rfc2543 && !first.has(CONTACT)) {
            f.onLine(FindingCode.MISSING_CONTACT, startLine, method + " request has no Contact; a request that can create a"
                    + " dialog must carry exactly one SIP or SIPS URI in Contact (RFC 3261 §8.1.1.8)");
        } else if (DIALOG_CREATING.contains(method) && !rfc2543 && first.get(CONTACT).rawValue().isEmpty()) {
            f.drop(FindingCode.EMPTY_HEADER_VALUE, first.get(CONTACT).line());
            f.onHeader(FindingCode.MISSING_CONTACT, first.get(CONTACT), method + " request has an empty Contact; a"
                    + " request that can create a dialog must carry exactly one SIP or SIPS URI in Contact"
                    + " (RFC 3261 §8.1.1.8)");
        }
    }

    private static void responseRules(StartLine start, int startLine, First first, Header cseqHeader, CSeqValue cseq,
            FindingList f) {
        int code = start.statusCode();
        if (cseq != null && cseq.method().equals("ACK")) {
            f.onHeader(FindingCode.RESPONSE_TO_ACK, cseqHeader, "response " + code + " answers cseq "
                    + Text.q(cseqHeader.rawValue()) + "; ACK is never answered with a response");
        }
        if (cseq != null && code >= 200 && code < 300 && (cseq.method().equals("INVITE"))
                && !first.has(CONTACT)) {
            f.onLine(FindingCode.MISSING_CONTACT, startLine, code + " response to INVITE has no Contact; a 2xx that"
                    + " establishes a dialog must carry the UAS's Contact (RFC 3261 §12.1.1)");
        } else if (cseq != null && code >= 200 && code < 300 && cseq.method().equals("INVITE")
                && first.get(CONTACT).rawValue().isEmpty()) {
            f.drop(FindingCode.EMPTY_HEADER_VALUE, first.get(CONTACT).line());
            f.onHeader(FindingCode.MISSING_CONTACT, first.get(CONTACT), code + " response to INVITE has an empty"
                    + " Contact; a 2xx that establishes a dialog must carry the UAS's Contact (RFC 3261 §12.1.1)");
        }
        if (code == 401 && !first.has(WWW_AUTHENTICATE)) {
            f.onLine(FindingCode.MISSING_AUTHENTICATE, startLine, "401 response has no WWW-Authenticate; the UAC cannot"
                    + " answer the challenge (RFC 3261 §21.4.2)");
        }
        if (code == 407 && !first.has(PROXY_AUTHENTICATE)) {
            f.onLine(FindingCode.MISSING_AUTHENTICATE, startLine, "407 response has no Proxy-Authenticate; the UAC cannot"
                    + " answer the challenge (RFC 3261 §21.4.8)");
        }
    }

    /**
     * Methods that only exist inside a dialog: their To always carries the remote tag. NOTIFY is left out: voicemail
     * servers send unsolicited message-summary NOTIFYs outside any subscription.
     */
    private static final java.util.Set<String> IN_DIALOG_ONLY = java.util.Set.of("BYE", "ACK", "PRACK", "UPDATE",
            "INFO");

    private static void tags(StartLine start, First first, FindingList f) {
        Header from = first.get(FROM);
        if (from != null && from.value() instanceof NameAddr na && na.tag() == null && !mentionsTag(from)) {
            f.onHeader(FindingCode.MISSING_FROM_TAG, from, "from " + Text.q(from.rawValue())
                    + " has no tag; every request must put a fresh ;tag= in From (RFC 3261 §8.1.1.3)"
                    + (start.kind() == SipMessage.Kind.RESPONSE ? ", and a response copies the request's From" : ""));
        }
        Header to = first.get(TO);
        if (start.kind() == SipMessage.Kind.REQUEST && IN_DIALOG_ONLY.contains(start.method()) && to != null
                && to.value() instanceof NameAddr na && na.tag() == null && !mentionsTag(to)) {
            f.onHeader(FindingCode.IN_DIALOG_REQUEST_WITHOUT_TO_TAG, to, start.method().equals("ACK")
                    ? "ACK has to " + Text.q(to.rawValue()) + " without tag; an ACK copies To, tag included, from the"
                    + " final response it acknowledges (RFC 3261 §17.1.1.3 for non-2xx, the dialog's remote tag for"
                    + " 2xx, §13.2.2.4): the UAS cannot match it, and keeps retransmitting its response"
                    : start.method() + " has to " + Text.q(to.rawValue()) + " without tag; " + start.method()
                    + " is only sent inside a dialog (or an early one), and a request inside a dialog carries the"
                    + " remote tag in To (RFC 3261 §12.2.1.1; only a peer that gave no tag, an RFC 2543 element, is"
                    + " sent none): the receiver cannot match it to its dialog and answers 481");
        }
        if (start.kind() == SipMessage.Kind.RESPONSE && start.statusCode() > 100 && to != null
                && to.value() instanceof NameAddr na && na.tag() == null && !mentionsTag(to)) {
            if (cancel(first)) {
                // stateful proxies answer CANCEL hop by hop, often before any dialog exists
                f.onHeader(FindingCode.CANCEL_RESPONSE_WITHOUT_TO_TAG, to, start.statusCode()
                        + " response to CANCEL has to " + Text.q(to.rawValue()) + " without tag; its To tag should"
                        + " be the one of the INVITE's response (RFC 3261 §9.2, §8.2.6.2)");
                return;
            }
            f.onHeader(FindingCode.MISSING_TO_TAG, to, start.statusCode() + " response has to "
                    + Text.q(to.rawValue()) + " without tag; the UAS must add a ;tag= to To in every response"
                    + " other than 100 Trying (RFC 3261 §8.2.6.2)");
        }
    }

    /**
     * True when the value's text holds a tag its parse could not reach (a broken value before it): the value's own
     * finding names the fault, and "has no tag" would be false.
     */
    private static boolean mentionsTag(Header h) {
        String v = h.rawValue().toLowerCase(java.util.Locale.ROOT);
        // a tag inside the brackets is a URI parameter, not the header's tag: that From has no tag indeed
        return v.lastIndexOf("tag=") > v.lastIndexOf('>');
    }

    /** A request whose top Via has no z9hG4bK branch was built by an RFC 2543 element (RFC 3261 §8.1.1.7). */
    private static boolean rfc2543(First first) {
        Header via = first.get(VIA);
        if (via == null || !(via.value() instanceof ViaValue v)) {
            return false;
        }
        String branch = v.branch();
        return branch == null || !branch.startsWith(ViaValue.MAGIC_COOKIE);
    }

    /**
     * RFC 2543 had no Max-Forwards requirement, no From tag and an optional Contact; RFC 3261 elements accept such
     * requests for backward compatibility (RFC 4475 §3.4.1), so the omissions are one warning, not errors.
     */
    private static void rfc2543Omissions(StartLine start, int startLine, First first, FindingList f) {
        java.util.List<String> missing = new java.util.ArrayList<>(3);
        if (!first.has(MAX_FORWARDS)) {
            missing.add("Max-Forwards");
        }
        Header from = first.get(FROM);
        if (from != null && from.value() instanceof NameAddr na && na.tag() == null && !mentionsTag(from)) {
            missing.add("a From tag");
        }
        String m = start.method();
        if (DIALOG_CREATING.contains(m) && !first.has(CONTACT)) {
            missing.add("Contact");
        }
        if (!missing.isEmpty()) {
            f.onLine(FindingCode.RFC2543_MESSAGE, startLine, start.method() + " request follows RFC 2543 (top via has"
                    + " no z9hG4bK branch) and lacks " + String.join(", ", missing) + ", which RFC 3261 requires;"
                    + " RFC 3261 elements accept it for backward compatibility, current senders must add them");
        }
    }

    private static boolean cancel(First first) {
        Header cseq = first.get(CSEQ);
        return cseq != null && cseq.value() instanceof CSeqValue c && c.method().equals("CANCEL");
    }

    /** Only the top Via belongs to the sender; the others were checked by the hops that added them. */
    private static void branches(List<Header> headers, FindingList f) {
        for (Header h : headers) {
            if (!h.canonicalName().equals("Via")) {
                continue;
            }
            if (h.value() instanceof ViaValue via) {
                String branch = via.branch();
                if (branch == null) {
                    f.onHeader(FindingCode.MISSING_VIA_BRANCH, h, "via " + Text.q(via.host()
                            + (via.port() >= 0 ? ":" + via.port() : "")) + " has no branch parameter; RFC 3261"
                            + " elements add ;branch=z9hG4bK... to identify the transaction");
                } else if (!branch.startsWith(ViaValue.MAGIC_COOKIE)) {
                    f.onHeader(FindingCode.VIA_BRANCH_RFC2543, h, "via branch " + Text.q(branch)
                            + " lacks the z9hG4bK magic cookie, so it is RFC 2543 style: transactions are matched"
                            + " the old way");
                }
            }
            return;
        }
    }
}
