package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pastes the reviews of batches 15-17 (IMS, interconnect, event packages) found misread; fixtures are named after what they caught. */
class ImsReviewRegressionTest {

    private static final String DIR = "/dev/sigref/sip/regression/";

    @Test
    void aStartLineIndentedDeeperThanItsHeadersUnderAListBulletIsStillAMessage() {
        ParseResult r = Fixtures.parse(DIR + "markdown-list-start-line-indented-deeper-than-its-headers.txt");
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(m.statusCode()).isEqualTo(401);
            assertThat(m.reasonPhrase()).isEqualTo("Unauthorized - Challenging the UE");
            assertThat(m.headers()).extracting(Header::canonicalName).containsExactly("Via", "From", "To", "Call-ID",
                    "CSeq", "WWW-Authenticate", "Content-Length");
            assertThat(m.findings()).noneMatch(f -> f.severity() != Severity.INFO);
            assertThat(Fixtures.codes(m.findings())).contains("log-prefix-removed");
        });
        // the bullet line is prose, shown as such; nothing else is left undecoded
        assertThat(r.undecoded()).singleElement().satisfies(u -> assertThat(u.text()).startsWith("- The S-CSCF"));
    }

    @Test
    void proseGluedToARegisteredMethodIsALabelNotAMethodOfItsOwn() {
        SipMessage m = Fixtures.single(DIR + "prose-glued-to-the-method-of-a-request-line.txt");
        assertThat(m.method()).isEqualTo("INVITE");
        assertThat(((SipUri) m.requestUri()).raw()).isEqualTo("sip:bob@example.com");
        assertThat(m.metadata().decoration()).isEqualTo("SIP Header Configuration:http");
        assertThat(m.findings()).noneMatch(f -> f.severity() != Severity.INFO);
        assertThat(m.findings()).filteredOn(f -> f.is(FindingCode.START_LINE_LABEL_REMOVED)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("'SIP Header Configuration:http'"));
    }

    @Test
    void anUnknownMethodWithASpacedUriAndNoMethodFurtherOnStaysARequestLineWithItsFault() {
        SipMessage m = SipParser.parse("FOO bar sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch="
                + "z9hG4bK1\r\nMax-Forwards: 70\r\nFrom: <sip:a@example.com>;tag=1\r\nTo: <sip:bob@example.com>\r\n"
                + "Call-ID: x\r\nCSeq: 1 FOO\r\nContent-Length: 0\r\n\r\n").messages().get(0);
        assertThat(m.method()).isEqualTo("FOO");
        assertThat(Fixtures.codes(m.findings())).contains("whitespace-in-uri").doesNotContain("start-line-label-removed");
    }

    @Test
    void aStrayQuoteMarkBeforeTheStartLineIsNoted() {
        SipMessage m = Fixtures.single(DIR + "stray-quote-mark-before-a-status-line.txt");
        assertThat(m.statusCode()).isEqualTo(100);
        assertThat(m.findings()).filteredOn(f -> f.is(FindingCode.START_LINE_LABEL_REMOVED)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("double quote mark").contains("status line"));
    }

    private static SipMessage challenge(String authenticate) {
        return SipParser.parse("SIP/2.0 401 Unauthorized\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
                + "From: <sip:a@example.com>;tag=1\r\nTo: <sip:a@example.com>;tag=2\r\nCall-ID: x\r\n"
                + "CSeq: 1 REGISTER\r\nWWW-Authenticate: " + authenticate + "\r\nContent-Length: 0\r\n\r\n")
                .messages().get(0);
    }

    @Test
    void aQuotedAlgorithmInAChallengeIsWarnedAsATokenWrittenInQuotes() {
        SipMessage m = challenge("Digest realm=\"ims.example.net\", nonce=\"abc\", algorithm=\"AKAv1-MD5\"");
        assertThat(m.findings()).filteredOn(f -> f.is(FindingCode.DIGEST_DIRECTIVE_QUOTED)).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).contains("algorithm=\"AKAv1-MD5\"").contains("write algorithm=AKAv1-MD5");
                    assertThat(f.column()).isEqualTo("WWW-Authenticate: Digest realm=\"ims.example.net\", nonce=\"abc\", "
                            .length() + 1);
                });
    }

    @Test
    void aChallengesQuotedQopOptionsAndUnquotedAlgorithmAreRight() {
        SipMessage m = challenge("Digest realm=\"ims.example.net\", nonce=\"abc\", algorithm=AKAv1-MD5, qop=\"auth\"");
        assertThat(m.findings()).noneMatch(f -> f.severity() != Severity.INFO);
    }

    @Test
    void rseqInAnInviteIsWarnedOfAndInAReliable183IsNot() {
        SipMessage invite = SipParser.parse("INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch="
                + "z9hG4bK1\r\nMax-Forwards: 70\r\nFrom: <sip:a@example.com>;tag=1\r\nTo: <sip:bob@example.com>\r\n"
                + "Call-ID: x\r\nCSeq: 1 INVITE\r\nContact: <sip:a@192.0.2.1>\r\nRequire: 100rel\r\nRSeq: 1234\r\n"
                + "Content-Length: 0\r\n\r\n").messages().get(0);
        assertThat(invite.findings()).filteredOn(f -> f.is(FindingCode.RSEQ_OUTSIDE_PROVISIONAL_RESPONSE))
                .singleElement().satisfies(f -> {
                    assertThat(f.line()).isEqualTo(10);
                    assertThat(f.message()).contains("INVITE request carries RSeq '1234'");
                });
        SipMessage reliable = SipParser.parse("SIP/2.0 183 Session Progress\r\nVia: SIP/2.0/UDP 192.0.2.1;branch="
                + "z9hG4bK1\r\nFrom: <sip:a@example.com>;tag=1\r\nTo: <sip:bob@example.com>;tag=2\r\nCall-ID: x\r\n"
                + "CSeq: 1 INVITE\r\nContact: <sip:b@192.0.2.2>\r\nRequire: 100rel\r\nRSeq: 1\r\n"
                + "Content-Length: 0\r\n\r\n").messages().get(0);
        assertThat(reliable.findings()).noneMatch(f -> f.severity() != Severity.INFO);
    }

    @Test
    void aPrintfPlaceholderInAUriIsNamedAsSuchAndABrokenEscapeIsNot() {
        String template = "REGISTER sip:ims.example.net SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
                + "Max-Forwards: 70\r\nFrom: <sip:%s@ims.example.net>;tag=1\r\nTo: <sip:%lu@ims.example.net>\r\n"
                + "Call-ID: x\r\nCSeq: 1 REGISTER\r\nContact: <sip:%sales@192.0.2.1>\r\nContent-Length: 0\r\n\r\n";
        SipMessage m = SipParser.parse(template).messages().get(0);
        assertThat(m.findings()).filteredOn(f -> f.is(FindingCode.INVALID_ESCAPE)).extracting(Finding::message)
                .satisfiesExactly(
                        from -> assertThat(from).startsWith("'%s' in 'sip:%s@ims.example.net' is a printf placeholder"),
                        to -> assertThat(to).startsWith("'%lu' in 'sip:%lu@ims.example.net' is a printf placeholder"),
                        contact -> assertThat(contact).startsWith("escape '%sa' in 'sip:%sales@192.0.2.1' is not %"));
    }

    @Test
    void aChatExportsSentenceGluedToTheMethodIsALabelHoweverLong() {
        String sentence = "Use code with caution.B. Menu Response & Further Interactions (SIP INFO)Once the user selects an"
                + " option, the device sends an INFO request back to the gateway:http";
        SipMessage m = SipParser.parse(sentence + "INFO sip:ussd@ims.example.net SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;"
                + "branch=z9hG4bK1\r\nMax-Forwards: 70\r\nFrom: <sip:a@example.com>;tag=1\r\nTo: <sip:ussd@ims.example.net>"
                + ";tag=2\r\nCall-ID: x\r\nCSeq: 2 INFO\r\nContent-Length: 0\r\n\r\n").messages().get(0);
        assertThat(m.method()).isEqualTo("INFO");
        assertThat(m.metadata().decoration()).isEqualTo(sentence);
        assertThat(m.findings()).noneMatch(f -> f.severity() != Severity.INFO);
    }

    @Test
    void aNumberedListingWhoseCrlfCountPassesZeroMidLineStillEndsEachMessageAtItsBody() {
        // six body lines of 4 bytes, Content-Length 24 counting bare LF: counted with CRLF the body is over part way
        // through the fifth line, and the message must still end after the sixth, not run on into the next one
        String body = "a=x\n".repeat(6);
        String first = "INVITE sip:b@example.com SIP/2.0\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\nMax-Forwards: 70\n"
                + "From: <sip:a@example.com>;tag=1\nTo: <sip:b@example.com>\nCall-ID: x\nCSeq: 1 INVITE\n"
                + "Contact: <sip:a@192.0.2.1>\nContent-Type: text/plain\nContent-Length: 24\n\n" + body;
        String second = "SIP/2.0 100 Trying\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\nFrom: <sip:a@example.com>;tag=1\n"
                + "To: <sip:b@example.com>\nCall-ID: x\nCSeq: 1 INVITE\nContent-Length: 0\n";
        String[] lines = (first + second).split("\n");
        StringBuilder listing = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            listing.append(i + 1).append(' ').append(lines[i]).append('\n');
        }
        ParseResult r = SipParser.parse(listing.toString());
        assertThat(r.undecoded()).isEmpty();
        assertThat(r.messages()).hasSize(2);
        assertThat(r.messages().get(0).findings()).filteredOn(f -> f.is(FindingCode.LOG_PREFIX_REMOVED)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("(lines 1-17 of the paste"));
        assertThat(r.messages().get(1).findings()).filteredOn(f -> f.is(FindingCode.LOG_PREFIX_REMOVED)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("(lines 18-24 of the paste"));
    }

    @Test
    void aNumberedListingWithBareLfKeepsTheWholeBodyItsContentLengthCounts() {
        ParseResult r = Fixtures.parse(DIR + "numbered-lines-multipart-whose-content-length-counts-bare-lf.txt");
        assertThat(r.undecoded()).isEmpty();
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(m.findings()).noneMatch(f -> f.severity() != Severity.INFO);
            assertThat(((MultipartBody) m.body()).parts()).extracting(p -> p.body().contentType())
                    .containsExactly("application/sdp", "application/isup; version=itu-t92+");
        });
    }

    private static SipMessage related(String params, String parts) {
        return SipParser.parse(FindingCatalogueTest.multipart("multipart/related;" + params + ";boundary=b1", parts))
                .messages().get(0);
    }

    @Test
    void aRelatedBodysRootIsThePartStartNamesOrTheFirstAndItsTypeMustMatch() {
        String rlmiFirst = "--b1\r\nContent-Type: application/rlmi+xml\r\nContent-ID: <root@example.com>\r\n\r\n<list/>\r\n"
                + "--b1\r\nContent-Type: application/pidf+xml\r\nContent-ID: <p1@example.com>\r\n\r\n<presence/>\r\n--b1--\r\n";
        assertThat(related("type=\"application/rlmi+xml\";start=\"<root@example.com>\"", rlmiFirst).findings())
                .noneMatch(f -> f.is(FindingCode.MULTIPART_RELATED_ROOT));
        assertThat(related("type=\"application/rlmi+xml\"", rlmiFirst).findings())
                .noneMatch(f -> f.is(FindingCode.MULTIPART_RELATED_ROOT));
        // start written without its angle brackets still names the part
        assertThat(related("type=\"application/pidf+xml\";start=p1@example.com", rlmiFirst).findings())
                .noneMatch(f -> f.is(FindingCode.MULTIPART_RELATED_ROOT));
        assertThat(related("type=\"application/rlmi+xml\";start=\"<nobody@example.com>\"", rlmiFirst).findings())
                .filteredOn(f -> f.is(FindingCode.MULTIPART_RELATED_ROOT)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("'<nobody@example.com>'").contains("no part has"));
        assertThat(related("type=\"application/rlmi+xml\";start=\"<p1@example.com>\"", rlmiFirst).findings())
                .filteredOn(f -> f.is(FindingCode.MULTIPART_RELATED_ROOT)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("is 'application/pidf+xml'"));
    }

    @Test
    void aParameterInTypographicQuotesIsNamedAsSuchNotToldToBeQuoted() {
        SipMessage m = SipParser.parse(FindingCatalogueTest.options("Content-Type: text/plain;charset=\u201Dutf-8\u201D",
                "Content-Length: 0")).messages().get(0);
        assertThat(m.findings()).filteredOn(f -> f.is(FindingCode.MALFORMED_HEADER_VALUE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("typographic quotes").contains("write charset=\"utf-8\"")
                        .doesNotContain("quote it"));
    }

    @Test
    void aLineStartingWithTheDelimiterInsideAPartIsWarnedOfOnce() {
        SipMessage m = SipParser.parse(FindingCatalogueTest.multipart("multipart/mixed;boundary=xyz",
                "--xyz\r\nContent-Type: text/plain\r\n\r\n--xyzabc\r\n--xyzdef\r\n--xyz--\r\n")).messages().get(0);
        assertThat(m.findings()).filteredOn(f -> f.is(FindingCode.MULTIPART_BOUNDARY_IN_PART)).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("line '--xyzabc'"));
        assertThat(((TextBody) ((MultipartBody) m.body()).parts().get(0).body()).text()).isEqualTo("--xyzabc\r\n--xyzdef");
    }

    @Test
    void aPartsContentIdWithoutBracketsOrGivenTwiceIsAnError() {
        String part = "--b1\r\nContent-Type: text/plain\r\nContent-ID: %s\r\n\r\nhi\r\n";
        SipMessage bare = SipParser.parse(FindingCatalogueTest.multipart("multipart/mixed;boundary=b1",
                part.formatted("p1@example.com") + "--b1--\r\n")).messages().get(0);
        assertThat(bare.findings()).filteredOn(f -> f.is(FindingCode.MALFORMED_HEADER_VALUE)).singleElement()
                .satisfies(f -> {
                    assertThat(f.reference()).isEqualTo("RFC 2045 §7");
                    assertThat(f.message()).contains("not in angle brackets").contains("write <p1@example.com>");
                });
        SipMessage twice = SipParser.parse(FindingCatalogueTest.multipart("multipart/mixed;boundary=b1",
                part.formatted("<p1@example.com>") + part.formatted("<p1@example.com>") + "--b1--\r\n")).messages().get(0);
        assertThat(twice.findings()).filteredOn(f -> f.is(FindingCode.MALFORMED_HEADER_VALUE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("is given to two parts"));
        SipMessage fine = SipParser.parse(FindingCatalogueTest.multipart("multipart/mixed;boundary=b1",
                part.formatted("<p1@example.com>") + part.formatted("<p2@example.com>") + "--b1--\r\n")).messages().get(0);
        assertThat(fine.findings()).noneMatch(f -> f.severity() != Severity.INFO);
    }

    @Test
    void headersThatBelongToOneKindOfMessageAreWarnedOfElsewhere() {
        SipMessage ok200 = SipParser.parse("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
                + "From: <sip:a@example.com>;tag=1\r\nTo: <sip:b@example.com>;tag=2\r\nCall-ID: x\r\n"
                + "CSeq: 1 SUBSCRIBE\r\nContact: <sip:b@192.0.2.2>\r\nExpires: 600\r\nSubscription-State: active\r\n"
                + "SIP-ETag: e1\r\nContent-Length: 0\r\n\r\n").messages().get(0);
        assertThat(ok200.findings()).filteredOn(f -> f.is(FindingCode.HEADER_OUT_OF_PLACE)).extracting(Finding::message)
                .satisfiesExactly(
                        ss -> assertThat(ss).contains("Subscription-State 'active'").contains("RFC 6665 §8.2.3"),
                        etag -> assertThat(etag).contains("only a 2xx response to PUBLISH carries"));
        SipMessage published = SipParser.parse(ok200.raw().replace("CSeq: 1 SUBSCRIBE", "CSeq: 1 PUBLISH")
                .replace("Subscription-State: active\r\n", "")).messages().get(0);
        assertThat(published.findings()).noneMatch(f -> f.is(FindingCode.HEADER_OUT_OF_PLACE));
    }

    @Test
    void viaAndContactParametersWhoseRulesAllowNoQuotesAreFlaggedWhenQuoted() {
        String quoted = FindingCatalogueTest.options("", java.util.Map.of("Via", "Via: SIP/2.0/UDP 192.0.2.1:5060;"
                + "branch=\"z9hG4bK74bf9\";received=\"192.0.2.1\""), "Contact: <sip:a@192.0.2.1>;expires=\"60\"",
                "Content-Length: 0");
        SipMessage m = SipParser.parse(quoted).messages().get(0);
        assertThat(m.findings()).filteredOn(f -> f.is(FindingCode.MALFORMED_HEADER_VALUE)).extracting(Finding::message)
                .satisfiesExactly(
                        via -> assertThat(via).startsWith("via branch '\"z9hG4bK74bf9\"' is in double quotes")
                                .contains("write branch=z9hG4bK74bf9"),
                        contact -> assertThat(contact).startsWith("contact expires '\"60\"' is in double quotes"));
        // a quoted value where the rule allows one (a generic parameter) stays unremarked
        assertThat(SipParser.parse(FindingCatalogueTest.options("Contact: <sip:a@192.0.2.1>;+sip.instance=\"<urn:uuid:"
                + "00000000-0000-1000-8000-000000000001>\"", "Content-Length: 0")).messages().get(0).findings())
                .noneMatch(f -> f.severity() != Severity.INFO);
    }

    private static List<String> sdpCodes(String sdp) {
        return Fixtures.codes(SipParser.parse(FindingCatalogueTest.withSdp(sdp)).messages().get(0).findings());
    }

    @Test
    void aRejectedStreamNeedsNoRtpmapForItsDynamicPayloadTypes() {
        String answer = FindingCatalogueTest.SDP_OK + "m=video 0 RTP/AVP 120\r\n";
        assertThat(sdpCodes(answer)).doesNotContain("sdp-missing-rtpmap");
        assertThat(sdpCodes(answer.replace("m=video 0 ", "m=video 5004 "))).contains("sdp-missing-rtpmap");
    }

    @Test
    void blanksEndingAnFmtpOrSsrcValueAreItsOwnButEndingAnRtpmapAreNot() {
        assertThat(sdpCodes(FindingCatalogueTest.SDP_OK + "a=fmtp:96 mode-set=0,2,4,7 \r\na=ssrc:1 cname:x \r\n"))
                .doesNotContain("sdp-trailing-whitespace");
        assertThat(sdpCodes(FindingCatalogueTest.SDP_OK.replace("AMR/8000", "AMR/8000 "))).contains("sdp-trailing-whitespace");
    }

    @Test
    void aFingerprintIsUpperCaseAsciiHex() {
        String print = "4A:AD:B9:B1:3F:82:18:3B:54:02:12:DF:3E:5D:49:6B:19:E5:7C:AB:3F:B7:E8:2A:FC:B5:5E:75:A9:01:E5:27";
        assertThat(sdpCodes(FindingCatalogueTest.SDP_OK + "a=fingerprint:sha-256 " + print + "\r\n")).isEmpty();
        assertThat(sdpCodes(FindingCatalogueTest.SDP_OK + "a=fingerprint:sha-256 " + print.toLowerCase() + "\r\n"))
                .containsExactly("sdp-fingerprint-lower-case");
        // Arabic-Indic digits are digits to Character.digit, never to the grammar (DIGIT is ASCII)
        assertThat(sdpCodes(FindingCatalogueTest.SDP_OK + "a=fingerprint:sha-256 \u0664A:AD\r\n"))
                .containsExactly("sdp-malformed-attribute");
    }

    @Test
    void preconditionTagsMatchInAnyCaseAsAbnfLiteralsDo() {
        SipMessage m = SipParser.parse(FindingCatalogueTest.withSdp(FindingCatalogueTest.SDP_OK
                + "a=curr:qos local none\r\na=des:qos MANDATORY Local SendRecv\r\n")).messages().get(0);
        assertThat(m.findings()).noneMatch(f -> f.severity() != Severity.INFO);
        assertThat(((SdpBody) m.body()).session().media().get(0).preconditions()).extracting(p -> p.strength())
                .containsExactly(null, "mandatory");
    }

    @Test
    void aHostWithTwoPortsIsAPortFaultNotAnUnbracketedIpv6Address() {
        SipMessage m = SipParser.parse(FindingCatalogueTest.options("Route: <sip:proxy.example.com:5060:5060;lr>",
                "Content-Length: 0")).messages().get(0);
        assertThat(m.findings()).filteredOn(f -> f.severity() == Severity.ERROR).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("invalid-port");
            assertThat(f.message()).startsWith("port '5060:5060'").contains("more than one port");
        });
        // an IPv6 address without brackets is still named as such
        assertThat(Fixtures.codes(SipParser.parse(FindingCatalogueTest.options("Route: <sip:2001:db8::1;lr>",
                "Content-Length: 0")).messages().get(0).findings())).contains("malformed-ipv6-reference");
    }

    @Test
    void aBadCharacterInALocalTelNumberCitesRfc3966AndTheLocalAlphabet() {
        Finding f = SipParser.parse(FindingCatalogueTest.options("P-Asserted-Identity: <tel:*23#!;phone-context=example.com>",
                "Content-Length: 0")).messages().get(0).findings().stream().filter(x -> x.is(FindingCode.MALFORMED_URI))
                .findFirst().orElseThrow();
        assertThat(f.reference()).isEqualTo("RFC 3966 §3");
        assertThat(f.message()).contains("a local number holds hex digits, '*', '#'");
    }

    @Test
    void aListHeadersElementsMovedBelowItsEmptyValueAreItsValueNotABody() {
        SipMessage m = SipParser.parse("SIP/2.0 200 OK\nVia: SIP/2.0/UDP 192.0.2.2:5060;branch=z9hG4bK1\n"
                + "From: <sip:a@192.0.2.2>;tag=1\nTo: <sip:b@192.0.2.1>;tag=2\nCall-ID: x1\nCSeq: 1 OPTIONS\nAllow:\n"
                + "INVITE,ACK,BYE\n,UPDATE\nContent-Length: 0\n\n").messages().get(0);
        assertThat(m.header("Allow")).map(Header::rawValue).contains("INVITE,ACK,BYE,UPDATE");
        assertThat(m.header("Content-Length")).isPresent();
        assertThat(m.findings()).noneMatch(f -> f.severity() != Severity.INFO);
        // an empty Subject followed by prose is still a body that lost its empty line
        SipMessage subject = SipParser.parse(FindingCatalogueTest.options("Subject:").replace("\r\n\r\n",
                "\r\nhello there\r\n")).messages().get(0);
        assertThat(Fixtures.codes(subject.findings())).contains("missing-empty-line");
    }

    @Test
    void headerLinesBehindIndentationOrALogPrefixWithoutAStartLineAreNamedAsSuch() {
        ParseResult tree = SipParser.parse("Message Header\n    From: <sip:a@192.0.2.2>;tag=1\n    To: <sip:b@192.0.2.1>\n"
                + "    Call-ID: x1\n    CSeq: 1 INVITE\n");
        assertThat(tree.messages()).isEmpty();
        assertThat(tree.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("they hold 4 SIP header lines (From, To, Call-ID, CSeq)").contains("no request or status line"));
        ParseResult versionless = SipParser.parse("  INVITE sip:bob@example.org\n  To: <sip:bob@example.org>\n"
                + "  From: <sip:a@example.org>;tag=1\n  Call-ID: x1\n");
        assertThat(versionless.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("a request line without the SIP version at its end and indented"));
        // prose that names headers is no header line
        ParseResult prose = SipParser.parse("Then set the Content-Type: header and the Content-Length: header.\n"
                + "Use the From: header too.\n");
        assertThat(prose.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .doesNotContain("SIP header lines"));
    }
}
