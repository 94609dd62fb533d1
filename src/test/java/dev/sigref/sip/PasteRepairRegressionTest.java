package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Inputs a review of the paste repairs (prefixes, wraps, dots, raw text, trimmed log lines) found misread. */
class PasteRepairRegressionTest {

    private static final String HEADERS = "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1\r\nMax-Forwards: 70\r\n"
            + "From: <sip:alice@example.com>;tag=1\r\nTo: <sip:bob@example.com>;tag=2\r\nCall-ID: x@192.0.2.1\r\n";

    private static String everything(ParseResult r) {
        return r.messages().stream().map(SipMessage::raw).collect(Collectors.joining())
                + r.messages().stream().map(m -> m.metadata().decoration() == null ? "" : m.metadata().decoration())
                        .collect(Collectors.joining())
                + r.undecoded().stream().map(UndecodedBlock::text).collect(Collectors.joining());
    }

    @Test
    void aOneLineEscapedMessageIsStillUnfoldedNotReadAsRawText() {
        String m = "INVITE sip:bob@example.com SIP/2.0\r\n" + HEADERS + "CSeq: 1 INVITE\r\nContact: <sip:a@192.0.2.1>\r\n"
                + "Content-Length: 0\r\n\r\n";
        ParseResult r = SipParser.parse(m.replace("\r\n", "\\r\\n") + "\n");
        assertThat(r.messages()).singleElement().satisfies(x -> {
            assertThat(x.headers()).hasSize(8);
            assertThat(x.hasErrors()).isFalse();
        });
    }

    @Test
    void aReasonPhraseWithEllipsesIsNotNgrepDots() {
        String m = "SIP/2.0 180 Ringing... please wait...\r\n" + HEADERS + "CSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n";
        SipMessage x = SipParser.parse(m).messages().get(0);
        assertThat(x.reasonPhrase()).isEqualTo("Ringing... please wait...");
        assertThat(x.hasErrors()).isFalse();
    }

    @Test
    void aLogLineThatMentionsAStatusLineIsNoMessage() {
        String m = "SIP/2.0 200 OK\r\n" + HEADERS + "CSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
        ParseResult r = SipParser.parse("DEBUG sending SIP/2.0 200 OK to 192.0.2.1\n" + m);
        assertThat(r.messages()).singleElement().satisfies(x -> assertThat(x.findings()).isEmpty());
        assertThat(r.undecoded()).singleElement().satisfies(b -> assertThat(b.text()).startsWith("DEBUG sending"));
    }

    @Test
    void aHeaderMentioningAStatusLineAfterASpacedRequestLineStaysAHeader() {
        String m = "INVITE  sip:bob@example.com  SIP/2.0\r\n" + HEADERS + "CSeq: 1 INVITE\r\nContact: <sip:a@192.0.2.1>\r\n"
                + "X-Note: see SIP/2.0 486 Busy Here\r\nContent-Length: 0\r\n\r\n";
        ParseResult r = SipParser.parse(m);
        assertThat(r.messages()).singleElement().satisfies(x -> {
            assertThat(x.header("X-Note")).map(Header::rawValue).contains("see SIP/2.0 486 Busy Here");
            assertThat(Fixtures.codes(x.findings())).containsExactly("extra-whitespace");
        });
    }

    @Test
    void aUtf8BodyInAPrefixedLogEndsWhereItsBytesDo() {
        String body = "Привет, мир! Как дела?";
        int bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        String log = ("MESSAGE sip:bob@example.com SIP/2.0\n" + HEADERS.replace("\r\n", "\n") + "CSeq: 1 MESSAGE\n"
                + "Content-Type: text/plain;charset=UTF-8\nContent-Length: " + bytes + "\n\n" + body + "\n").lines()
                .map(l -> "[Mar 30 13:35:51] " + l + "\n").collect(Collectors.joining())
                + "[Mar 30 13:35:52] VERBOSE[123] chan_sip.c: done\n";
        ParseResult r = SipParser.parse(log);
        assertThat(Fixtures.codes(r.messages().get(0).findings())).containsExactlyInAnyOrder("log-prefix-removed",
                "lf-line-endings");
        assertThat(r.undecoded()).singleElement().satisfies(b -> assertThat(b.text()).startsWith("[Mar 30 13:35:52] "));
    }

    @Test
    void aPrefixedMessageWithATypedBodyAndNoContentLengthKeepsItsBody() {
        String log = "[x] INVITE sip:bob@example.com SIP/2.0\n[x] Via: SIP/2.0/UDP h;branch=z9hG4bK1\n"
                + "[x] Content-Type: text/plain\n[x] \n[x] hello\n";
        SipMessage m = SipParser.parse(log).messages().get(0);
        assertThat(((TextBody) m.body()).text()).isEqualTo("hello\n");
    }

    @Test
    void aPacketHeaderAfterALongHeaderLineIsNotJoinedToIt() {
        String paste = "SIP/2.0 180 Ringing\n"
                + "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK776asdhds;received=192.0.2.1;rport=5060;x=yyyyyy\n"
                + "U 2026/01/01 10:00:00.200000 192.0.2.2:5060 -> 192.0.2.1:5060\nSIP/2.0 200 OK\nContent-Length: 0\n\n";
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).hasSize(2);
        assertThat(r.messages().get(1).metadata().tool()).isEqualTo("ngrep");
        assertThat(Fixtures.codes(r.messages().get(0).findings())).doesNotContain("wrapped-line-joined");
    }

    @Test
    void logLinesGivenBackByAShortBodyAreKeptAndABodyLineOfDigitsStaysInTheBody() {
        String paste = "U 192.0.2.1:5060 -> 192.0.2.2:5060\nMESSAGE sip:a@b SIP/2.0\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\n"
                + "Content-Type: text/plain\nContent-Length: 100\n\nhello\n123456\n#\n=====\n"
                + "U 192.0.2.2:5060 -> 192.0.2.1:5060\nSIP/2.0 200 OK\nContent-Length: 0\n\n";
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).hasSize(2);
        assertThat(((TextBody) r.messages().get(0).body()).text()).isEqualTo("hello\n123456\n");
        String all = everything(r);
        assertThat(all).contains("#\n").contains("=====\n");
    }
}
