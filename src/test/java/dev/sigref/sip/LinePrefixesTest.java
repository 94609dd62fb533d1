package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Logs that put a prefix on every line, and CR written as ^M: the SIP text after them is read as if pasted bare. */
class LinePrefixesTest {

    @Test
    void asteriskFullLogLinesAreReadAfterTheirTimestamps() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/asterisk-full-log-prefixed.sip");
        assertThat(r.messages()).extracting(SipMessage::startLine)
                .containsExactly("OPTIONS sip:bob@example.com SIP/2.0", "SIP/2.0 200 OK");
        SipMessage options = r.messages().get(0);
        assertThat(Fixtures.codes(options.findings())).containsExactly("log-prefix-removed");
        // the prefix goes from the message's own lines; the log lines around it keep theirs
        assertThat(options.findings().get(0).message()).contains("'[Jan  1 10:00:00] '").contains("lines 2-10");
        // lines and columns are those of the paste: the header name stands after the 18-character prefix
        assertThat(options.headers().get(0).line()).isEqualTo(3);
        assertThat(options.headers().get(0).column()).isEqualTo(19);
        assertThat(options.metadata().source()).isEqualTo(new Endpoint("192.0.2.1", 5060));
        assertThat(r.messages().get(1).metadata().destination()).isEqualTo(new Endpoint("192.0.2.1", 5060));
        assertThat(r.messages().get(1).findings().get(0).message()).contains("'[Jan  1 10:00:01] '")
                .contains("lines 13-21");
        assertThat(r.undecoded()).allSatisfy(b -> assertThat(b.reason()).startsWith("log decoration"));
    }

    @Test
    void logcatHeadersAreRemovedAndALineHoldingOnlyTheHeaderIsTheEmptyLine() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/logcat-prefixed.sip");
        assertThat(r.messages()).hasSize(1);
        SipMessage m = r.messages().get(0);
        assertThat(m.callId()).contains("opt-1@192.0.2.1");
        assertThat(m.cseq()).map(CSeqValue::method).contains("OPTIONS");
        assertThat(Fixtures.codes(m.findings())).containsExactlyInAnyOrder("log-prefix-removed", "lf-line-endings");
        // the log lines before and after the message are log text, shown as such with their prefix
        assertThat(r.undecoded()).extracting(UndecodedBlock::text)
                .anySatisfy(t -> assertThat(t).contains("message sent to"))
                .anySatisfy(t -> assertThat(t).startsWith("01-01 10:00:00.130  4321  4350 I Linphone: wake lock"));
    }

    @Test
    void aMessageWithoutContentLengthEndsWhereTheLogPrefixStops() {
        String text = FindingCatalogueTest.options().lines().map(l -> "I/sip: " + l + "\n").reduce("", String::concat)
                + "I/sip: wake lock released\n";
        ParseResult r = SipParser.parse(text);
        SipMessage m = r.messages().get(0);
        assertThat(m.body()).isInstanceOf(EmptyBody.class);
        assertThat(Fixtures.codes(m.findings())).containsExactlyInAnyOrder("log-prefix-removed", "lf-line-endings");
        assertThat(r.undecoded()).singleElement().satisfies(b -> assertThat(b.text()).isEqualTo("I/sip: wake lock released\n"));
    }

    @Test
    void aLineNumberPrefixWhosePaddingShrinksAsTheNumberGrowsIsStillOnePrefix() {
        String[] lines = FindingCatalogueTest.options("Content-Length: 0").split("\r\n", -1);
        lines = java.util.Arrays.copyOf(lines, lines.length - 1); // the empty line stays, the text after it goes
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            int n = i + 6;
            text.append(n < 10 ? "[ Line " + n + " ] " : "[ Line " + n + "] ").append(lines[i]).append('\n');
        }
        SipMessage m = SipParser.parse(text.toString()).messages().get(0);
        assertThat(m.headers()).extracting(Header::canonicalName).contains("Call-ID", "CSeq", "Content-Length");
        assertThat(Fixtures.codes(m.findings())).containsExactlyInAnyOrder("log-prefix-removed", "lf-line-endings");
    }

    @Test
    void anIndentedCopyKeepsTheFoldOfAFoldedHeader() {
        SipMessage m = Fixtures.parse("/dev/sigref/sip/logs/indented-console.sip").messages().get(0);
        assertThat(m.header("Subject")).map(Header::rawValue).contains("a subject folded over two lines");
        assertThat(Fixtures.codes(m.findings())).containsExactly("log-prefix-removed");
    }

    @Test
    void aHeaderWhoseValueReadsLikeAStartLineIsNoPrefix() {
        ParseResult r = SipParser.parse(FindingCatalogueTest.options("Subject: INVITE sip:carol@example.com SIP/2.0",
                "Content-Length: 0"));
        assertThat(r.messages()).hasSize(1);
        assertThat(r.messages().get(0).header("Subject")).map(Header::rawValue)
                .contains("INVITE sip:carol@example.com SIP/2.0");
        assertThat(r.allFindings()).isEmpty();
    }

    @Test
    void aPrefixOnTheStartLineAloneIsRemovedFromThatLine() {
        String text = "DEBUG <157>[S=2469] [SID=1a2b:5:29]  " + FindingCatalogueTest.options("Content-Length: 0");
        ParseResult r = SipParser.parseThroughPasses(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SipMessage m = r.messages().get(0);
        assertThat(m.method()).isEqualTo("OPTIONS");
        assertThat(Fixtures.codes(m.findings())).containsExactly("log-prefix-removed");
        assertThat(m.findings().get(0).message()).contains("(line 1 of the paste carries one)");
        // read as it stands first, the same text is a start line with a label, and the label is named
        SipMessage bare = SipParser.parse(text).messages().get(0);
        assertThat(bare.method()).isEqualTo("OPTIONS");
        assertThat(bare.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("line 1 starts with 'DEBUG <157>[S=2469] [SID=1a2b:5:29]  ' before its start line"));
    }

    @Test
    void twoMessagesWithDifferentPrefixesAreEachReadAndEachNamed() {
        String a = FindingCatalogueTest.options("Content-Length: 0").lines().map(l -> "A1 " + l + "\r\n")
                .reduce("", String::concat);
        String b = FindingCatalogueTest.options("Content-Length: 0").lines().map(l -> "[x] " + l + "\r\n")
                .reduce("", String::concat);
        ParseResult r = SipParser.parse(a + b);
        assertThat(r.messages()).hasSize(2);
        List<String> notes = r.messages().stream().map(m -> m.findings().get(0).message()).toList();
        assertThat(notes.get(0)).contains("'A1 '");
        assertThat(notes.get(1)).contains("'[x] '");
        assertThat(r.messages()).allSatisfy(m -> assertThat(Fixtures.codes(m.findings())).containsExactly("log-prefix-removed"));
    }

    @Test
    void caretMAtLineEndsIsReadAsTheCarriageReturnItShows() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/caret-m.sip");
        assertThat(r.messages()).hasSize(1);
        assertThat(r.allFindings()).isEmpty();
        assertThat(r.messages().get(0).raw()).contains("SIP/2.0\r\n").doesNotContain("^M");
    }

    @Test
    void caretMInsideAValueStaysText() {
        ParseResult r = SipParser.parse(FindingCatalogueTest.options("Subject: ^Menu^M item", "Content-Length: 0"));
        assertThat(r.messages().get(0).header("Subject")).map(Header::rawValue).contains("^Menu^M item");
    }

    @Test
    void aHeaderTailThatLostItsPrefixStaysInTheMessage() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/line-numbered-header-wrapped-without-its-prefix.sip");
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(Fixtures.codes(m.findings())).containsExactlyInAnyOrder("log-prefix-removed", "lf-line-endings",
                    "wrapped-line-joined");
            assertThat(m.findings()).anySatisfy(f -> assertThat(f.message())
                    .contains("lines 1-12 of the paste carry one, except 1 wrapped or folded line"));
            assertThat(m.vias()).singleElement().satisfies(v -> {
                assertThat(v.branch()).isEqualTo("z9hG4bK4f1c8e2a9b7d4c03a1e56f7b8c9d0e1f");
                assertThat(v.params()).extracting(Param::name).contains("rport", "transport");
            });
            assertThat(m.header("Content-Length")).map(Header::line).contains(10);
        });
        assertThat(r.undecoded()).isEmpty();
    }

    @Test
    void anRfcFlowLabelInTheIndentOfTheStartLineIsSetAside() {
        String paste = "   F3 SIP/2.0 429 Provide Referrer Identity\n"
                + "      Via: SIP/2.0/UDP referee.example\n"
                + "         ;branch=z9hG4bKffe209934aac\n"
                + "      To: <sip:refertarget@target.example>;tag=392093422302334\n"
                + "      From: <sip:referee@referee.example>;tag=2909034023\n"
                + "      Call-ID: fe9023940-a3465@referee.example\n"
                + "      CSeq: 889823409 INVITE\n"
                + "      Content-Length: 0\n\n"
                + "   F4 ACK sip:refertarget@target.example SIP/2.0\n"
                + "      Via: SIP/2.0/UDP referee.example;branch=z9hG4bKffe209934aac\n"
                + "      Max-Forwards: 70\n"
                + "      To: <sip:refertarget@target.example>;tag=392093422302334\n"
                + "      From: <sip:referee@referee.example>;tag=2909034023\n"
                + "      Call-ID: fe9023940-a3465@referee.example\n"
                + "      CSeq: 889823409 ACK\n"
                + "      Content-Length: 0\n\n";
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).extracting(SipMessage::startLine)
                .containsExactly("SIP/2.0 429 Provide Referrer Identity", "ACK sip:refertarget@target.example SIP/2.0");
        assertThat(r.messages()).allSatisfy(m -> assertThat(m.findings()).noneMatch(f -> f.severity() != Severity.INFO));
        assertThat(r.messages().get(0).vias()).singleElement().extracting(ViaValue::branch)
                .isEqualTo("z9hG4bKffe209934aac");
        assertThat(r.messages().get(0).findings()).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("lines 1-8 of the paste carry one)"));
        assertThat(r.undecoded()).isEmpty();
    }

    @Test
    void foldedLinesWithoutThePrefixContinueTheirHeader() {
        String paste = "[ Line  1 ] REGISTER sip:ims.example.com SIP/2.0\n"
                + "[ Line  2 ] Via: SIP/2.0/UDP 192.0.2.15:5060;branch=z9hG4bK3933794001smg\n"
                + "[ Line  3 ] Max-Forwards: 70\n"
                + "[ Line  4 ] Authorization: Digest\n"
                + "               username=\"001010123456789@ims.example.com\",\n"
                + "               realm=\"ims.example.com\", uri=\"sip:ims.example.com\",\n"
                + "               nonce=\"\", response=\"\"\n"
                + "[ Line  5 ] From: <sip:+15551234567@ims.example.com>;tag=1\n"
                + "[ Line  6 ] To: <sip:+15551234567@ims.example.com>\n"
                + "[ Line  7 ] Call-ID: r1@192.0.2.15\n"
                + "[ Line  8 ] CSeq: 1 REGISTER\n"
                + "[ Line  9 ] Content-Length: 0\n"
                + "[ Line 10 ]\n";
        SipMessage m = SipParser.parse(paste).messages().get(0);
        assertThat(m.header("Authorization")).map(Header::rawValue).get().asString().contains("realm=\"ims.example.com\"");
        assertThat(Fixtures.codes(m.findings())).containsExactlyInAnyOrder("log-prefix-removed", "lf-line-endings");
    }

    @Test
    void aNoteUnderAPrefixedListingIsNotPartOfItsShortBody() {
        String message = FindingCatalogueTest.options("hi\r\n", java.util.Map.of(), "Content-Type: text/plain",
                "Content-Length: 40");
        StringBuilder paste = new StringBuilder();
        String[] lines = message.split("\r\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            paste.append(String.format("[ Line %d ] ", i + 1)).append(lines[i]).append('\n');
        }
        paste.append("Note : the last line is the body\n");
        ParseResult r = SipParser.parse(paste.toString());
        SipMessage m = r.messages().get(0);
        assertThat(((TextBody) m.body()).text()).isEqualTo("hi\n");
        assertThat(m.findings()).filteredOn(f -> f.is(FindingCode.CONTENT_LENGTH_MISMATCH)).singleElement()
                .extracting(Finding::message).asString().contains("3 bytes present");
        assertThat(r.undecoded()).singleElement().extracting(UndecodedBlock::text)
                .isEqualTo("Note : the last line is the body\n");
    }

    @Test
    void aListingThatLeavesTheEmptyLineUnnumberedKeepsItsBody() {
        String sdp = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n";
        String message = FindingCatalogueTest.withSdp(sdp);
        StringBuilder paste = new StringBuilder();
        int n = 1;
        for (String line : message.split("\r\n", -1)) {
            if (!line.isEmpty()) {
                paste.append(String.format("[ Line %d ] ", n++)).append(line);
            }
            paste.append("\r\n");
        }
        ParseResult r = SipParser.parse(paste.toString());
        SipMessage m = r.messages().get(0);
        assertThat(Fixtures.codes(m.findings())).containsExactly("log-prefix-removed");
        assertThat(((SdpBody) m.body()).session().media()).hasSize(1);
        assertThat(r.undecoded()).isEmpty();
    }

    @Test
    void anIndentedMessageWithABrokenStatusLineIsDecodedAndTheFaultNamed() {
        String message = FindingCatalogueTest.response("SIP/2.0  486 Busy Here", "1 INVITE",
                "<sip:bob@example.com>;tag=55rdds", "Content-Length: 0");
        String indented = "   " + message.replace("\r\n", "\r\n   ");
        ParseResult r = SipParser.parse(indented);
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(m.statusCode()).isEqualTo(486);
            assertThat(Fixtures.codes(m.findings())).contains("log-prefix-removed", "extra-whitespace");
        });
    }

    @Test
    void aMarkerOnTheStartLineOnlyOrALessThanSignGluedToTheMethodIsPartOfThePrefix() {
        String message = FindingCatalogueTest.options("Content-Length: 0");
        StringBuilder arrow = new StringBuilder();
        String[] lines = message.split("\r\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            arrow.append("flutter:  SIP_LOG 2026-02-19 12:42:55.77300").append(i).append(i == 0 ? "  \u2192 " : "  ")
                    .append(lines[i]).append('\n');
        }
        SipMessage m = SipParser.parse(arrow.toString()).messages().get(0);
        assertThat(m.method()).isEqualTo("OPTIONS");
        assertThat(Fixtures.codes(m.findings())).containsExactlyInAnyOrder("log-prefix-removed", "lf-line-endings");
        SipMessage lt = SipParser.parse("13:02:39,427|Tele|SendToNetwork: To 10.0.0.2:5060[71:0] <" + message)
                .messages().get(0);
        assertThat(lt.method()).isEqualTo("OPTIONS");
        assertThat(lt.findings()).extracting(Finding::code).containsExactly("log-prefix-removed");
    }

    @Test
    void aNumberedListingOfAMultipartBodyKeepsGoingOverItsUnnumberedEmptyLines() {
        SipMessage m = Fixtures.single("/dev/sigref/sip/logs/line-numbered-listing-of-a-multipart-body-with-unnumbered-empty-lines.txt");
        assertThat(Fixtures.codes(m.findings())).doesNotContain("sdp-malformed-line", "data-after-body",
                "content-length-mismatch");
        assertThat(((MultipartBody) m.body()).parts()).hasSize(2);
    }

    @Test
    void aLogLevelAfterTheTimeIsPartOfThePrefixNotTheMethod() {
        String message = FindingCatalogueTest.options("Content-Length: 0");
        StringBuilder paste = new StringBuilder();
        for (String line : message.split("\r\n", -1)) {
            paste.append("2024-03-01 12:00:01.123 DEBUG ").append(line).append('\n');
        }
        SipMessage m = SipParser.parse(paste.toString()).messages().get(0);
        assertThat(m.method()).isEqualTo("OPTIONS");
        assertThat(Fixtures.codes(m.findings())).containsExactlyInAnyOrder("log-prefix-removed", "lf-line-endings");
    }

    @Test
    void aBodyLineThatLostItsIndentationStaysInTheBody() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/tab-indented-sdp-line-wrapped-to-column-one.sip");
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(Fixtures.codes(m.findings())).containsExactlyInAnyOrder("log-prefix-removed", "lf-line-endings",
                    "sdp-malformed-line");
            SdpBody sdp = (SdpBody) m.body();
            assertThat(sdp.session().media()).singleElement().satisfies(md -> assertThat(md.attributes())
                    .extracting(dev.sigref.sip.sdp.Attribute::name).containsExactly("fingerprint", "rtpmap", "sendrecv"));
        });
        // the log line after the body keeps its indentation and is no part of the message
        assertThat(r.undecoded()).singleElement().satisfies(u -> assertThat(u.text()).contains("later log text"));
    }

    @Test
    void aLabelBeforeEveryHeaderIsAPrefixEvenWhenTheStartLineHasAnother() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/cisco-header-labels-on-every-header-line.sip");
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(Fixtures.codes(m.findings())).containsExactlyInAnyOrder("log-prefix-removed", "lf-line-endings");
            assertThat(m.statusCode()).isEqualTo(401);
            assertThat(m.headers()).extracting(Header::canonicalName).containsExactly("Via", "From", "To", "Call-ID",
                    "CSeq", "WWW-Authenticate", "Content-Length");
        });
    }

    @Test
    void aLogLevelWithAColonOnEveryLineIsAPrefixNotAHeaderName() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/level-word-and-colon-on-every-line.sip");
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(m.method()).isEqualTo("INVITE");
            assertThat(Fixtures.codes(m.findings())).containsExactlyInAnyOrder("log-prefix-removed", "lf-line-endings");
            assertThat(m.body()).isInstanceOf(SdpBody.class);
        });
    }

    @Test
    void anExtensionHeaderWhoseValueReadsLikeAHeaderStaysAHeader() {
        ParseResult r = SipParser.parse(FindingCatalogueTest.options("X-Note: Via: copied text", "Content-Length: 0"));
        assertThat(r.messages().get(0).header("X-Note")).map(Header::rawValue).contains("Via: copied text");
    }

    @Test
    void aPrefixedMessageAfterABareOneIsDecodedToo() {
        String bare = FindingCatalogueTest.options("Content-Length: 0").replace("\r\n", "\n");
        StringBuilder paste = new StringBuilder(bare);
        for (String line : bare.replace("OPTIONS sip:", "INFO sip:").split("\n")) {
            paste.append("2026-11-25 10:00:00.123 DEBUG [sip] ").append(line).append('\n');
        }
        ParseResult r = SipParser.parse(paste.append("2026-11-25 10:00:00.123 DEBUG [sip] \n").toString());
        assertThat(r.undecoded()).isEmpty();
        assertThat(r.messages()).extracting(SipMessage::method).containsExactly("OPTIONS", "INFO");
        assertThat(Fixtures.codes(r.messages().get(1).findings())).contains("log-prefix-removed")
                .doesNotContain("missing-via", "missing-call-id");
    }

    @Test
    void anExtensionMethodWithDigitsOrMarksIsReadBehindAPrefix() {
        for (String method : new String[] {"X-CUSTOM", "PING2", "NOTIFY_V2"}) {
            StringBuilder paste = new StringBuilder();
            for (String line : FindingCatalogueTest.options("Content-Length: 0").replace("OPTIONS", method)
                    .split("\r\n")) {
                paste.append("2026-01-01 10:00:00.123 DEBUG [sip] ").append(line).append('\n');
            }
            ParseResult r = SipParser.parse(paste.toString());
            assertThat(r.messages()).as(method).singleElement().satisfies(m -> assertThat(m.method()).isEqualTo(method));
        }
        // a log level before a registered method is still no method
        StringBuilder leveled = new StringBuilder();
        for (String line : FindingCatalogueTest.options("Content-Length: 0").split("\r\n")) {
            leveled.append("DEBUG ").append(line).append('\n');
        }
        assertThat(SipParser.parse(leveled.toString()).messages()).singleElement()
                .satisfies(m -> assertThat(m.method()).isEqualTo("OPTIONS"));
    }

    @Test
    void numberedLinesWhoseFirstHeaderIsFoldedLoseTheirNumbers() {
        String paste = "0001: SIP/2.0 200 OK\n0002: Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1,\n"
                + "0003:   SIP/2.0/UDP 192.0.2.9;branch=z9hG4bK2\n0004: To: <sip:bob@example.com>;tag=2\n"
                + "0005: From: <sip:a@example.com>;tag=1\n0006: Call-ID: 1@x\n0007: CSeq: 1 OPTIONS\n"
                + "0008: Content-Length: 0\n0009: \n";
        SipMessage m = SipParser.parse(paste).messages().get(0);
        assertThat(Fixtures.codes(m.findings())).containsExactlyInAnyOrder("log-prefix-removed", "lf-line-endings");
        assertThat(m.header("Via").orElseThrow().parsed()).hasSize(2);
    }

    @Test
    void aPrefixSomeLinesCarryAfterABlankOrTwoIsStillThePrefix() {
        String paste = FindingCatalogueTest.options("Content-Length: 0").lines()
                .map(l -> (l.startsWith("Via") || l.startsWith("To") ? " " : "") + "I/App: " + l + "\n")
                .reduce("", String::concat);
        SipMessage m = SipParser.parse(paste).messages().get(0);
        assertThat(m.method()).isEqualTo("OPTIONS");
        assertThat(m.findings()).noneMatch(f -> f.severity() != Severity.INFO);
    }
}
