package dev.sigref.sip;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that hold across the messages of a trace, where one message's headers are judged against an earlier one's:
 * the CSeq number of an ACK or CANCEL against the INVITE it answers (RFC 3261 §9.1, §13.2.2.4, §17.1.1.3), the RAck of a
 * PRACK against the reliable provisional responses (RFC 3262 §7.2), the order of CSeq numbers in each direction
 * (RFC 3261 §12.2.1.1, §10.2), and the Via branch of a response against its request's (§17.1.3). Requests are grouped
 * by Call-ID and From tag, which together name one side of one call. A trace may hold only part of a call, or the same
 * request seen at two hops: a check speaks only when the message it compares with is in the trace, and a request seen
 * again (same number and method) is never out of order.
 */
final class DialogRules {
    private DialogRules() {
    }

    /**
     * One side of a call, or of one dialog of it: the requests its user agent sent. A dialog (a To tag) starts from
     * what its side had sent before it existed, so that the dialogs of a forked call keep their own numbers.
     */
    private static final class Side {
        /** "number method" of each request seen, with the branch of its sender's own (bottom) Via. */
        final Map<String, String> seen = new HashMap<>();
        final Set<Long> invites = new HashSet<>();
        long lastInvite = -1;
        long highest = -1;
        String highestMethod;

        Side copy() {
            Side c = new Side();
            c.seen.putAll(seen);
            c.invites.addAll(invites);
            c.lastInvite = lastInvite;
            c.highest = highest;
            c.highestMethod = highestMethod;
            return c;
        }
    }

    /** A reliable provisional response: what a PRACK's RAck must name. */
    private record Reliable(long rseq, long cseq, String method) {
    }

    /** The trace with the findings of these checks added to the messages they concern; the same instance if none. */
    static ParseResult apply(ParseResult result) {
        if (result.messages().size() < 2) {
            return result;
        }
        Map<String, Side> sides = new HashMap<>();
        Map<String, List<Reliable>> reliable = new HashMap<>();
        Map<String, Set<String>> requestBranches = new HashMap<>();
        Map<Integer, List<Finding>> added = new HashMap<>();
        Map<String, Set<String>> dialogs = new HashMap<>();
        for (SipMessage m : result.messages()) {
            String callId = m.callId().map(String::strip).orElse(null);
            CSeqValue cseq = m.cseq().orElse(null);
            if (callId == null || cseq == null || cseq.method() == null) {
                continue;
            }
            Header cseqHeader = m.header("CSeq").orElseThrow();
            String transaction = callId + '\n' + cseq.number() + ' ' + cseq.method();
            Finding unknownDialog = m.isRequest() ? unknownDialog(m, dialogs.get(callId)) : null;
            if (!m.isRequest() || "NOTIFY".equals(m.method())) {
                String pair = tagPair(m);
                if (pair != null) {
                    dialogs.computeIfAbsent(callId, k -> new HashSet<>()).add(pair);
                }
            }
            if (!m.isRequest()) {
                rememberReliable(m, callId, cseq, reliable);
                Finding stray = strayResponse(m, requestBranches.get(transaction));
                if (stray != null) {
                    added.put(m.index(), new ArrayList<>(List.of(stray)));
                }
                continue;
            }
            String top = topBranch(m);
            if (top != null) {
                requestBranches.computeIfAbsent(transaction, k -> new HashSet<>()).add(top);
            }
            String method = m.method();
            String base = callId + '\n' + fromKey(m);
            Side baseSide = sides.computeIfAbsent(base, k -> new Side());
            String toTag = tag(m.to());
            Side side = toTag.isEmpty() ? baseSide : sides.computeIfAbsent(base + '\n' + toTag, k -> baseSide.copy());
            List<Finding> found = new ArrayList<>(1);
            switch (method == null ? "" : method) {
                case "ACK" -> {
                    if (side.lastInvite >= 0 && cseq.number() != side.lastInvite) {
                        found.add(Finding.of(FindingCode.ACK_CSEQ_MISMATCH, cseqHeader.line(), cseqHeader.column(),
                                "ack has cseq " + cseq.number() + ", but " + against(side, cseq.number()) + "; an ACK"
                                        + " carries the number of the INVITE it acknowledges (RFC 3261 §17.1.1.3,"
                                        + " §13.2.2.4), and a UAS matches it by that number"));
                    }
                }
                case "CANCEL" -> {
                    if (side.lastInvite >= 0 && cseq.number() != side.lastInvite) {
                        found.add(Finding.of(FindingCode.CANCEL_CSEQ_MISMATCH, cseqHeader.line(), cseqHeader.column(),
                                "cancel has cseq " + cseq.number() + ", but " + against(side, cseq.number()) + "; a"
                                        + " CANCEL copies the numeric part of the pending INVITE's CSeq (RFC 3261 §9.1);"
                                        + " one naming an INVITE already answered has no effect, one naming none is"
                                        + " answered 481 (§9.2)"));
                    }
                }
                default -> {
                    if ("PRACK".equals(method)) {
                        checkRack(m, reliable.get(callId), found);
                    }
                    checkOrder(side, cseq, cseqHeader, bottomBranch(m), found);
                    if ("INVITE".equals(method)) {
                        side.invites.add(cseq.number());
                        side.lastInvite = cseq.number();
                    }
                }
            }
            if (unknownDialog != null) {
                found.add(unknownDialog);
            }
            if (!found.isEmpty()) {
                added.put(m.index(), found);
            }
        }
        if (added.isEmpty()) {
            return result;
        }
        List<SipMessage> messages = new ArrayList<>(result.messages().size());
        for (SipMessage m : result.messages()) {
            List<Finding> more = added.get(m.index());
            messages.add(more == null ? m : withFindings(m, more));
        }
        return new ParseResult(messages, result.undecoded(), result.findings());
    }

    /**
     * RFC 3261 §12.2.1.1: each side's requests carry increasing CSeq numbers (ACK and CANCEL take the INVITE's);
     * a gap is no fault (§12.2.2), a number below or equal to an earlier request's is.
     */
    private static void checkOrder(Side side, CSeqValue cseq, Header cseqHeader, String bottom, List<Finding> found) {
        String key = cseq.number() + " " + cseq.method();
        if (side.seen.containsKey(key)) {
            String earlier = side.seen.get(key);
            // the same request again (a retransmission, or the next hop's copy) keeps its sender's branch; the same
            // sender with a new branch started a new transaction
            if (earlier != null && bottom != null && !earlier.equals(bottom) && sameHost(earlier, bottom)) {
                found.add(Finding.of(FindingCode.CSEQ_NOT_INCREASING, cseqHeader.line(), cseqHeader.column(), "cseq "
                        + key + " is that of an earlier request, but this one is a new transaction (its sender's Via"
                        + " branch " + Text.q(branchOf(bottom)) + " is not " + Text.q(branchOf(earlier)) + "); a new"
                        + " request, such as one resent with credentials after a 401 or 407, takes a higher number"
                        + " (RFC 3261 §8.1.3.5, §12.2.1.1)"));
            }
            return;
        }
        side.seen.put(key, bottom);
        if (side.highest >= 0 && cseq.number() <= side.highest) {
            found.add(Finding.of(FindingCode.CSEQ_NOT_INCREASING, cseqHeader.line(), cseqHeader.column(), "cseq "
                    + cseq.number() + " " + cseq.method() + " is not above the " + side.highest + " " + side.highestMethod
                    + " this side sent earlier in the paste; each request of a call after the first takes a higher"
                    + " number (RFC 3261 §12.2.1.1, §10.2 for REGISTER), and a UAS rejects a lower one with 500"
                    + " (§12.2.2)"));
        }
        if (cseq.number() > side.highest) {
            side.highest = cseq.number();
            side.highestMethod = cseq.method();
        }
    }

    /**
     * RFC 3261 §17.1.3: a response belongs to the client transaction whose request's top Via branch it carries. When
     * the paste holds requests of the response's call, CSeq number and method, the response must carry one of their
     * top branches in a Via (at any depth, so that a response copied at the next hop still matches); else it answers
     * a request that is not in the paste or was changed on the way.
     */
    private static Finding strayResponse(SipMessage response, Set<String> branches) {
        if (branches == null) {
            return null;
        }
        Header firstVia = response.header("Via").orElse(null);
        if (firstVia == null) {
            return null; // no Via at all: missing-via says it
        }
        for (HeaderValue v : response.headers("Via")) {
            if (!(v instanceof ViaValue via)) {
                return null; // a Via the grammar could not read: its branch is unknown, so no verdict
            }
            if (via.branch() != null && branches.contains(token(via.branch()))) {
                return null;
            }
        }
        List<String> sorted = new ArrayList<>(branches);
        sorted.sort(null);
        return Finding.of(FindingCode.RESPONSE_MATCHES_NO_REQUEST, firstVia.line(), firstVia.column(), "this "
                + response.statusCode() + " carries none of the Via branches of the " + response.method()
                + " requests with its Call-ID and CSeq before it in the paste (" + String.join(", ", sorted)
                + "); a client matches a response to its transaction by the branch of its top Via (RFC 3261 §17.1.3),"
                + " so this one matches none of them: a Via was changed on the way, or it answers the request as sent on"
                + " another leg or hop (a B2BUA keeping the Call-ID) that the paste does not hold");
    }

    private static String topBranch(SipMessage request) {
        List<HeaderValue> vias = request.headers("Via");
        return !vias.isEmpty() && vias.get(0) instanceof ViaValue via && via.branch() != null ? token(via.branch())
                : null;
    }

    /** The token a branch value starts with: a note a paste appended to it ("z9hG4bK1 // comment") is no part. */
    private static String token(String branch) {
        int end = 0;
        while (end < branch.length() && Text.isTokenChar(branch.charAt(end))) {
            end++;
        }
        return branch.substring(0, end);
    }

    /** RFC 3262 §7.2: RAck = the RSeq, CSeq number and method of the reliable provisional response it acknowledges. */
    private static void checkRack(SipMessage prack, List<Reliable> sent, List<Finding> found) {
        Header rackHeader = prack.header("RAck").orElse(null);
        if (sent == null || rackHeader == null || !(rackHeader.value() instanceof RAckValue rack)) {
            return;
        }
        for (Reliable r : sent) {
            if (r.rseq() == rack.responseNumber() && r.cseq() == rack.cseqNumber()
                    && r.method().equals(rack.method())) {
                return;
            }
        }
        Reliable last = sent.get(sent.size() - 1);
        found.add(Finding.of(FindingCode.RACK_NO_MATCHING_RESPONSE, rackHeader.line(), rackHeader.column(), "rack '"
                + rack.responseNumber() + " " + rack.cseqNumber() + " " + rack.method() + "' names no reliable provisional"
                + " response before it in the paste (the last was RSeq " + last.rseq() + ", CSeq " + last.cseq() + " "
                + last.method() + "); the UAS matches a PRACK by RSeq, CSeq number and method and answers one that"
                + " matches none with 481 (RFC 3262 §7.2)"));
    }

    private static void rememberReliable(SipMessage response, String callId, CSeqValue cseq,
            Map<String, List<Reliable>> reliable) {
        if (response.statusCode() <= 100 || response.statusCode() >= 200) {
            return;
        }
        if (response.header("RSeq").map(Header::value).orElse(null) instanceof NumberValue n) {
            reliable.computeIfAbsent(callId, k -> new ArrayList<>()).add(new Reliable(n.value(), cseq.number(),
                    cseq.method()));
        }
    }

    /**
     * RFC 3261 §12.2.2: a request within a dialog (a To tag) is matched to its dialog by Call-ID and the two tags; a UAS
     * that knows no such dialog answers 481. Judged only when the paste holds a response of the call that established
     * a dialog (any response with a To tag, or a NOTIFY, which creates the subscription's): without one the dialog
     * may simply predate the paste. NOTIFY itself and CANCEL are not judged: a NOTIFY may be the first message of its
     * dialog (RFC 6665 §4.1.2.4), a CANCEL takes the INVITE's tags; nor are REGISTER and PUBLISH, which create no dialog
     * and whose To tag, when a client copies one from an earlier 200, binds nothing.
     */
    private static Finding unknownDialog(SipMessage request, Set<String> known) {
        String method = request.method();
        if (known == null || "NOTIFY".equals(method) || "CANCEL".equals(method) || "REGISTER".equals(method)
                || "PUBLISH".equals(method)) {
            return null;
        }
        String pair = tagPair(request);
        if (pair == null || known.contains(pair)) {
            return null;
        }
        Header to = request.header("To").orElseThrow();
        List<String> seen = new ArrayList<>(known);
        seen.sort(null);
        return Finding.of(FindingCode.REQUEST_MATCHES_NO_DIALOG, to.line(), to.column(), Text.q(method) + " carries"
                + " from tag " + Text.q(tag(request.from())) + " and to tag " + Text.q(tag(request.to())) + ", a pair no"
                + " earlier response of its call in the paste established (dialogs seen: " + String.join(", ", seen)
                + "); the UAS finds no dialog for it and answers 481 Call/Transaction Does Not Exist (RFC 3261 §12.2.2):"
                + " the To tag of a request within a dialog copies the tag of the response that created it (§12.2.1.1)");
    }

    /** The message's From and To tags as an unordered pair ("a/b", tags in order), or null unless it has both. */
    private static String tagPair(SipMessage m) {
        String from = tag(m.from());
        String to = tag(m.to());
        if (from.isEmpty() || to.isEmpty()) {
            return null;
        }
        return from.compareTo(to) <= 0 ? from + "/" + to : to + "/" + from;
    }

    /** The From tag, or the From value itself when there is none (an RFC 2543 peer): it names the sending side. */
    private static String fromKey(SipMessage m) {
        String tag = tag(m.from());
        return !tag.isEmpty() ? tag : m.header("From").map(h -> "=" + h.rawValue().strip()).orElse("");
    }

    private static String tag(Optional<NameAddr> address) {
        return address.map(NameAddr::tag).orElse("");
    }

    /**
     * The last Via's sent-by host and branch ("host branch"): the sender's own, which every hop keeps; null without a
     * branch. The host tells a resent request of the same sender from a copy whose lower Vias the paste left out.
     */
    private static String bottomBranch(SipMessage request) {
        List<HeaderValue> vias = request.headers("Via");
        return !vias.isEmpty() && vias.get(vias.size() - 1) instanceof ViaValue via && via.branch() != null
                ? via.host().toLowerCase(java.util.Locale.ROOT) + " " + token(via.branch()) : null;
    }

    private static boolean sameHost(String a, String b) {
        return a.substring(0, a.indexOf(' ')).equals(b.substring(0, b.indexOf(' ')));
    }

    private static String branchOf(String bottom) {
        return bottom.substring(bottom.indexOf(' ') + 1);
    }

    /** What an ACK's or CANCEL's number is compared with, in words. */
    private static String against(Side side, long number) {
        return side.invites.contains(number)
                ? "that is the number of an earlier INVITE, and the latest INVITE before it has " + side.lastInvite
                : "no INVITE of this call and side before it has that number (the latest has " + side.lastInvite + ")";
    }

    private static SipMessage withFindings(SipMessage m, List<Finding> more) {
        List<Finding> findings = new ArrayList<>(m.findings());
        findings.addAll(more);
        findings.sort(Finding.IN_PASTE_ORDER);
        return new SipMessage(m.index(), m.kind(), m.startLine(), m.method(), m.requestUri(), m.statusCode(),
                m.reasonPhrase(), m.version(), m.headers(), m.body(), findings, m.metadata(), m.raw(), m.firstLine(),
                m.lastLine(), m.lineStarts());
    }
}
