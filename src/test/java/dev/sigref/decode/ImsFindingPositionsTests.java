package dev.sigref.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

import dev.sigref.catalog.Catalog;
import dev.sigref.catalog.TestCatalogs;
import dev.sigref.sip.Finding;

/** A 3GPP decoder's finding points at the value it is about, not at the start of the header line that carries it. */
class ImsFindingPositionsTests {

	private static final String REGISTER = "REGISTER sip:ims.mnc001.mcc001.3gppnetwork.org SIP/2.0\r\n"
			+ "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKip1\r\n"
			+ "Max-Forwards: 70\r\n"
			+ "From: <sip:001010000000001@ims.mnc001.mcc001.3gppnetwork.org>;tag=ip1\r\n"
			+ "To: <sip:001010000000001@ims.mnc001.mcc001.3gppnetwork.org>\r\n"
			+ "Call-ID: ip1@192.0.2.1\r\n"
			+ "CSeq: 1 REGISTER\r\n"
			+ "Contact: <sip:001010000000001@192.0.2.1:5060>;+sip.instance=\"<urn:gsma:imei:35209900-176148-9>\"\r\n"
			+ "P-Access-Network-Info: 3GPP-E-UTRAN-FDD; utran-cell-id-3gpp=00101000100\r\n"
			+ "Expires: 600\r\n"
			+ "Content-Length: 0\r\n\r\n";

	private final TraceDecoder decoder;

	ImsFindingPositionsTests() {
		Catalog catalog = mock(Catalog.class);
		when(catalog.snapshot()).thenReturn(TestCatalogs.standard());
		this.decoder = new TraceDecoder(catalog);
	}

	@Test
	void aWrongImeiCheckDigitPointsAtTheImeiInsideTheContact() {
		Finding f = finding(REGISTER, "imei-check-digit-wrong");
		assertThat(f.line()).isEqualTo(8);
		String line = REGISTER.split("\r\n")[7];
		assertThat(line.substring(f.column() - 1)).startsWith("urn:gsma:imei:35209900-176148-9");
	}

	@Test
	void aShortCellIdentityPointsAtItsValueInPAccessNetworkInfo() {
		DecodedTrace trace = decoder.decode(REGISTER);
		Finding f = trace.messages().get(0).findings().stream().filter(x -> x.line() == 9).findFirst().orElseThrow(
				() -> new AssertionError("no finding on line 9: " + trace.messages().get(0).findings()));
		assertThat(f.column()).isGreaterThan(1);
		String line = REGISTER.split("\r\n")[8];
		assertThat(line.substring(f.column() - 1)).startsWith("00101000100");
	}

	@Test
	void aValueBehindALogPrefixIsPlacedInThePastedLine() {
		String prefixed = REGISTER.lines().map(l -> "2026-01-01 10:00:00.000 pcscf: " + l).reduce("",
				(a, b) -> a + b + "\n");
		Finding f = finding(prefixed, "imei-check-digit-wrong");
		String line = prefixed.split("\n")[7];
		assertThat(line.substring(f.column() - 1)).startsWith("urn:gsma:imei:35209900-176148-9");
	}

	@Test
	void aValueSplitByAFoldFallsBackToItsHeader() {
		// the fold inside the quoted instance becomes a blank of the value, which is then no IMEI as written
		String folded = REGISTER.replace("imei:35209900-176148-9", "imei:35209900-\r\n 176148-9");
		Finding f = finding(folded, "imei-not-digits");
		assertThat(f.line()).isEqualTo(8);
		assertThat(f.column()).isEqualTo(1);
	}

	@Test
	void aMessageOffThePageCountsTheSameFindingsAsWhenShownInFull() {
		byte[] trace = (REGISTER + REGISTER).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		DecodedTrace firstPage = decoder.decode(trace, 1, 1);
		DecodedTrace secondPage = decoder.decode(trace, 2, 1);
		DecodedMessage summary = firstPage.messages().get(1);
		DecodedMessage full = secondPage.messages().get(1);
		assertThat(summary.detailed()).isFalse();
		assertThat(full.detailed()).isTrue();
		assertThat(summary.findings()).extracting(Finding::code).contains("imei-check-digit-wrong");
		assertThat(summary.findings()).isEqualTo(full.findings());
	}

	@Test
	void aValueWrittenTwiceInOneHeaderIsPlacedAtEachCopy() {
		// a P-CSCF's network-provided value followed by the UE's, with the same short cell identity
		String pani = "3GPP-E-UTRAN-FDD;utran-cell-id-3gpp=2620100A1B2C3D4";
		String paste = REGISTER.replace("P-Access-Network-Info: 3GPP-E-UTRAN-FDD; utran-cell-id-3gpp=00101000100",
				"P-Access-Network-Info: " + pani + ";network-provided," + pani);
		String line = paste.split("\r\n")[8];
		java.util.List<Finding> cells = decoder.decode(paste).messages().get(0).findings().stream()
			.filter(f -> f.code().equals("cell-id-length-unexpected")).toList();
		assertThat(cells).extracting(Finding::column).containsExactly(line.indexOf("2620100A1B2C3D4") + 1,
				line.lastIndexOf("2620100A1B2C3D4") + 1);
	}

	@Test
	void theSdpsImsReadingReportsItsFindingsAtTheirValue() {
		String sdp = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
				+ "m=audio 4000 RTP/AVP 96\r\na=rtpmap:96 AMR-WB/16000\r\na=fmtp:96 mode-set=0,1,2,9\r\n";
		String invite = "INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKs1\r\n"
				+ "Max-Forwards: 70\r\nFrom: <sip:alice@example.com>;tag=s1\r\nTo: <sip:bob@example.com>\r\n"
				+ "Call-ID: s1@192.0.2.1\r\nCSeq: 1 INVITE\r\nContact: <sip:alice@192.0.2.1>\r\n"
				+ "Content-Type: application/sdp\r\nContent-Length: " + sdp.length() + "\r\n\r\n" + sdp;
		Finding inMessage = finding(invite, "amr-mode-set-invalid");
		assertThat(inMessage.line()).isEqualTo(19);
		assertThat(invite.split("\r\n")[18].substring(inMessage.column() - 1)).startsWith("mode-set=0,1,2,9");
		// the same SDP pasted on its own: the finding is among the paste's, at the same value
		DecodedTrace bare = decoder.decode(sdp);
		Finding alone = bare.findings().stream().filter(f -> f.code().equals("amr-mode-set-invalid")).findFirst()
			.orElseThrow(() -> new AssertionError(bare.findings()));
		assertThat(alone.line()).isEqualTo(8);
		assertThat(sdp.split("\r\n")[7].substring(alone.column() - 1)).startsWith("mode-set=0,1,2,9");
		assertThat(bare.errorCount()).isEqualTo(1);
	}

	private Finding finding(String paste, String code) {
		DecodedTrace trace = decoder.decode(paste);
		return trace.messages().get(0).findings().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow(
				() -> new AssertionError("no " + code + " in " + trace.messages().get(0).findings()));
	}

}
