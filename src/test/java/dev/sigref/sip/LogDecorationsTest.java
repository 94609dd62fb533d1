package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogDecorationsTest {

    @ParameterizedTest
    @CsvSource({
        "/dev/sigref/sip/logs/ngrep-byline.sip, ngrep, 2",
        "/dev/sigref/sip/logs/sngrep.sip, sngrep, 2",
        "/dev/sigref/sip/logs/asterisk-pjsip.sip, asterisk, 2",
        "/dev/sigref/sip/logs/kamailio-sipdump.sip, kamailio, 2",
        "/dev/sigref/sip/logs/freeswitch-siptrace.sip, freeswitch, 2",
        "/dev/sigref/sip/logs/tshark-follow.sip, wireshark, 1",
        "/dev/sigref/sip/logs/sipp-trace-msg.sip, sipp, 2",
        "/dev/sigref/sip/logs/opensips-cli-trace.sip, opensips, 2",
        "/dev/sigref/sip/logs/pjsua-log.sip, pjsip, 2",
        "/dev/sigref/sip/logs/cisco-ccsip-debug.sip, cisco, 2",
        "/dev/sigref/sip/logs/oracle-sbc-sipmsg.sip, oracle-sbc, 2",
        "/dev/sigref/sip/logs/ngrep-byline-no-time.sip, ngrep, 2",
    })
    void decoratedTracesYieldEveryMessageCleanWithTheToolNamed(String fixture, String tool, int messages) {
        ParseResult r = Fixtures.parse(fixture);
        assertThat(r.messages()).hasSize(messages);
        assertThat(r.allFindings()).isEmpty();
        assertThat(r.messages()).allSatisfy(m -> assertThat(m.metadata().tool()).isEqualTo(tool));
        // closing separators are kept, never silently dropped
        assertThat(r.undecoded()).allSatisfy(b -> assertThat(b.reason()).startsWith("log decoration"));
    }

    @Test
    void ngrepHeaderLinesGiveTimestampAddressesAndTransport() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/ngrep-byline.sip");
        MessageMetadata meta = r.messages().get(1).metadata();
        assertThat(meta.timestamp()).isEqualTo("2026/01/01 10:00:00.125000");
        assertThat(meta.source()).isEqualTo(new Endpoint("192.0.2.2", 5060));
        assertThat(meta.destination()).isEqualTo(new Endpoint("192.0.2.1", 5060));
        assertThat(meta.transport()).isEqualTo("UDP");
        assertThat(meta.decoration()).contains("U 2026/01/01 10:00:00.125000 192.0.2.2:5060");
    }

    @Test
    void ngrepBylineDotsAreReadAsTheCarriageReturnsTheyStandFor() {
        SipMessage m = Fixtures.parse("/dev/sigref/sip/logs/ngrep-byline.sip").messages().get(0);
        assertThat(m.startLine()).isEqualTo("OPTIONS sip:bob@example.com SIP/2.0");
        assertThat(m.callId()).contains("opt-1@192.0.2.1");
        assertThat(m.raw()).contains("\r\n").doesNotContain(".\n");
    }

    @Test
    void sippTraceLinesGiveTimeAndTransport() {
        MessageMetadata meta = Fixtures.parse("/dev/sigref/sip/logs/sipp-trace-msg.sip").messages().get(1).metadata();
        assertThat(meta.timestamp()).isEqualTo("2026-01-01 10:00:00.125000");
        assertThat(meta.transport()).isEqualTo("UDP");
    }

    @Test
    void opensipsCliTraceLinesGiveEpochTimeAndBothEnds() {
        MessageMetadata meta = Fixtures.parse("/dev/sigref/sip/logs/opensips-cli-trace.sip").messages().get(1).metadata();
        assertThat(meta.timestamp()).isEqualTo("1767261600.125000");
        assertThat(meta.source()).isEqualTo(new Endpoint("192.0.2.2", 5060));
        assertThat(meta.destination()).isEqualTo(new Endpoint("192.0.2.1", 5060));
        assertThat(meta.transport()).isEqualTo("UDP");
    }

    @Test
    void pjsipTxAndRxLinesGiveTheFarEndAndDirection() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/pjsua-log.sip");
        assertThat(r.messages().get(0).metadata().destination()).isEqualTo(new Endpoint("192.0.2.2", 5060));
        assertThat(r.messages().get(0).metadata().source()).isNull();
        assertThat(r.messages().get(1).metadata().source()).isEqualTo(new Endpoint("192.0.2.2", 5060));
        assertThat(r.messages().get(1).metadata().timestamp()).isEqualTo("10:00:00.125");
    }

    @Test
    void aPjsipLineWithoutTheMessagesNameIsDecorationToo() {
        String options = FindingCatalogueTest.options("Content-Length: 0");
        ParseResult r = SipParser.parse("10:00:00.000  pjsua_core.c  .RX 503 bytes Request msg from UDP 10.0.0.2:5060:\n"
                + options + "--end msg--\n10:00:01.001  pjsua_core.c  .TX 480 bytes Request msg to UDP 10.0.0.2:5060:\n"
                + options + "--end msg--\n");
        assertThat(r.messages()).hasSize(2);
        assertThat(r.messages().get(0).metadata().source()).isEqualTo(new Endpoint("10.0.0.2", 5060));
        assertThat(r.messages().get(1).metadata().destination()).isEqualTo(new Endpoint("10.0.0.2", 5060));
        assertThat(r.allFindings()).noneMatch(f -> f.is(FindingCode.UNDECODABLE_TEXT));
    }

    @Test
    void ciscoDebugLinesGiveTheTime() {
        MessageMetadata meta = Fixtures.parse("/dev/sigref/sip/logs/cisco-ccsip-debug.sip").messages().get(0).metadata();
        assertThat(meta.timestamp()).isEqualTo("Jan  1 10:00:00.123");
        assertThat(meta.decoration()).contains("Sent:");
    }

    @Test
    void ciscoPacketHeadersEndAMessageThatLacksItsEmptyLine() {
        // documentation copies of 'debug ccsip messages' drop the empty lines, and 'Sent:' must not become a header
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/cisco-ccsip-debug-without-empty-lines.sip");
        assertThat(r.messages()).extracting(SipMessage::startLine).containsExactly("SIP/2.0 100 Trying",
                "ACK sip:bob@example.com SIP/2.0");
        assertThat(r.messages().get(0).headers()).extracting(Header::name).doesNotContain("Sent");
        assertThat(r.messages().get(1).metadata().timestamp()).isEqualTo("Nov 24 10:00:00.140");
        assertThat(r.undecoded()).isEmpty();
    }

    @Test
    void oracleSbcLinesSayWhichSideSentAndWhichReceived() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/oracle-sbc-sipmsg.sip");
        assertThat(r.messages().get(0).metadata().source()).isEqualTo(new Endpoint("192.0.2.1", 5060));
        assertThat(r.messages().get(0).metadata().destination()).isEqualTo(new Endpoint("192.0.2.2", 5060));
        assertThat(r.messages().get(1).metadata().source()).isEqualTo(new Endpoint("192.0.2.2", 5060));
        assertThat(r.messages().get(1).metadata().destination()).isEqualTo(new Endpoint("192.0.2.1", 5060));
        assertThat(r.messages().get(1).metadata().timestamp()).isEqualTo("Jan  1 10:00:00.125");
    }

    @Test
    void ngrepWithoutTimestampsStillRestoresBylineDots() {
        SipMessage m = Fixtures.parse("/dev/sigref/sip/logs/ngrep-byline-no-time.sip").messages().get(0);
        assertThat(m.metadata().source()).isEqualTo(new Endpoint("192.0.2.1", 5060));
        assertThat(m.metadata().timestamp()).isNull();
        assertThat(m.raw()).contains("\r\n").doesNotContain(".\n");
    }

    @Test
    void anNgrepCaptureCutAfterItsLastDotLeavesNoControlCharacter() {
        String paste = "U 192.0.2.1:5060 -> 192.0.2.2:5060\nOPTIONS sip:bob@example.com SIP/2.0.\n"
                + "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK3b58;rport.";
        SipMessage m = SipParser.parse(paste).messages().get(0);
        assertThat(Fixtures.codes(m.findings())).doesNotContain("control-character", "malformed-header-value");
        assertThat(m.vias()).singleElement().satisfies(v -> assertThat(v.params()).extracting(Param::name)
                .containsExactly("branch", "rport"));
    }

    @Test
    void anNgrepCaptureQuotedInAReplyKeepsItsRequestAndLosesItsDots() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/ngrep-byline-quoted-in-a-reply.sip");
        assertThat(r.messages()).extracting(SipMessage::startLine)
                .containsExactly("REGISTER sip:example.com SIP/2.0", "SIP/2.0 401 Unauthorized");
        assertThat(r.messages()).allSatisfy(m -> {
            assertThat(Fixtures.codes(m.findings())).containsExactly("log-prefix-removed");
            assertThat(m.callId()).contains("q1@192.0.2.1");
        });
        assertThat(r.messages().get(1).metadata().source()).isEqualTo(new Endpoint("192.0.2.2", 5060));
        assertThat(r.undecoded()).extracting(UndecodedBlock::firstLine).containsExactly(1, 27);
    }

    @Test
    void kamailioSipdumpFieldsFillSourceAndDestination() {
        SipMessage m = Fixtures.parse("/dev/sigref/sip/logs/kamailio-sipdump.sip").messages().get(0);
        assertThat(m.metadata().source()).isEqualTo(new Endpoint("192.0.2.1", 5060));
        assertThat(m.metadata().destination()).isEqualTo(new Endpoint("192.0.2.2", 5060));
        assertThat(m.metadata().transport()).isEqualTo("UDP");
    }

    @Test
    void asteriskPjsipLoggerLinesGiveDirectionAndTimestamp() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/asterisk-pjsip.sip");
        assertThat(r.messages().get(0).metadata().source()).isEqualTo(new Endpoint("192.0.2.1", 5060));
        assertThat(r.messages().get(1).metadata().destination()).isEqualTo(new Endpoint("192.0.2.1", 5060));
        assertThat(r.messages().get(0).metadata().timestamp()).isEqualTo("2026-01-01 10:00:00");
    }

    @Test
    void wiresharkFollowStreamSplitsMessagesThatFollowABodyOnTheSameLine() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/wireshark-follow-tcp-stream.sip");
        assertThat(r.messages()).extracting(SipMessage::startLine).containsExactly(
                "OPTIONS sip:bob@example.com SIP/2.0", "MESSAGE sip:bob@example.com SIP/2.0", "SIP/2.0 200 OK");
        assertThat(((TextBody) r.messages().get(1).body()).text()).isEqualTo("see you at 10");
        assertThat(r.allFindings()).isEmpty();
        assertThat(r.undecoded()).isEmpty();
    }

    @Test
    void freeswitchLinesCarryBracketedAddresses() {
        SipMessage m = Fixtures.parse("/dev/sigref/sip/logs/freeswitch-siptrace.sip").messages().get(0);
        assertThat(m.metadata().source()).isEqualTo(new Endpoint("192.0.2.1", 5060));
        assertThat(m.metadata().timestamp()).isEqualTo("10:00:00.123456");
    }

    @Test
    void wiresharkPacketDetailsAreRebuiltIntoMessagesWithFrameTimeAndAddresses() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/wireshark-packet-details.txt");
        assertThat(r.messages()).extracting(SipMessage::startLine)
                .containsExactly("INVITE tel:+14085550100 SIP/2.0", "SIP/2.0 100 Trying");
        assertThat(r.undecoded()).isEmpty();
        SipMessage invite = r.messages().get(0);
        assertThat(invite.metadata().tool()).isEqualTo("wireshark-tree");
        assertThat(invite.metadata().timestamp()).isEqualTo("Nov 24, 2026 10:15:02.481220000 UTC");
        assertThat(invite.metadata().source()).isEqualTo(new Endpoint("2001:db8:10::5", 5060));
        assertThat(invite.metadata().destination()).isEqualTo(new Endpoint("2001:db8:20::1", 5060));
        assertThat(invite.metadata().transport()).isEqualTo("UDP");
        // Wireshark's own breakdown ("Transport: UDP", "[Generated Call-ID: ...]") is not taken for headers
        assertThat(invite.headers()).extracting(Header::name).containsExactly("Via", "Max-Forwards", "From", "To",
                "Call-ID", "CSeq", "Contact", "Supported", "Require", "Content-Type", "Content-Length");
        // the SDP fields come back as the 428 bytes Content-Length declares, so framing needs no excuse
        assertThat(Fixtures.codes(invite.findings())).containsExactly("rebuilt-from-packet-details");
        assertThat(invite.body()).isInstanceOfSatisfying(SdpBody.class,
                sdp -> assertThat(sdp.session().media()).hasSize(1));
        assertThat(r.messages().get(1).metadata().source()).isEqualTo(new Endpoint("2001:db8:20::1", 5060));
    }

    @Test
    void wiresharkTruncationMarksAreDroppedAndBodiesOtherThanSdpAreSaidToBeMissing() {
        String tree = """
                Session Initiation Protocol (MESSAGE)
                    Request-Line: MESSAGE sip:bob@example.com SIP/2.0
                    Message Header
                        Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKtr1
                        Max-Forwards: 70
                        From: <sip:alice@example.com>;tag=a1
                        To: <sip:bob@example.com>
                        Call-ID: tr1@192.0.2.1
                        CSeq: 1 MESSAGE
                        [truncated]P-Asserted-Identity: <sip:alice@example.com>
                        Content-Type: text/plain
                        Content-Length: 5
                    Message Body
                        Line-based text data: text/plain (1 lines)
                            hello
                """;
        SipMessage m = SipParser.parse(tree).messages().get(0);
        assertThat(m.header("P-Asserted-Identity")).get().extracting(Header::rawValue)
                .isEqualTo("<sip:alice@example.com>");
        assertThat(Fixtures.codes(m.findings())).contains("rebuilt-from-packet-details", "content-length-mismatch");
        assertThat(m.findings()).filteredOn(f -> f.code().equals("rebuilt-from-packet-details"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("bodies other than SDP are left out"));
    }

    @Test
    void newerWiresharksEllipsisMarkKeepsTheHeaderEvenWhenItShiftsTheItem() {
        String tree = """
                Session Initiation Protocol (REGISTER)
                    Request-Line: REGISTER sip:example.com SIP/2.0
                    Message Header
                        Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKtr2
                        Call-ID: tr2@192.0.2.1
                         [\u2026]Authorization: Digest username="alice", realm="example.com", nonce="9141ed3a", uri="sip:exam
                            Authentication Scheme: Digest
                            Username: "alice"
                        Content-Length: 0
                """;
        SipMessage m = SipParser.parse(tree).messages().get(0);
        assertThat(m.headers()).extracting(Header::name).containsExactly("Via", "Call-ID", "Authorization",
                "Content-Length");
        assertThat(m.header("Authorization")).map(Header::line).contains(6);
    }

    @Test
    void textWithoutAPacketDetailsTreeIsLeftAsItIs() {
        String text = "Session Initiation Protocol (INVITE) was discussed\nRequest-Line: nothing to rebuild here\n";
        assertThat(WiresharkTree.restore(text, new PasteNotes(text))).isSameAs(text);
    }

    /** Regression (an anonymised ngrep paste): the too-long body ran over the next packet's header line. */
    @Test
    void aBodyShorterThanItsContentLengthStopsAtTheNextPacketHeader() {
        String body = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n";
        String invite = FindingCatalogueTest.options(body, java.util.Map.of(), "Content-Type: application/sdp",
                "Content-Length: " + (body.length() + 40)).replace("OPTIONS", "INVITE");
        String paste = "U 2026/01/01 10:00:00.000000 192.0.2.1:5060 -> 192.0.2.2:5060\n" + invite
                + "\n#\nU 2026/01/01 10:00:00.010000 192.0.2.2:5060 -> 192.0.2.1:5060\n"
                + FindingCatalogueTest.response("SIP/2.0 100 Trying", "1 INVITE", "<sip:bob@example.com>");
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).hasSize(2);
        assertThat(Fixtures.codes(r.messages().get(0).findings())).contains("content-length-mismatch");
        // the '#' ngrep prints between packets is log text, not the end of the SDP
        assertThat(r.messages().get(0).findings()).noneMatch(f -> f.code().startsWith("sdp-"));
        assertThat(r.messages().get(0).raw()).endsWith("m=audio 4000 RTP/AVP 0\r\n");
        assertThat(r.messages().get(1).metadata().timestamp()).isEqualTo("2026/01/01 10:00:00.010000");
        assertThat(r.messages().get(1).findings()).isEmpty();
    }

    @Test
    void wiresharkRawTextViewIsReadAsTheLinesItShows() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/wireshark-raw-text.txt");
        SipMessage m = r.messages().get(0);
        assertThat(m.startLine()).isEqualTo("OPTIONS sip:bob@example.com SIP/2.0");
        assertThat(m.raw()).startsWith("OPTIONS sip:bob@example.com SIP/2.0\r\nVia: ").endsWith("Content-Length: 0\r\n\r\n");
        // exact text, not rebuilt from the tree
        assertThat(m.findings()).isEmpty();
        assertThat(m.metadata().tool()).isEqualTo("wireshark");
        assertThat(m.metadata().source()).isEqualTo(new Endpoint("192.0.2.1", 5060));
        assertThat(r.undecoded()).isEmpty();
    }

    private static final String HEX_SIP = "OPTIONS sip:bob@example.com SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKhex1\r\nMax-Forwards: 70\r\n"
            + "From: <sip:alice@example.com>;tag=h1\r\nTo: <sip:bob@example.com>\r\nCall-ID: hex-1@192.0.2.1\r\n"
            + "CSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";

    @Test
    void aTcpdumpHexDumpIsDecodedPastItsIpAndUdpHeaders() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/tcpdump-hex.txt");
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(m.raw()).isEqualTo(HEX_SIP);
            assertThat(Fixtures.codes(m.findings())).containsExactly("rebuilt-from-hex-dump");
            assertThat(m.metadata().tool()).isEqualTo("tcpdump");
            assertThat(m.metadata().timestamp()).isEqualTo("10:00:00.123456");
            assertThat(m.metadata().source()).isEqualTo(new Endpoint("192.0.2.1", 5060));
            assertThat(m.metadata().destination()).isEqualTo(new Endpoint("192.0.2.2", 5060));
            assertThat(m.metadata().transport()).isEqualTo("UDP");
        });
        // the two lines tcpdump printed above the dump repeat the message, so they went with it
        assertThat(r.undecoded()).isEmpty();
    }

    @Test
    void tcpdumpAsciiHeaderBytesGluedToTheStartLinesAreRemoved() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/tcpdump-ascii-any-interface.txt");
        assertThat(r.messages()).hasSize(2);
        SipMessage invite = r.messages().get(0);
        // the last header byte printed as 'P', glued to INVITE: the method is the registered one it ends in
        assertThat(invite.method()).isEqualTo("INVITE");
        assertThat(invite.firstLine()).isEqualTo(5);
        assertThat(Fixtures.codes(invite.findings())).containsExactly("lf-line-endings", "capture-header-bytes-removed");
        assertThat(invite.findings().get(1).message()).contains("lines 4-5 of the paste");
        assertThat(invite.metadata().tool()).isEqualTo("tcpdump");
        assertThat(invite.metadata().timestamp()).isEqualTo("09:41:07.512044");
        assertThat(invite.metadata().source()).isEqualTo(new Endpoint("198.51.100.7", 5060));
        assertThat(invite.header("CSeq")).map(Header::line).contains(11);
        SipMessage trying = r.messages().get(1);
        assertThat(trying.statusCode()).isEqualTo(100);
        assertThat(trying.metadata().destination()).isEqualTo(new Endpoint("198.51.100.7", 5060));
        assertThat(trying.findings().get(1).message()).contains("line 16 of the paste");
        // tcpdump's banner lines are its own, and nothing is left over
        assertThat(r.undecoded()).isEmpty();
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void audioCodesSyslogHeadersGiveDirectionAndAddressesAndItsTimeLinesAreNoText() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/audiocodes-syslog.txt");
        assertThat(r.messages()).hasSize(2);
        SipMessage options = r.messages().get(0);
        assertThat(options.metadata().tool()).isEqualTo("audiocodes");
        assertThat(options.metadata().timestamp()).isEqualTo("15:01:14.425");
        assertThat(options.metadata().source()).isEqualTo(new Endpoint("10.2.2.2", 5060));
        assertThat(options.metadata().transport()).isEqualTo("UDP");
        SipMessage ok = r.messages().get(1);
        // the [Time:...] line that closed the OPTIONS does not lend its time to the 200
        assertThat(ok.metadata().timestamp()).isEqualTo("15:01:14.430");
        assertThat(ok.metadata().destination()).isEqualTo(new Endpoint("10.2.2.2", 5060));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void tcpdumpSummaryLinesWithoutPacketTextAreNamedNotReadAsMessages() {
        ParseResult r = SipParser.parse("12:13:58.723867 IP 192.0.2.10.5060 > 192.0.2.20.5060: SIP: INVITE sip:bob@b.example"
                + " SIP/2.0\n12:13:58.725001 IP 192.0.2.20.5060 > 192.0.2.10.5060: SIP: SIP/2.0 100 Trying\n");
        assertThat(r.messages()).isEmpty();
        assertThat(r.undecoded()).singleElement().extracting(UndecodedBlock::reason)
                .isEqualTo("tcpdump packet summaries with no packet text");
        assertThat(r.findings()).singleElement().extracting(Finding::message).asString().contains("tcpdump -A");
    }

    @Test
    void tcpdumpDatesAcknowledgementsAndNotesAreNoStartLinesNorHeaderBytes() {
        // -tttt: the date is no method
        SipMessage dated = SipParser.parse("2024-03-01 12:13:58.723867 IP 192.0.2.10.5060 > 192.0.2.20.5060: SIP: OPTIONS"
                + " sip:b SIP/2.0\nE..H..@.@...\n....OPTIONS sip:b SIP/2.0\r\nl: 0\r\n\r\n").messages().get(0);
        assertThat(dated.method()).isEqualTo("OPTIONS");
        assertThat(dated.metadata().timestamp()).isEqualTo("2024-03-01 12:13:58.723867");
        // a pure ACK's summary and bytes stay out of the next packet, whose summary gives the message its addresses
        String ack = "12:14:00.100000 IP 192.0.2.20.5060 > 192.0.2.10.40001: Flags [.], ack 1, win 509, length 0\n"
                + "E..(..@.@.........\n12:14:00.200000 IP 192.0.2.10.40001 > 192.0.2.20.5060: Flags [P.], length 60\n"
                + "E.....@.@............P.....OPTIONS sip:b SIP/2.0\r\nl: 0\r\n\r\n";
        SipMessage afterAck = SipParser.parse(ack).messages().get(0);
        assertThat(afterAck.metadata().timestamp()).isEqualTo("12:14:00.200000");
        assertThat(afterAck.metadata().source()).isEqualTo(new Endpoint("192.0.2.10", 40001));
        // a note under a summary line is no header bytes
        ParseResult noted = SipParser.parse("12:13:58.723867 IP 192.0.2.10.5060 > 192.0.2.20.5060: UDP, length 368\n"
                + "Below is the packet: OPTIONS sip:b SIP/2.0\r\nl: 0\r\n\r\n");
        assertThat(noted.allFindings()).noneMatch(f -> f.is(FindingCode.CAPTURE_HEADER_BYTES_REMOVED));
    }

    @Test
    void tcpdumpSummariesBeforeAnRtpSummaryAndIpv6VerboseSummariesAreRead() {
        ParseResult summaries = SipParser.parse("12:13:58.723867 IP 192.0.2.101.5060 > 192.0.2.4.5060: SIP: INVITE"
                + " sip:bob@b.example SIP/2.0\n12:13:58.733867 IP 192.0.2.4.5060 > 192.0.2.101.5060: SIP: SIP/2.0 100 Trying\n"
                + "12:13:58.743867 IP 192.0.2.4.20000 > 192.0.2.101.49172: UDP, length 172\n");
        assertThat(summaries.messages()).isEmpty();
        SipMessage v6 = SipParser.parse("13:35:33.563580 IP6 (flowlabel 0x3bd2b, hlim 64, next-header UDP (17) payload"
                + " length: 60) 2001:db8::101.5060 > 2001:db8::4.5060: [udp sum ok] SIP, length: 52\n"
                + FindingCatalogueTest.options("Content-Length: 0")).messages().get(0);
        assertThat(v6.metadata().source()).isEqualTo(new Endpoint("2001:db8::101", 5060));
        assertThat(v6.metadata().timestamp()).isEqualTo("13:35:33.563580");
    }

    @Test
    void tcpdumpSummariesWithoutTimeOrAloneAreNamed() {
        ParseResult noTime = SipParser.parse("IP 192.0.2.101.5060 > 192.0.2.4.5060: SIP: INVITE sip:bob@b.example SIP/2.0\n"
                + "IP 192.0.2.4.5060 > 192.0.2.101.5060: SIP: SIP/2.0 100 Trying\n");
        assertThat(noTime.messages()).isEmpty();
        assertThat(noTime.findings()).singleElement().extracting(Finding::message).asString()
                .contains("tcpdump packet summaries");
        // with -A the text follows, its header bytes glued to the start line
        ParseResult ascii = SipParser.parse("IP 192.0.2.101.5060 > 192.0.2.4.5060: UDP, length 60\nE..H..@.@...\n"
                + "....OPTIONS sip:b SIP/2.0\r\nl: 0\r\n\r\n");
        assertThat(ascii.messages()).singleElement().extracting(SipMessage::method).isEqualTo("OPTIONS");
        // tcpdump's banner, interface line, ^C and counts are its own lines, not undecodable text
        ParseResult banners = SipParser.parse("tcpdump: verbose output suppressed, use -v[v]... for full protocol decode\n"
                + "listening on eth0, link-type EN10MB (Ethernet), snapshot length 262144 bytes\n"
                + "IP 192.0.2.101.5060 > 192.0.2.4.5060: UDP, length 60\nE..H..@.@...\n....OPTIONS sip:b SIP/2.0\r\nl: 0"
                + "\r\n\r\n^C\n1 packet captured\n1 packet received by filter\n0 packets dropped by kernel\n");
        assertThat(banners.messages()).hasSize(1);
        assertThat(banners.findings()).isEmpty();
        ParseResult one = SipParser.parse("12:13:58.723869 IP 192.0.2.101.5060 > 192.0.2.4.5060: SIP: INVITE"
                + " sip:bob@b.example SIP/2.0\n");
        assertThat(one.findings()).singleElement().extracting(Finding::message).asString()
                .startsWith("line 1 is a tcpdump packet summary");
    }

    @Test
    void aWiresharkHexDumpOfAnEthernetFrameIsDecoded() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/wireshark-hex.txt");
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(m.raw()).isEqualTo(HEX_SIP);
            assertThat(m.findings().get(0).message()).contains("278 bytes").contains("lines 1-18");
        });
    }

    @Test
    void aTextBodyThatLooksLikeAHexDumpStaysText() {
        String dump = new String(Fixtures.bytes("/dev/sigref/sip/logs/wireshark-hex.txt"),
                java.nio.charset.StandardCharsets.UTF_8).replace("\n", "\r\n");
        String message = FindingCatalogueTest.options(dump, java.util.Map.of(), "Content-Type: text/plain",
                "Content-Length: " + dump.length());
        SipMessage m = SipParser.parse(message).messages().get(0);
        assertThat(((TextBody) m.body()).text()).isEqualTo(dump);
        assertThat(m.findings()).isEmpty();
    }

    @Test
    void aRouteNamesTheSideALogLeftOutAsUnknown() {
        Endpoint far = new Endpoint("192.0.2.1", 5060);
        assertThat(new MessageMetadata("asterisk", null, far, null, "UDP", "x", 1, 1).route(" -> "))
                .isEqualTo("192.0.2.1:5060 -> ?");
        assertThat(new MessageMetadata("pjsip", null, null, far, "UDP", "x", 1, 1).route(" -> "))
                .isEqualTo("? -> 192.0.2.1:5060");
        assertThat(MessageMetadata.NONE.route(" -> ")).isNull();
        // Wireshark's UDP line without its IP line gives ports only
        assertThat(new Endpoint(null, 5060)).hasToString("?:5060");
    }

    @Test
    void aHexDumpOfABinaryBodyKeepsItsBytes() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/hex-dump-of-a-binary-sms-body.txt");
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(Fixtures.codes(m.findings())).containsExactly("rebuilt-from-hex-dump");
            assertThat(m.body()).isInstanceOfSatisfying(BinaryBody.class,
                    b -> assertThat(b.hex()).isEqualTo("03e84109010080ff"));
        });
    }

    @Test
    void aDashedBannerWithDirectionAndAddressIsDecorationThatGivesTheSource() {
        String message = FindingCatalogueTest.options("Content-Length: 0");
        ParseResult r = SipParser.parse("----- RECEIVED from 10.0.0.1:5060 -----\n" + message
                + "------------------------ Sent SIP to [2001:db8::1]:5060 ------------------------\n" + message);
        assertThat(r.findings()).isEmpty();
        assertThat(r.undecoded()).isEmpty();
        assertThat(r.messages()).hasSize(2);
        assertThat(r.messages().get(0).metadata().source()).hasToString("10.0.0.1:5060");
    }

    @Test
    void aPjsipLineWithoutTheRdataNameIsDecorationToo() {
        String message = FindingCatalogueTest.options("Content-Length: 0");
        ParseResult r = SipParser.parse("10:00:00.001  pjsua_core.c  .RX 300 bytes Request msg OPTIONS from UDP"
                + " 10.0.0.1:5060:\n" + message + "--end msg--\n");
        assertThat(r.findings()).isEmpty();
        assertThat(r.messages()).singleElement().satisfies(m -> assertThat(m.metadata().tool()).isEqualTo("pjsip"));
    }

    @Test
    void aHexDumpOfAnExtensionMethodIsDecoded() {
        ParseResult r = Fixtures.parse("/dev/sigref/sip/logs/hex-dump-of-an-extension-method.txt");
        assertThat(r.messages()).singleElement().satisfies(m -> assertThat(m.method()).isEqualTo("X-CUSTOM"));
        assertThat(r.undecoded()).isEmpty();
    }

    private static final String OPTIONS = FindingCatalogueTest.options("Content-Length: 0");

    @Test
    void aGenericLogLineBeforeAMessageGivesItsAddressesAndTransportAsWellAsItsTime() {
        MessageMetadata meta = SipParser.parse("2024-01-01 10:00:00.123 Received from 192.0.2.1:5060 to"
                + " [2001:db8::2]:5060 (UDP):\r\n" + OPTIONS).messages().get(0).metadata();
        assertThat(meta.timestamp()).isEqualTo("2024-01-01 10:00:00.123");
        assertThat(meta.source()).isEqualTo(new Endpoint("192.0.2.1", 5060));
        assertThat(meta.destination()).isEqualTo(new Endpoint("2001:db8::2", 5060));
        assertThat(meta.transport()).isEqualTo("UDP");
    }

    @Test
    void aLogPrefixOnTheStartLineKeepsItsTimeAndAddressesWithTheMessage() {
        MessageMetadata meta = SipParser.parse("2024-01-01 10:00:00.123 DEBUG [sip] 192.0.2.1:5060 -> 192.0.2.2:5062 "
                + OPTIONS).messages().get(0).metadata();
        assertThat(meta.timestamp()).isEqualTo("2024-01-01 10:00:00.123");
        assertThat(meta.route(" > ")).isEqualTo("192.0.2.1:5060 > 192.0.2.2:5062");
        assertThat(meta.decoration()).isEqualTo("2024-01-01 10:00:00.123 DEBUG [sip] 192.0.2.1:5060 -> 192.0.2.2:5062 ");
    }

    @Test
    void aPrefixOnEveryLineKeepsTheTimeOfTheStartLine() {
        String paste = OPTIONS.lines().map(l -> "Jan  1 10:00:0" + (l.isEmpty() ? "1" : "0") + " proxy sip[12]: " + l
                + "\r\n").reduce("", String::concat);
        SipMessage m = SipParser.parse(paste).messages().get(0);
        assertThat(m.method()).isEqualTo("OPTIONS");
        assertThat(m.metadata().timestamp()).isEqualTo("Jan  1 10:00:00");
    }

    @Test
    void aLabelNamingNoTimeNorAddressAddsNoMetadata() {
        MessageMetadata meta = SipParser.parse("Sent to core: " + OPTIONS).messages().get(0).metadata();
        assertThat(meta.timestamp()).isNull();
        assertThat(meta.source()).isNull();
        assertThat(meta.destination()).isNull();
        // a version number or a dotted word is no address
        assertThat(LogDecorations.fromLabel("release 10.2.3.4-beta sent to the core")).isNull();
    }

    @Test
    void theLastLogLineBeforeAMessageGivesItsTimeAndBelleSipsTransportUrlItsPeer() {
        MessageMetadata meta = SipParser.parse("2024-01-01 10:00:00.100 [app] MESSAGE starting\n"
                + "2024-01-01 10:00:05.900 [app] MESSAGE message sent to [UDP://192.0.2.1:5060], size: [200] bytes\n"
                + OPTIONS).messages().get(0).metadata();
        assertThat(meta.timestamp()).isEqualTo("2024-01-01 10:00:05.900");
        assertThat(meta.destination()).isEqualTo(new Endpoint("192.0.2.1", 5060));
        assertThat(meta.source()).isNull();
        assertThat(meta.transport()).isEqualTo("UDP");
        MessageMetadata received = SipParser.parse("2021-11-09 19:11:31.203 I/belle-sip: channel [0x1]: received [363]"
                + " new bytes from [TLS://sip.example.com:5061]:\n" + OPTIONS).messages().get(0).metadata();
        assertThat(received.source()).isEqualTo(new Endpoint("sip.example.com", 5061));
        assertThat(received.transport()).isEqualTo("TLS");
    }

    @Test
    void belleSipsColonBeforeTheMillisecondsKeepsThem() {
        MessageMetadata meta = SipParser.parse("2024-10-09 17:35:10:176 [/belle-sip] MESSAGE channel [0x1]: message"
                + " sent to [UDP://192.0.2.1:5062], size: [200] bytes\n" + OPTIONS).messages().get(0).metadata();
        assertThat(meta.timestamp()).isEqualTo("2024-10-09 17:35:10:176");
        // two digits after a third colon are no milliseconds
        assertThat(SipParser.parse("2024-10-09 17:35:10:17 x\n" + OPTIONS).messages().get(0).metadata().timestamp())
                .isEqualTo("2024-10-09 17:35:10");
    }

    @Test
    void anAsteriskArrowLineWhoseAddressBracketNeverClosesIsNoEndpoint() {
        // a fuzz finding: the address "[192.0.2.1:5060 --->" made the endpoint reader cut a negative substring
        assertThat(LogDecorations.endpoint("[192.0.2.1:5060")).isNull();
        ParseResult r = SipParser.parse("[Jan  1 10:00:01] <--- Transmitting (no NAT) to [192.0.2.1:5060 --->\n" + OPTIONS);
        assertThat(r.undecoded()).noneMatch(b -> b.reason().startsWith("internal decoder error"));
        assertThat(r.messages()).singleElement().satisfies(m -> assertThat(m.method()).isEqualTo("OPTIONS"));
    }
}
