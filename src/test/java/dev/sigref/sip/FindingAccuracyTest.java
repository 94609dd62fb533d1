package dev.sigref.sip;

import static dev.sigref.sip.FindingCatalogueTest.request;
import static dev.sigref.sip.FindingCatalogueTest.response;
import static dev.sigref.sip.Fixtures.codes;
import static dev.sigref.sip.Fixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings that were false, or said something untrue, on messages an audit and pasted samples built. */
class FindingAccuracyTest {

    @Test
    void aBrokenToWhoseTagStandsAfterItIsMalformedNotTagless() {
        List<String> found = codes(response("SIP/2.0 486 Busy Here", "1 INVITE", "&lt;sip:bob@example.com>;tag=1c7d"));
        assertThat(found).contains("malformed-header-value").doesNotContain("missing-to-tag");
        // a tag written inside the brackets is a URI parameter: that To has no tag indeed
        assertThat(codes(response("SIP/2.0 486 Busy Here", "1 INVITE", "<sip:bob@example.com;tag=1c7d>")))
                .contains("missing-to-tag");
    }

    @Test
    void parametersBrokenOffOntoALineOfTheirOwnJoinTheirHeader() {
        String text = response("SIP/2.0 200 OK", "1 OPTIONS", "<sip:bob@example.com>;tag=1")
                .replace(";branch=z9hG4bK74bf9\r\n", "\r\n;branch=z9hG4bK74bf9;received=192.0.2.3\r\n");
        SipMessage m = SipParser.parse(text).messages().get(0);
        assertThat(((ViaValue) Header.first(m.headers(), "Via").value()).branch()).isEqualTo("z9hG4bK74bf9");
        assertThat(m.findings()).extracting(Finding::code).containsExactly("wrapped-line-joined");
    }

    @Test
    void blanksAfterTheStatusCodeSeparatorBelongToTheReasonPhrase() {
        assertThat(codes(response("SIP/2.0 200  OK", "1 OPTIONS", "<sip:bob@example.com>;tag=1"))).isEmpty();
        assertThat(codes(response("SIP/2.0 200\tOK", "1 OPTIONS", "<sip:bob@example.com>;tag=1")))
                .containsExactly("extra-whitespace");
    }

    @Test
    void theDateZoneIsAnAbnfLiteralAndMatchesInAnyCase() {
        assertThat(codes(request("OPTIONS", "Date: Sat, 13 Nov 2010 23:29:00 gmt"))).isEmpty();
        assertThat(codes(request("OPTIONS", "Date: Sat, 13 Nov 2010 23:29:00 CET"))).containsExactly("date-not-gmt");
    }

    @Test
    void identityAndInReplyToMayRepeat() {
        assertThat(codes(request("INVITE", "Contact: <sip:alice@192.0.2.1>", "Identity: a.b.c;info=<https://x/1>",
                "Identity: d.e.f;info=<https://x/2>", "In-Reply-To: a@b", "In-Reply-To: c@d"))).isEmpty();
        assertThat(codes(request("OPTIONS", "Subject: a", "Subject: b"))).containsExactly("duplicate-header");
    }

    @Test
    void aResponseMissingAMandatoryHeaderCitesTheRuleForResponses() {
        String text = response("SIP/2.0 200 OK", "1 OPTIONS", "<sip:bob@example.com>;tag=1")
                .replace("Call-ID: 3848276298220188511@192.0.2.1\r\n", "");
        assertThat(finding(text, FindingCode.MISSING_CALL_ID).message()).contains("§8.2.6.2")
                .doesNotContain("every request and response");
    }

    @Test
    void aTaglessAckIsNotSaidToGetA481() {
        String ack = request("ACK").replace(";tag=8321234356", "");
        assertThat(finding(ack, FindingCode.IN_DIALOG_REQUEST_WITHOUT_TO_TAG).message())
                .contains("§17.1.1.3").doesNotContain("481");
    }

    @Test
    void wiresharkSummaryLinesAboveAPlainMessageGiveItsAddressesWithoutClaimingARebuild() {
        String text = "Internet Protocol Version 4, Src: 10.0.0.1 (10.0.0.1), Dst: 10.0.0.2 (10.0.0.2)\n"
                + "User Datagram Protocol, Src Port: 5060 (5060), Dst Port: 5060 (5060)\n\n"
                + FindingCatalogueTest.options("Content-Length: 0");
        SipMessage m = SipParser.parse(text).messages().get(0);
        assertThat(m.findings()).noneMatch(f -> f.is(FindingCode.REBUILT_FROM_PACKET_DETAILS));
        assertThat(m.metadata().source()).isNotNull();
    }

    @Test
    void aMessageOverTcpWithoutContentLengthIsAnErrorAndOverWebSocketNone() {
        String body = "hello\r\n";
        String tcp = FindingCatalogueTest.options(body, java.util.Map.of("Via",
                "Via: SIP/2.0/TCP 192.0.2.1:5060;branch=z9hG4bK74bf9"), "Content-Type: text/plain");
        assertThat(finding(tcp, FindingCode.STREAM_WITHOUT_CONTENT_LENGTH).severity()).isEqualTo(Severity.ERROR);
        assertThat(codes(tcp)).doesNotContain("missing-content-length");
        // RFC 7118 §5.1: the WebSocket message is the frame
        String ws = FindingCatalogueTest.options("", java.util.Map.of("Via",
                "Via: SIP/2.0/WSS df7jal23ls0d.invalid;branch=z9hG4bK74bf9"));
        assertThat(codes(ws)).isEmpty();
        // over UDP a body without Content-Length is only advised against
        String udp = FindingCatalogueTest.options(body, java.util.Map.of(), "Content-Type: text/plain");
        assertThat(codes(udp)).containsExactly("missing-content-length");
    }

    @Test
    void anRSeqWithout100relIsAWarningForAResponseMayBeSentUnreliably() {
        assertThat(FindingCode.RSEQ_WITHOUT_100REL.severity()).isEqualTo(Severity.WARNING);
        assertThat(codes(response("SIP/2.0 183 Session Progress", "1 INVITE", "<sip:bob@example.com>;tag=1",
                "RSeq: 1", "Contact: <sip:bob@192.0.2.4>"))).contains("rseq-without-100rel");
    }

    @Test
    void aContactExpiresAboveTheLimitIsAWarningBecauseARegistrarMayCapIt() {
        Finding f = finding(request("REGISTER", "Contact: <sip:alice@192.0.2.1>;expires=4294967296"),
                FindingCode.EXPIRES_PARAM_TOO_LARGE);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.reference()).isEqualTo("RFC 3261 §10.2");
        assertThat(f.message()).contains("'4294967296'");
        assertThat(codes(request("REGISTER", "Contact: <sip:alice@192.0.2.1>;expires=4294967295"))).isEmpty();
        // the Expires header's own range is normative (§20.19): still an error
        assertThat(finding(request("REGISTER", "Expires: 4294967296"), FindingCode.NUMBER_TOO_LARGE).severity())
                .isEqualTo(Severity.ERROR);
    }

    @Test
    void anOverLargeNumberCitesTheClauseOfTheHeaderItIsIn() {
        assertThat(finding(request("INVITE", "Contact: <sip:alice@192.0.2.1>", "Session-Expires: 4294967296"),
                FindingCode.NUMBER_TOO_LARGE).reference()).isEqualTo("RFC 4028 §4");
        assertThat(finding(request("INVITE", "Contact: <sip:alice@192.0.2.1>", "Min-SE: 4294967296"),
                FindingCode.NUMBER_TOO_LARGE).reference()).isEqualTo("RFC 4028 §5");
        assertThat(finding(response("SIP/2.0 503 Service Unavailable", "1 INVITE", "<sip:bob@example.com>;tag=1",
                "Retry-After: 4294967296"), FindingCode.NUMBER_TOO_LARGE).reference()).isEqualTo("RFC 3261 §20.33");
        Finding rseq = finding(response("SIP/2.0 183 Session Progress", "1 INVITE", "<sip:bob@example.com>;tag=1",
                "Require: 100rel", "RSeq: 4294967296", "Contact: <sip:bob@192.0.2.4>"), FindingCode.NUMBER_TOO_LARGE);
        assertThat(rseq.reference()).isEqualTo("RFC 3262 §3");
        assertThat(rseq.message()).contains("rseq 4294967296").contains("2^31-1");
    }

    @Test
    void anUnquotedFeatureTagIsAWarningBecauseItIsStillAGenericParam() {
        Finding f = finding(request("REGISTER",
                "Contact: <sip:alice@192.0.2.1>;+g.3gpp.icsi-ref=urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel"),
                FindingCode.UNQUOTED_FEATURE_TAG);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.reference()).isEqualTo("RFC 3840 §9");
        assertThat(codes(request("REGISTER",
                "Contact: <sip:alice@192.0.2.1>;+g.3gpp.icsi-ref=\"urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel\"")))
                .isEmpty();
    }

    @Test
    void findingsOnAnotherRfcsRuleCiteThatRfc() {
        assertThat(finding(request("INVITE", "Contact: <sip:alice@192.0.2.1>", "P-Charging-Vector: orig-ioi=x"),
                FindingCode.MALFORMED_HEADER_VALUE).reference()).isEqualTo("RFC 7315 §4.6");
        assertThat(finding(request("INVITE", "Contact: <sip:alice@192.0.2.1>", "Session-Expires: 1800;refresher=me"),
                FindingCode.MALFORMED_HEADER_VALUE).reference()).isEqualTo("RFC 4028 §4");
        assertThat(FindingCode.UNKNOWN_METHOD.reference()).isEqualTo("RFC 3261 §27.4");
    }

    @Test
    void blanksAroundTheViaPortColonAreLegalSws() {
        for (String via : List.of("pc33.example.com :5060", "pc33.example.com: 5060", "pc33.example.com : 5060",
                "[2001:db8::1] : 5060")) {
            String text = request("OPTIONS").replace("Via: SIP/2.0/UDP 192.0.2.1:5060;", "Via: SIP/2.0/UDP " + via + ";");
            SipMessage m = SipParser.parse(text).messages().get(0);
            assertThat(m.findings()).as(via).isEmpty();
            assertThat(m.vias()).singleElement().satisfies(v -> {
                assertThat(v.host()).isEqualTo(via.substring(0, via.lastIndexOf(':')).strip());
                assertThat(v.port()).isEqualTo(5060);
                assertThat(v.branch()).isEqualTo("z9hG4bK74bf9");
            });
        }
    }

    @Test
    void aPlusParameterOutsideTheContactHeadersIsAGenericParam() {
        assertThat(codes(request("OPTIONS").replace(";tag=", ";+x=abc;tag="))).isEmpty();
        assertThat(codes(request("OPTIONS", "Route: <sip:p1.example.com;lr>;+y=1"))).isEmpty();
        assertThat(codes(request("OPTIONS", "Accept-Contact: *;+sip.instance=abc"))).containsExactly("unquoted-feature-tag");
    }

    @Test
    void aReplacesCallIdMayHoldTheWordCharactersAGenericValueWouldMisread() {
        String text = request("INVITE", "Contact: <sip:alice@192.0.2.1>", "Replaces: a\"b<c>@example.com;to-tag=x;from-tag=y");
        assertThat(codes(text)).isEmpty();
        SipMessage m = SipParser.parse(text).messages().get(0);
        GenericValue replaces = (GenericValue) m.header("Replaces").orElseThrow().value();
        assertThat(replaces.value()).isEqualTo("a\"b<c>@example.com");
        assertThat(replaces.params()).extracting(Param::name).containsExactly("to-tag", "from-tag");
        assertThat(codes(request("INVITE", "Contact: <sip:alice@192.0.2.1>", "Replaces: a@b;to-tag=x")))
                .containsExactly("replaces-tags");
    }

    @Test
    void inReplyToIsAListOfCallIds() {
        SipMessage m = SipParser.parse(request("OPTIONS", "In-Reply-To: 70710@saturn.example.com, 17320@saturn.example.com"))
                .messages().get(0);
        assertThat(m.findings()).isEmpty();
        assertThat(m.header("In-Reply-To").orElseThrow().parsed()).hasSize(2);
        assertThat(codes(request("OPTIONS", "Call-ID: a@b, c@d"))).contains("multiple-values");
    }

    @Test
    void aRetryAfterDurationAboveTheLimitIsNamed() {
        Finding f = finding(response("SIP/2.0 486 Busy Here", "1 INVITE", "<sip:bob@example.com>;tag=1",
                "Retry-After: 60;duration=4294967296"), FindingCode.NUMBER_TOO_LARGE);
        assertThat(f.message()).contains("duration 4294967296");
        assertThat(f.reference()).isEqualTo("RFC 3261 §20.33");
    }

    @Test
    void anEntryOfAListThatNeverClosesItsAngleBracketIsNamedAsSuch() {
        String text = request("OPTIONS", "Route: <sip:p1.example.com;lr, <sip:p2.example.com;lr>");
        assertThat(codes(text)).containsExactly("unterminated-angle-bracket");
        assertThat(SipParser.parse(text).messages().get(0).header("Route").orElseThrow().parsed()).hasSize(2);
    }

    @Test
    void aStatusLineWhoseVersionHoldsABlankIsReadAndNamed() {
        String text = response("SIP/ 2.0 486 Busy Here", "1 INVITE", "<sip:bob@example.com>;tag=1");
        SipMessage m = SipParser.parse(text).messages().get(0);
        assertThat(m.statusCode()).isEqualTo(486);
        assertThat(codes(text)).containsExactly("malformed-status-line");
        assertThat(m.findings().get(0).message()).contains("'SIP/ 2.0'");
    }

    @Test
    void aContentLengthMismatchStandsOnTheContentLengthHeader() {
        String text = FindingCatalogueTest.options("too short", java.util.Map.of(), "Content-Type: text/plain",
                "Content-Length: 20");
        SipMessage m = SipParser.parse(text).messages().get(0);
        Header cl = m.header("Content-Length").orElseThrow();
        assertThat(finding(text, FindingCode.CONTENT_LENGTH_MISMATCH)).satisfies(f -> {
            assertThat(f.line()).isEqualTo(cl.line());
            assertThat(f.column()).isEqualTo(cl.column());
        });
    }
}
