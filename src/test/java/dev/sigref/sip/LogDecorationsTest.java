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
}
