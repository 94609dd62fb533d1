package dev.sigref.ims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Junk, cut and mutated values must never throw, never hit the safety net, and stay fast on huge input. */
class RobustnessTest {

	private static final List<String> HEADERS = List.of("P-Access-Network-Info", "Cellular-Network-Info", "Contact",
			"Accept-Contact", "Feature-Caps", "P-Preferred-Service", "P-Asserted-Service", "P-Asserted-Identity", "From",
			"WWW-Authenticate", "Authorization", "Security-Client", "Security-Verify", "Reason", "P-Charging-Vector",
			"P-Charging-Function-Addresses", "Session-Expires", "Min-SE", "Privacy", "P-Early-Media", "History-Info",
			"Diversion");

	private static final String JUNK = "\";,<>=%:\\@ -0Fz";

	private static final List<String> SEEDS = List.of(
			"3GPP-E-UTRAN-FDD;utran-cell-id-3gpp=3102601A2B01C3D05;local-time-zone=\"UTC+01:00\";daylight-saving-time=\"01\"",
			"<sip:u@[2001:db8::1]>;+sip.instance=\"<urn:gsma:imei:35693803-564526-7;svn=01>\";+g.3gpp.icsi-ref=\"urn%3Aurn-7%3A\"",
			"Digest realm=\"r\", nonce=\"I1U8vpY3qJ0hiuZNrke/NVXzKLQ1dwAAAEqf+sNU36+z\", algorithm=AKAv1-MD5, ik=\"00\", auts=\"=\"",
			"ipsec-3gpp;alg=hmac-sha-1-96;spi-c=1;spi-s=99999999999;port-c=-1;port-s=",
			"Q.850;cause=9999999999999999999;text=\"\\\"", "<sip:a@b;cause=302?Reason=SIP%3Bcause%3D%>;index=1.1.1;mp=",
			"tel:+;phone-context=", "\"<urn:uuid:>\"", "icid-value=;ccf=;ecf", "1800;refresher=", "none;id;;;", "%%%",
			"<", "\"", ";", ",,,", "=", "urn:gsma:imei:", "sip:@", "\\");

	@Test
	void neverThrowsOnJunkOrMutatedValues() {
		Random random = new Random(7);
		List<String> inputs = new ArrayList<>(SEEDS);
		for (int i = 0; i < 3000; i++) {
			String seed = SEEDS.get(random.nextInt(SEEDS.size()));
			StringBuilder mutated = new StringBuilder(seed);
			for (int edits = random.nextInt(6); edits >= 0 && mutated.length() > 0; edits--) {
				int at = random.nextInt(mutated.length());
				switch (random.nextInt(3)) {
					case 0 -> mutated.deleteCharAt(at);
					case 1 -> mutated.insert(at, JUNK.charAt(random.nextInt(JUNK.length())));
					default -> mutated.setLength(at);
				}
			}
			inputs.add(mutated.toString());
		}
		for (String input : inputs) {
			for (String header : HEADERS) {
				List<DecodedValue> decoded = ImsDecoders.decodeHeader(header, input);
				assertThat(decoded).allSatisfy(d -> assertThat(d.hasFinding("decoder-failed"))
					.as("%s: %s", header, input).isFalse());
			}
			assertThat(ImsDecoders.decodeSdp("m=audio 1 RTP/AVP " + input + "\na=fmtp:" + input + "\na=des:" + input))
				.allSatisfy(d -> assertThat(d.hasFinding("decoder-failed")).isFalse());
		}
	}

	/** The timeout stops a hang only; the speed of these decoders is not asserted in a test. */
	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void decodesAHugeValueWithoutTheSafetyNet() {
		String huge = "ipsec-3gpp;alg=hmac-sha-1-96;spi-c=1;spi-s=2;port-c=1;port-s=2,".repeat(20_000)
				+ "\"" + "a".repeat(200_000);
		for (String header : HEADERS) {
			assertThat(ImsDecoders.decodeHeader(header, huge))
				.allSatisfy(d -> assertThat(d.hasFinding("decoder-failed")).as(header).isFalse());
		}
		assertThat(ImsDecoders.decodeSdp("a=fmtp:1 " + "x;".repeat(100_000)))
			.allSatisfy(d -> assertThat(d.hasFinding("decoder-failed")).isFalse());
	}

}
