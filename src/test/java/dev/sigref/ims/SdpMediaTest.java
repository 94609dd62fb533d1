package dev.sigref.ims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SdpMediaTest {

	static final String VOLTE_OFFER = String.join("\r\n",
			"v=0",
			"o=- 1 1 IN IP6 2001:db8::1",
			"s=-",
			"c=IN IP6 2001:db8::1",
			"t=0 0",
			"m=audio 49152 RTP/AVP 116 107 97 111 110",
			"b=AS:49",
			"b=RS:0",
			"b=RR:2500",
			"a=rtpmap:116 AMR-WB/16000/1",
			"a=fmtp:116 mode-set=0,2,5,7;mode-change-capability=2;max-red=0",
			"a=rtpmap:107 AMR-WB/16000/1",
			"a=fmtp:107 octet-align=1;mode-change-capability=2",
			"a=rtpmap:97 EVS/16000/1",
			"a=fmtp:97 br=5.9-24.4;bw=nb-swb;cmr=1;hf-only=0",
			"a=rtpmap:111 telephone-event/16000",
			"a=fmtp:111 0-15",
			"a=rtpmap:110 AMR/8000/1",
			"a=curr:qos local none",
			"a=curr:qos remote none",
			"a=des:qos mandatory local sendrecv",
			"a=des:qos optional remote sendrecv",
			"a=sendrecv",
			"");

	@Test
	void describesTheCodecsOfAVolteOffer() {
		List<DecodedValue> media = SdpMedia.describe(VOLTE_OFFER);

		assertThat(media).hasSize(1);
		DecodedValue audio = media.get(0);
		assertThat(audio.part("payload type 116").orElseThrow().part("mode-set").orElseThrow().meaning())
			.isEqualTo("allowed bit rates: 6.60, 12.65, 18.25, 23.05 kbit/s");
		assertThat(audio.part("payload type 116").orElseThrow().meaning()).contains("bandwidth-efficient");
		assertThat(audio.part("payload type 107").orElseThrow().meaning()).contains("octet-aligned");
		assertThat(audio.part("payload type 97").orElseThrow().part("bw").orElseThrow().raw()).isEqualTo("bw=nb-swb");
		assertThat(audio.part("payload type 111").orElseThrow().part("events").orElseThrow().meaning())
			.isEqualTo("0-15 (digit 0 to D)");
		assertThat(audio.part("payload type 110").orElseThrow().meaning()).startsWith("AMR narrowband");
		assertThat(audio.allFindings()).noneMatch(f -> f.severity() == Severity.ERROR);
	}

	@Test
	void explainsTheBandwidthLines() {
		DecodedValue audio = SdpMedia.describe(VOLTE_OFFER).get(0);

		assertThat(audio.part("b=AS").orElseThrow().meaning()).startsWith("49 kbit/s");
		assertThat(audio.part("b=RS").orElseThrow().meaning()).isEqualTo("0 bit/s of RTCP for active senders");
		assertThat(audio.part("b=RR").orElseThrow().meaning()).isEqualTo("2500 bit/s of RTCP for receivers");
	}

	@Test
	void saysAnOfferWithUnreservedMandatoryResourcesCannotAlertYet() {
		DecodedValue preconditions = SdpMedia.describe(VOLTE_OFFER).get(0).part("preconditions").orElseThrow();

		assertThat(preconditions.meaning()).startsWith("mandatory preconditions not met yet (local sendrecv)");
		assertThat(preconditions.part("local").orElseThrow().meaning()).isEqualTo(
				"current: none; desired: mandatory sendrecv; not met");
		assertThat(preconditions.part("remote").orElseThrow().meaning()).endsWith("not met");
	}

	@Test
	void saysTheCalleeMayAlertOnceResourcesAreReserved() {
		DecodedValue verdict = Preconditions.evaluate(List.of("curr:qos local sendrecv", "curr:qos remote sendrecv",
				"des:qos mandatory local sendrecv", "des:qos mandatory remote sendrecv", "conf:qos remote sendrecv"));

		assertThat(verdict.meaning()).isEqualTo("all preconditions met: the callee may alert the user");
		assertThat(verdict.part("conf remote")).isPresent();
	}

	@Test
	void reportsAFailedPreconditionAndMalformedLines() {
		assertThat(Preconditions.evaluate(List.of("des:qos failure e2e sendrecv")).meaning()).contains("580");
		assertThat(Preconditions.evaluate(List.of("des:qos always local sendrecv")).hasFinding("precondition-strength-invalid"))
			.isTrue();
		assertThat(Preconditions.evaluate(List.of("curr:qos local")).hasFinding("precondition-attribute-malformed")).isTrue();
	}

	@Test
	void flagsAnAmrModeThatDoesNotExistAndOptionsThatNeedOctetAlign() {
		DecodedValue amr = SdpMedia.describeFmtp("AMR", "mode-set=0,8;crc=1");

		assertThat(amr.hasFinding("amr-mode-set-invalid")).isTrue();
		assertThat(amr.hasFinding("amr-option-needs-octet-align")).isTrue();
		assertThat(SdpMedia.describeFmtp("AMR-WB", "mode-set=8").hasFinding("amr-mode-set-invalid")).isFalse();
	}

	@Test
	void flagsAnEvsBitRateOrBandwidthThatDoesNotExist() {
		assertThat(SdpMedia.describeFmtp("EVS", "br=13.2-20").hasFinding("evs-bitrate-invalid")).isTrue();
		assertThat(SdpMedia.describeFmtp("EVS", "bw=hd").hasFinding("evs-bandwidth-invalid")).isTrue();
		assertThat(SdpMedia.describeFmtp("EVS", "br=13.2;bw=wb;evs-mode-switch=1").allFindings()).isEmpty();
	}

	@Test
	void readsVideoProfiles() {
		assertThat(SdpMedia.describeFmtp("H264", "profile-level-id=42e01f;packetization-mode=1").meaning())
			.isEqualTo("H.264 video, Constrained Baseline profile level 3.1");
		assertThat(SdpMedia.describeFmtp("H265", "profile-id=1;level-id=93").meaning())
			.isEqualTo("H.265 (HEVC) video, Main profile level 3.1");
	}

	@Test
	void flagsADynamicPayloadTypeWithoutRtpmapAndNotesARejectedStream() {
		List<DecodedValue> media = SdpMedia.describe("v=0\nm=audio 0 RTP/AVP 0 98\nm=video 5000 RTP/AVP 99\na=inactive\n");

		assertThat(media.get(0).meaning()).contains("port 0");
		assertThat(media.get(0).part("payload type 0").orElseThrow().meaning()).contains("G.711");
		// a rejected stream's formats are not used (RFC 3264 §6): no rtpmap needed
		assertThat(media.get(0).hasFinding("sdp-rtpmap-missing")).isFalse();
		assertThat(media.get(0).part("payload type 98").orElseThrow().meaning()).contains("rejected stream");
		assertThat(SdpMedia.describe("v=0\nm=audio 4000 RTP/AVP 98\n").get(0).hasFinding("sdp-rtpmap-missing")).isTrue();
		assertThat(media.get(1).part("direction").orElseThrow().raw()).isEqualTo("inactive");
	}

	@Test
	void aSessionLevelBandwidthIsTheSessionsAndMaxRedZeroMeansNoRedundancy() {
		String sdp = String.join("\r\n", "v=0", "o=- 1 1 IN IP4 192.0.2.1", "s=-", "c=IN IP4 192.0.2.1", "b=AS:64",
				"t=0 0", "m=audio 4000 RTP/AVP 96", "a=rtpmap:96 AMR-WB/16000", "a=fmtp:96 max-red=0",
				"m=video 4002 RTP/AVP 97", "b=AS:512", "a=rtpmap:97 H264/90000", "");
		List<DecodedValue> media = SdpMedia.describe(sdp);
		// the session's b= stands once, before the streams, not under each of them
		DecodedValue session = media.get(0);
		assertThat(session.label()).isEqualTo("session level");
		assertThat(session.part("b=AS (session level)").orElseThrow().meaning()).contains("all the streams");
		DecodedValue audio = media.get(1);
		assertThat(audio.part("b=AS (session level)")).isEmpty();
		assertThat(audio.part("b=AS")).isEmpty();
		DecodedValue video = media.get(2);
		assertThat(video.part("b=AS (session level)")).isEmpty();
		assertThat(video.part("b=AS").orElseThrow().meaning()).contains("for this stream");
		// the same text at both levels is still one of each
		List<DecodedValue> both = SdpMedia.describe(sdp.replace("m=video 4002 RTP/AVP 97\r\nb=AS:512",
				"m=video 4002 RTP/AVP 97\r\nb=AS:64"));
		assertThat(both.get(0).part("b=AS (session level)")).isPresent();
		assertThat(both.get(2).part("b=AS").orElseThrow().meaning()).contains("for this stream");
		DecodedValue amr = audio.part("payload type 96").orElseThrow();
		assertThat(amr.part("max-red").orElseThrow().meaning()).contains("no redundant frames");
	}


	@Test
	void withoutAReadableDesiredStatusNoPreconditionIsSaidToBeMet() {
		DecodedValue onlyCurrent = SdpMedia.describe("v=0\nm=audio 4000 RTP/AVP 0\na=curr:qos local none\n"
				+ "a=curr:qos remote none\n").get(0);
		assertThat(onlyCurrent.part("preconditions").orElseThrow().meaning())
			.isEqualTo("no a=des line: no precondition is set for this stream");
		assertThat(onlyCurrent.meaning()).doesNotContain("met");
		DecodedValue malformed = SdpMedia.describe("v=0\nm=audio 4000 RTP/AVP 0\na=des:qos mandatory local sendrcv\n"
				+ "a=curr:qos locl none\n").get(0);
		assertThat(malformed.part("preconditions").orElseThrow().meaning())
			.isEqualTo("no readable a=des line: the preconditions cannot be evaluated");
	}

	@Test
	void aStreamWithNoKnownCodecSaysSo() {
		assertThat(SdpMedia.describe("v=0\nm=video 0 RTP/AVP 97\n").get(0).meaning())
			.startsWith("video on port 0 over RTP/AVP: no known codec; sendrecv");
	}

}
