package dev.sigref.sip;

import static dev.sigref.sip.FindingCatalogueTest.request;
import static dev.sigref.sip.FindingCatalogueTest.response;
import static dev.sigref.sip.Fixtures.codes;
import static dev.sigref.sip.Fixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MethodRulesTest {

    private static final String TO_TAG = "<sip:bob@example.com>;tag=1";

    @Test
    void acceptsRegisterThatRemovesEveryBindingWithStarAndExpiresZero() {
        assertThat(codes(request("REGISTER", "Contact: *", "Expires: 0"))).isEmpty();
    }

    @Test
    void rejectsStarContactWithoutExpiresZero() {
        Finding f = finding(request("REGISTER", "Contact: *", "Expires: 3600"), FindingCode.CONTACT_WILDCARD_MISUSE);
        assertThat(f.message()).contains("'3600'").contains("Expires: 0");
        assertThat(f.line()).as("the Contact line, after the start line and six mandatory headers").isEqualTo(8);
        assertThat(finding(request("REGISTER", "Contact: *"), FindingCode.CONTACT_WILDCARD_MISUSE).message())
                .contains("has no Expires");
    }

    @Test
    void rejectsStarContactMixedWithABinding() {
        assertThat(finding(request("REGISTER", "Contact: *, <sip:alice@192.0.2.1>", "Expires: 0"),
                FindingCode.CONTACT_WILDCARD_MISUSE).message()).contains("1 other contact");
    }

    @Test
    void rejectsStarContactOutsideRegister() {
        assertThat(finding(request("INVITE", "Contact: *"), FindingCode.CONTACT_WILDCARD_MISUSE).message())
                .contains("in INVITE");
    }

    @Test
    void rejectsInviteWithTwoContactsOrATelContact() {
        assertThat(finding(request("INVITE", "Contact: <sip:a@192.0.2.1>, <sip:a@192.0.2.2>"),
                FindingCode.CONTACT_NOT_SINGLE_SIP_URI).message()).contains("2 Contact values");
        assertThat(finding(request("SUBSCRIBE", "Event: reg", "Contact: <tel:+12015550123>"),
                FindingCode.CONTACT_NOT_SINGLE_SIP_URI).message()).contains("'tel:+12015550123'");
    }

    @Test
    void acceptsSeveralContactsInRegisterAndOneSipsContactInInvite() {
        assertThat(codes(request("REGISTER", "Contact: <sip:a@192.0.2.1>, <sip:a@192.0.2.2>"))).isEmpty();
        assertThat(codes(request("INVITE", "Contact: <sips:a@192.0.2.1>"))).isEmpty();
    }

    @Test
    void aResponseThatCreatesADialogGivesOneSipContactButARedirectMayGiveMany() {
        String two = "Contact: <sip:bob@192.0.2.4>, <sip:bob@192.0.2.5>";
        assertThat(codes(response("SIP/2.0 180 Ringing", "1 INVITE", TO_TAG, two)))
                .containsExactly("dialog-response-contact-not-single-sip-uri");
        assertThat(codes(response("SIP/2.0 200 OK", "1 INVITE", TO_TAG, "Contact: <sips:bob@192.0.2.4>"))).isEmpty();
        assertThat(codes(response("SIP/2.0 302 Moved Temporarily", "1 INVITE", TO_TAG, two,
                "Contact: <tel:+12015550100>"))).isEmpty();
        assertThat(codes(response("SIP/2.0 200 OK", "1 REGISTER", TO_TAG, two))).isEmpty();
    }

    @Test
    void requiresTheHeaderEachErrorResponseExplains() {
        assertThat(codes(response("SIP/2.0 405 Method Not Allowed", "1 OPTIONS", TO_TAG, "Allow: INVITE, ACK")))
                .isEmpty();
        assertThat(codes(response("SIP/2.0 420 Bad Extension", "1 OPTIONS", TO_TAG, "Unsupported: foo"))).isEmpty();
        assertThat(codes(response("SIP/2.0 421 Extension Required", "1 INVITE", TO_TAG, "Require: 100rel")))
                .isEmpty();
        assertThat(codes(response("SIP/2.0 423 Interval Too Brief", "1 REGISTER", TO_TAG, "Min-Expires: 600")))
                .isEmpty();
        assertThat(codes(response("SIP/2.0 422 Session Interval Too Small", "1 INVITE", TO_TAG, "Min-SE: 1800")))
                .isEmpty();
        assertThat(codes(response("SIP/2.0 415 Unsupported Media Type", "1 MESSAGE", TO_TAG,
                "Accept-Encoding: identity"))).isEmpty();
        assertThat(codes(response("SIP/2.0 405 Method Not Allowed", "1 OPTIONS", TO_TAG)))
                .containsExactly("missing-allow");
    }

    @Test
    void requiresRSeqOnlyInReliableProvisionalResponses() {
        String contact = "Contact: <sip:bob@192.0.2.4>";
        assertThat(codes(response("SIP/2.0 183 Session Progress", "1 INVITE", TO_TAG, contact))).isEmpty();
        assertThat(codes(response("SIP/2.0 183 Session Progress", "1 INVITE", TO_TAG, contact, "Require: precondition",
                "Require: 100rel", "RSeq: 1"))).isEmpty();
        assertThat(codes(response("SIP/2.0 180 Ringing", "1 INVITE", TO_TAG, contact, "Require: precondition, 100rel")))
                .containsExactly("missing-rseq");
    }

    @Test
    void requiresRAckInPrack() {
        assertThat(codes(request("PRACK", "RAck: 1 314159 INVITE"))).isEmpty();
        assertThat(finding(request("PRACK"), FindingCode.MISSING_RACK).line()).isEqualTo(1);
    }

    @Test
    void flagsRAckWhoseResponseNumIsZero() {
        Finding f = finding(request("PRACK", "RAck: 0 314159 INVITE"), FindingCode.MALFORMED_HEADER_VALUE);
        assertThat(f.reference()).isEqualTo("RFC 3262 §3");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains("'0 314159 INVITE'");
        // a CSeq-num of 0 is a valid CSeq number (RFC 3261 §8.1.1.5 only bounds it below 2^31)
        assertThat(codes(request("PRACK", "RAck: 1 0 INVITE"))).isEmpty();
        assertThat(codes(request("PRACK", "RAck: 2147483647 314159 INVITE"))).isEmpty();
    }

    @Test
    void flagsRSeqOfZero() {
        String contact = "Contact: <sip:bob@192.0.2.4>";
        assertThat(codes(response("SIP/2.0 183 Session Progress", "1 INVITE", TO_TAG, contact, "Require: 100rel",
                "RSeq: 0"))).containsExactly("malformed-header-value");
        assertThat(codes(response("SIP/2.0 183 Session Progress", "1 INVITE", TO_TAG, contact, "Require: 100rel",
                "RSeq: 2147483648"))).isEmpty();
    }

    @Test
    void requiresEventAndSubscriptionStateForEventRequests() {
        String contact = "Contact: <sip:alice@192.0.2.1>";
        assertThat(codes(request("NOTIFY", contact, "Event: reg", "Subscription-State: active;expires=3600")))
                .isEmpty();
        assertThat(codes(request("NOTIFY", contact, "Subscription-State: terminated;reason=timeout")))
                .containsExactly("missing-event");
        assertThat(codes(request("SUBSCRIBE", contact, "o: presence"))).isEmpty();
        assertThat(codes(request("PUBLISH", "Event: presence", "Expires: 3600"))).isEmpty();
        assertThat(codes(request("PUBLISH"))).containsExactly("publish-without-event");
    }

    @Test
    void requiresReferToInRefer() {
        String contact = "Contact: <sip:alice@192.0.2.1>";
        assertThat(codes(request("REFER", contact, "r: <sip:carol@example.com>"))).isEmpty();
        assertThat(codes(request("REFER", contact))).containsExactly("missing-refer-to");
    }

    @Test
    void aSessionIntervalTooSmallResponseMayEchoTheRefusedSessionExpires() {
        assertThat(codes(response("SIP/2.0 422 Session Interval Too Small", "1 INVITE", TO_TAG, "Min-SE: 1800",
                "Session-Expires: 90"))).isEmpty();
    }

    @Test
    void aNotifyWithoutContactIsMissingItsContact() {
        assertThat(codes(request("NOTIFY", "Event: reg", "Subscription-State: active"))).containsExactly("missing-contact");
    }

    @Test
    void anEmptyContactWhereOneIsMandatoryIsReportedOnceAsMissing() {
        assertThat(codes(request("NOTIFY", "Event: reg", "Subscription-State: active", "Contact:")))
                .containsExactly("missing-contact");
        // where Contact is optional, its emptiness is the grammar's fault
        assertThat(codes(request("MESSAGE", "Contact:"))).containsExactly("empty-header-value");
    }

    @Test
    void holdsSessionTimersToTheNinetySecondFloorAndTheirOwnMinSe() {
        assertThat(codes(request("UPDATE", "Session-Expires: 1800;refresher=uac", "Min-SE: 90"))).isEmpty();
        assertThat(codes(request("UPDATE", "Session-Expires: 600", "Min-SE: 1200")))
                .containsExactly("session-interval-too-small");
        assertThat(finding(request("UPDATE", "x: 89"), FindingCode.SESSION_INTERVAL_TOO_SMALL).message())
                .contains("session-expires 89");
        assertThat(codes(request("UPDATE", "Min-SE: 89"))).containsExactly("min-se-too-small");
        assertThat(codes(request("UPDATE", "Session-Expires: 1800;refresher=both")))
                .containsExactly("malformed-header-value");
        assertThat(codes(request("UPDATE", "Session-Expires: 1800;refresher=UAS"))).isEmpty();
    }

    @Test
    void rseqGoesWithRequire100relInAReliableProvisionalResponse() {
        String reliable = FindingCatalogueTest.response("SIP/2.0 183 Session Progress", "1 INVITE", TO_TAG,
                "Require: 100rel", "RSeq: 7", "Contact: <sip:bob@192.0.2.4>");
        assertThat(codes(reliable)).isEmpty();
        assertThat(codes(reliable.replace("RSeq: 7", "RSeq:"))).contains("missing-rseq");
        String withoutRequire = reliable.replace("Require: 100rel\r\n", "");
        assertThat(codes(withoutRequire)).containsExactly("rseq-without-100rel");
        assertThat(finding(withoutRequire, FindingCode.RSEQ_WITHOUT_100REL).message()).contains("RSeq '7'");
    }

    @Test
    void replacesNamesItsDialogWithOneToTagAndOneFromTagAlsoInsideReferTo() {
        String ok = FindingCatalogueTest.request("INVITE", "Contact: <sip:alice@192.0.2.1>",
                "Replaces: 425928@bobster.example.org;to-tag=7743;from-tag=6472");
        assertThat(codes(ok)).isEmpty();
        assertThat(finding(ok.replace(";from-tag=6472", ""), FindingCode.REPLACES_TAGS).message())
                .contains("has no from-tag");
        assertThat(finding(ok.replace(";from-tag=6472", ";to-tag=1"), FindingCode.REPLACES_TAGS).message())
                .contains("has 2 to-tag parameters and no from-tag");
        String refer = FindingCatalogueTest.request("REFER", "Contact: <sip:alice@192.0.2.1>",
                "Refer-To: <sip:dave@denver.example.org?Replaces=12345%40192.168.118.3%3Bto-tag%3D12345%3Bfrom-tag%3D5FFE-3994>");
        assertThat(codes(refer)).doesNotContain("replaces-tags");
        assertThat(finding(refer.replace("%3Bfrom-tag%3D5FFE-3994", "%3Bfrom-tag3D5FFE-3994"), FindingCode.REPLACES_TAGS)
                .message()).contains("embedded in Refer-To").contains("has no from-tag");
    }

    @Test
    void aChargingVectorStartsWithItsIcidValue() {
        String ok = FindingCatalogueTest.options("P-Charging-Vector: icid-value=1234bc9876e;icid-generated-at=192.0.6.8;"
                + "orig-ioi=home1.net", "Content-Length: 0");
        assertThat(codes(ok)).isEmpty();
        assertThat(finding(ok.replace("icid-value=1234bc9876e;", ""), FindingCode.MALFORMED_HEADER_VALUE).message())
                .contains("does not start with icid-value");
        assertThat(finding(ok.replace("icid-value=1234bc9876e", "icid-value="), FindingCode.MALFORMED_HEADER_VALUE)
                .message()).contains("icid-value without a value");
    }
}
