package dev.sigref.sip;

import static dev.sigref.sip.FindingCatalogueTest.withSdp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sigref.sip.sdp.SessionDescription;
import dev.sigref.sip.sdp.Timing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SDP lines read by the RFC 8866 §9 grammar, valid forms that are rarely seen and the faults they hide. */
class SdpGrammarTest {

    private static final String HEAD = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\n";
    private static final String MEDIA = "m=audio 49170 RTP/AVP 0\r\n";

    private static SipMessage message(String sdp) {
        return SipParser.parse(withSdp(sdp)).messages().get(0);
    }

    private static SessionDescription session(String sdp) {
        return ((SdpBody) message(sdp).body()).session();
    }

    @Test
    void eachTimeDescriptionMayCarryItsOwnRepeatsAndZoneAdjustments() {
        String sdp = HEAD + "t=3034423619 3042462419\r\nr=604800 3600 0 90000\r\nz=2882844526 -1h 2898848070 0\r\n"
                + "t=3042462419 3050462419\r\nr=7d 1h 0 25h\r\nz=3730921200 -1h\r\n" + MEDIA;
        assertThat(Fixtures.codes(message(sdp).findings())).isEmpty();
        assertThat(session(sdp).timings()).extracting(Timing::zones)
                .containsExactly("2882844526 -1h 2898848070 0", "3730921200 -1h");
        assertThat(session(sdp).timings()).extracting(t -> t.repeats().size()).containsExactly(1, 1);
    }

    @Test
    void aZoneAdjustmentWithoutRepeatsOrARepeatAfterItIsOutOfOrder() {
        List<String> zoneOnly = Fixtures.codes(message(HEAD + "t=3034423619 3042462419\r\nz=2882844526 -1h\r\n" + MEDIA)
                .findings());
        assertThat(zoneOnly).containsExactly("sdp-line-order");
        List<String> repeatAfterZone = Fixtures.codes(message(HEAD + "t=3034423619 3042462419\r\nr=7d 1h 0\r\n"
                + "z=2882844526 -1h\r\nr=7d 1h 0\r\n" + MEDIA).findings());
        assertThat(repeatAfterZone).containsExactly("sdp-line-order");
        List<String> repeatFirst = Fixtures.codes(message(HEAD + "r=7d 1h 0\r\nt=0 0\r\n" + MEDIA).findings());
        assertThat(repeatFirst).containsExactly("sdp-line-order");
    }
}
