package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DialogRulesTest {

    private static final String CALL_ID = "Call-ID: dr1@192.0.2.1\r\n";
    private static final String ALICE = "From: <sip:alice@example.com>;tag=a1\r\n";
    private static final String BOB = "From: <sip:bob@example.com>;tag=b1\r\n";

    private static String request(String method, String from, String to, long cseq, String extra) {
        return method + " sip:bob@192.0.2.2 SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK" + method + cseq + "\r\n"
                + "Max-Forwards: 70\r\n" + from + to + CALL_ID + "CSeq: " + cseq + " " + method + "\r\n"
                + "Contact: <sip:alice@192.0.2.1>\r\n" + extra + "Content-Length: 0\r\n\r\n";
    }

    private static String invite(long cseq) {
        return request("INVITE", ALICE, "To: <sip:bob@example.com>\r\n", cseq, "");
    }

    private static String inDialog(String method, long cseq, String extra) {
        return request(method, ALICE, "To: <sip:bob@example.com>;tag=b1\r\n", cseq, extra);
    }

    private static String reliable183(long rseq, long cseq) {
        return "SIP/2.0 183 Session Progress\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKINVITE" + cseq + "\r\n" + ALICE
                + "To: <sip:bob@example.com>;tag=b1\r\n" + CALL_ID + "CSeq: " + cseq + " INVITE\r\n"
                + "Contact: <sip:bob@192.0.2.2>\r\nRequire: 100rel\r\nRSeq: " + rseq + "\r\nContent-Length: 0\r\n\r\n";
    }

    private static List<String> codes(SipMessage m) {
        return Fixtures.codes(m.findings());
    }

    private static final List<String> DIALOG_CODES = List.of("ack-cseq-mismatch", "cancel-cseq-mismatch",
            "cseq-not-increasing", "rack-no-matching-response", "request-matches-no-dialog");

    @Test
    void aCallWhoseMessagesAgreeGetsNoFindingAcrossThem() {
        ParseResult r = SipParser.parse(invite(1) + reliable183(1, 1) + inDialog("PRACK", 2, "RAck: 1 1 INVITE\r\n")
                + inDialog("ACK", 1, "") + invite(1) + inDialog("BYE", 3, "")
                + request("BYE", BOB, "To: <sip:alice@example.com>;tag=a1\r\n", 1, ""));
        assertThat(r.messages()).hasSize(7).allSatisfy(m -> assertThat(codes(m)).doesNotContainAnyElementsOf(DIALOG_CODES));
    }

    @Test
    void anAckOrCancelWithTheNumberOfNoInviteIsAnError() {
        ParseResult r = SipParser.parse(invite(1) + inDialog("ACK", 9, "") + request("CANCEL", ALICE,
                "To: <sip:bob@example.com>\r\n", 5, "") + request("CANCEL", ALICE, "To: <sip:bob@example.com>\r\n", 1, ""));
        assertThat(codes(r.messages().get(1))).contains("ack-cseq-mismatch");
        assertThat(r.messages().get(1).findings()).filteredOn(f -> f.code().equals("ack-cseq-mismatch")).singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(r.messages().get(1).header("CSeq").orElseThrow().line()));
        assertThat(codes(r.messages().get(2))).contains("cancel-cseq-mismatch");
        assertThat(codes(r.messages().get(3))).doesNotContain("cancel-cseq-mismatch");
        // with no INVITE in the paste there is nothing to compare with
        assertThat(codes(SipParser.parse(inDialog("ACK", 9, "") + inDialog("BYE", 10, "")).messages().get(0)))
                .doesNotContain("ack-cseq-mismatch");
    }

    @Test
    void aPrackWhoseRackNamesNoReliableProvisionalIsAnError() {
        ParseResult r = SipParser.parse(invite(1) + reliable183(1, 1) + inDialog("PRACK", 2, "RAck: 7 1 INVITE\r\n"));
        assertThat(codes(r.messages().get(2))).contains("rack-no-matching-response");
        // no reliable provisional in the paste: the PRACK may answer one that was not copied
        assertThat(codes(SipParser.parse(invite(1) + inDialog("PRACK", 2, "RAck: 7 1 INVITE\r\n")).messages().get(1)))
                .doesNotContain("rack-no-matching-response");
    }

    @Test
    void aRequestWhoseCSeqIsNotAboveAnEarlierOneFromTheSameSideIsAnError() {
        ParseResult r = SipParser.parse(invite(1) + inDialog("UPDATE", 4, "") + inDialog("BYE", 2, "")
                + inDialog("INFO", 4, ""));
        assertThat(codes(r.messages().get(2))).contains("cseq-not-increasing");
        assertThat(codes(r.messages().get(3))).contains("cseq-not-increasing");
        // the same request again (a retransmission, or the next hop's copy) and a gap are no fault
        ParseResult again = SipParser.parse(invite(1) + inDialog("UPDATE", 4, "") + invite(1) + inDialog("BYE", 9, ""));
        assertThat(again.messages()).allSatisfy(m -> assertThat(codes(m)).doesNotContain("cseq-not-increasing"));
    }

    @Test
    void aResponseCarryingNoneOfTheBranchesOfItsRequestsIsFlagged() {
        String ok = "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKINVITE1\r\n" + ALICE
                + "To: <sip:bob@example.com>;tag=b1\r\n" + CALL_ID + "CSeq: 1 INVITE\r\nContact: <sip:bob@192.0.2.2>\r\n"
                + "Content-Length: 0\r\n\r\n";
        assertThat(codes(SipParser.parse(invite(1) + ok).messages().get(1))).doesNotContain("response-matches-no-request");
        // the next hop's copy carries the proxy's Via on top and the UA's below: still the same transaction
        String nextHop = ok.replace("Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKINVITE1", "Via: SIP/2.0/UDP 192.0.2.9;"
                + "branch=z9hG4bKproxy1\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKINVITE1");
        assertThat(codes(SipParser.parse(invite(1) + nextHop).messages().get(1))).doesNotContain("response-matches-no-request");
        ParseResult stray = SipParser.parse(invite(1) + ok.replace("z9hG4bKINVITE1", "z9hG4bKother"));
        assertThat(stray.messages().get(1).findings()).filteredOn(f -> f.code().equals("response-matches-no-request"))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        // a note the paste's author appended to the branch is no part of it
        assertThat(codes(SipParser.parse(invite(1) + ok.replace("branch=z9hG4bKINVITE1", "branch=z9hG4bKINVITE1 // rport"
                + " removed")).messages().get(1))).doesNotContain("response-matches-no-request");
        // a response whose request is not in the paste is not judged
        assertThat(codes(SipParser.parse(ok.replace("z9hG4bKINVITE1", "z9hG4bKother") + inDialog("BYE", 2, ""))
                .messages().get(0))).doesNotContain("response-matches-no-request");
    }

    // what the review of real traces (batch 26) found

    private static final String DIR = "/dev/sigref/sip/regression/";

    private static List<String> dialogCodes(ParseResult r) {
        return r.messages().stream().flatMap(m -> codes(m).stream()).filter(DIALOG_CODES::contains).toList();
    }

    @Test
    void theDialogsOfAForkedCallAndTheSidesOfAnRfc2543CallKeepTheirOwnNumbers() {
        assertThat(dialogCodes(Fixtures.parse(DIR + "forked-200s-bye-one-reinvite-other.txt"))).isEmpty();
        assertThat(dialogCodes(Fixtures.parse(DIR + "rfc2543-no-from-tags.txt"))).isEmpty();
    }

    @Test
    void anAckOrCancelNamingAnEarlierInviteThanTheLatestAndAReusedNumberAreErrors() {
        assertThat(dialogCodes(Fixtures.parse(DIR + "ack-carries-older-invite-number.txt")))
                .containsExactly("ack-cseq-mismatch");
        assertThat(dialogCodes(Fixtures.parse(DIR + "cancel-carries-challenged-invite-number.txt")))
                .containsExactly("cancel-cseq-mismatch");
        assertThat(dialogCodes(Fixtures.parse(DIR + "invite-resent-same-cseq-after-407.txt")))
                .containsExactly("cseq-not-increasing");
    }

    private static String ok200(long cseq, String toTag) {
        return "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKINVITE" + cseq + "\r\n" + ALICE
                + "To: <sip:bob@example.com>;tag=" + toTag + "\r\n" + CALL_ID + "CSeq: " + cseq + " INVITE\r\n"
                + "Contact: <sip:bob@192.0.2.2>\r\nContent-Length: 0\r\n\r\n";
    }

    @Test
    void aRequestWhoseTagsPairUpAsNoDialogOfTheCallIsWarnedOf() {
        // the 200 established a1/b1; the BYE names b9, which no response of the call carried
        ParseResult r = SipParser.parse(invite(1) + ok200(1, "b1") + inDialog("ACK", 1, "")
                + request("BYE", ALICE, "To: <sip:bob@example.com>;tag=b9\r\n", 2, ""));
        SipMessage bye = r.messages().get(3);
        assertThat(codes(bye)).contains("request-matches-no-dialog");
        assertThat(bye.findings()).filteredOn(f -> f.code().equals("request-matches-no-dialog")).singleElement()
                .satisfies(f -> {
                    assertThat(f.line()).isEqualTo(bye.header("To").orElseThrow().line());
                    assertThat(f.message()).contains("'b9'").contains("a1/b1").contains("481");
                });
        assertThat(r.messages().subList(0, 3)).allSatisfy(m -> assertThat(codes(m)).doesNotContain("request-matches-no-dialog"));
    }

    @Test
    void theCalleesRequestsAndEveryForkedDialogMatchTheirTags() {
        // a 183 from one fork (b1), the 200 from another (b2): requests on either, and the callee's BYE (tags swapped)
        ParseResult r = SipParser.parse(invite(1) + reliable183(1, 1) + inDialog("PRACK", 2, "RAck: 1 1 INVITE\r\n")
                + ok200(1, "b2") + request("ACK", ALICE, "To: <sip:bob@example.com>;tag=b2\r\n", 1, "")
                + request("BYE", "From: <sip:bob@example.com>;tag=b2\r\n", "To: <sip:alice@example.com>;tag=a1\r\n", 1, ""));
        assertThat(r.messages()).allSatisfy(m -> assertThat(codes(m)).doesNotContain("request-matches-no-dialog"));
    }

    @Test
    void withoutAResponseThatEstablishedADialogNoRequestIsJudged() {
        // the dialog predates the paste; a NOTIFY creates its own dialog and is never judged
        ParseResult r = SipParser.parse(inDialog("BYE", 5, "") + request("INFO", ALICE, "To: <sip:bob@example.com>;tag=zz\r\n", 6, "")
                + invite(1) + ok200(1, "b1") + request("NOTIFY", ALICE, "To: <sip:bob@example.com>;tag=n7\r\n", 7,
                        "Event: refer\r\nSubscription-State: active\r\n")
                + request("INFO", ALICE, "To: <sip:bob@example.com>;tag=n7\r\n", 8, ""));
        assertThat(r.messages()).allSatisfy(m -> assertThat(codes(m)).doesNotContain("request-matches-no-dialog"));
    }

    @Test
    void aRegisterCarryingAnOldToTagIsNoDialogRequest() {
        String register = "REGISTER sip:example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKr%d\r\n"
                + "Max-Forwards: 70\r\n" + ALICE + "To: <sip:alice@example.com>%s\r\n" + CALL_ID
                + "CSeq: %d REGISTER\r\nContact: <sip:alice@192.0.2.1>\r\nContent-Length: 0\r\n\r\n";
        String ok = "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKr1\r\n" + ALICE
                + "To: <sip:alice@example.com>;tag=reg1\r\n" + CALL_ID + "CSeq: 1 REGISTER\r\nContent-Length: 0\r\n\r\n";
        ParseResult r = SipParser.parse(String.format(register, 1, "", 1) + ok + String.format(register, 2, ";tag=other", 2));
        assertThat(r.messages()).allSatisfy(m -> assertThat(codes(m)).doesNotContain("request-matches-no-dialog"));
    }
}
