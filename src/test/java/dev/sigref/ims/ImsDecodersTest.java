package dev.sigref.ims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A VoLTE REGISTER, 401 and INVITE, header by header, through the single entry point. */
class ImsDecodersTest {

	private static final String NONCE = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(
			"23553CBE9637A89D218AE64DAE47BF35" + "55F328B43577" + "0000" + "4A9FFAC354DFAFB3"));

	@Test
	void decodesTheHeadersOfAnInitialVolteRegister() {
		List<DecodedValue> pani = ImsDecoders.decodeHeader("P-Access-Network-Info",
				"3GPP-E-UTRAN-FDD;utran-cell-id-3gpp=3102601A2B01C3D05");
		List<DecodedValue> contact = ImsDecoders.decodeHeader("m", "<sip:310260123456789@[2001:db8::1]:5060>;"
				+ "+sip.instance=\"<urn:gsma:imei:35693803-564526-7>\";+g.3gpp.icsi-ref=\"urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel\"");
		List<DecodedValue> authorization = ImsDecoders.decodeHeader("authorization",
				"Digest username=\"310260123456789@ims.mnc260.mcc310.3gppnetwork.org\",realm=\"ims.mnc260.mcc310.3gppnetwork.org\","
						+ "uri=\"sip:ims.mnc260.mcc310.3gppnetwork.org\",nonce=\"\",response=\"\"");
		List<DecodedValue> securityClient = ImsDecoders.decodeHeader("Security-Client",
				"ipsec-3gpp;alg=hmac-sha-1-96;ealg=null;spi-c=1111;spi-s=2222;port-c=5062;port-s=5064");

		assertThat(pani.get(0).part("utran-cell-id-3gpp").orElseThrow().meaning())
			.isEqualTo("E-UTRAN cell 0x01C3D05 in TAC 0x1A2B of PLMN 310-260");
		DecodedValue instance = contact.get(0).part("+sip.instance").orElseThrow();
		// 35693803564526: Luhn digit computed by hand is 7
		assertThat(instance.parts().get(0).part("check digit").orElseThrow().meaning()).isEqualTo("Luhn check digit, correct");
		assertThat(authorization.get(0).hasFinding("initial-register-empty-credentials")).isTrue();
		assertThat(securityClient.get(0).part("spi-c").orElseThrow().raw()).isEqualTo("1111");
	}

	@Test
	void decodesTheChallengeOfA401() {
		List<DecodedValue> challenge = ImsDecoders.decodeHeader("WWW-Authenticate",
				"Digest realm=\"ims.mnc260.mcc310.3gppnetwork.org\",nonce=\"" + NONCE + "\",algorithm=AKAv1-MD5,qop=\"auth\"");
		List<DecodedValue> securityServer = ImsDecoders.decodeHeader("security-server",
				"ipsec-3gpp;q=0.1;prot=esp;mod=trans;spi-c=3333;spi-s=4444;port-c=5066;port-s=5068;alg=hmac-sha-1-96;ealg=null");

		assertThat(challenge.get(0).part("nonce").orElseThrow().part("AUTN").orElseThrow().part("MAC").orElseThrow().raw())
			.isEqualTo("4A9FFAC354DFAFB3");
		assertThat(challenge.get(0).hasFinding("aka-keys-in-challenge")).isFalse();
		assertThat(securityServer.get(0).meaning()).endsWith("offered by the P-CSCF");
	}

	@Test
	void decodesTheHeadersAndSdpOfAVolteInvite() {
		assertThat(ImsDecoders.decodeHeader("P-Preferred-Service", "urn:urn-7:3gpp-service.ims.icsi.mmtel").get(0).meaning())
			.startsWith("IMS Multimedia Telephony");
		assertThat(ImsDecoders.decodeHeader("a", "*;+g.3gpp.icsi-ref=\"urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel\"")).hasSize(1);
		assertThat(ImsDecoders.decodeHeader("P-Asserted-Identity", "<sip:+14155550123@ims.example.com;user=phone>").get(0)
			.meaning()).contains("+1 4155550123");
		assertThat(ImsDecoders.decodeHeader("x", "1800;refresher=uac").get(0).label()).isEqualTo("Session-Expires");
		assertThat(ImsDecoders.decodeHeader("Privacy", "none").get(0).meaning()).contains("no privacy");
		assertThat(ImsDecoders.decodeHeader("P-Early-Media", "supported")).hasSize(1);
		assertThat(ImsDecoders.decodeHeader("P-Charging-Vector", "icid-value=abc;orig-ioi=home.net")).hasSize(1);
		assertThat(ImsDecoders.decodeHeader("Reason", "Q.850;cause=16").get(0).meaning()).contains("Normal call clearing");
		assertThat(ImsDecoders.decodeSdp(SdpMediaTest.VOLTE_OFFER).get(0).part("preconditions")).isPresent();
	}

	@Test
	void returnsNothingForHeadersWithoutThreeGppContent() {
		assertThat(ImsDecoders.decodeHeader("Call-ID", "a84b4c76e66710@pc33.example.com")).isEmpty();
		assertThat(ImsDecoders.decodeHeader("Max-Forwards", "70")).isEmpty();
		assertThat(ImsDecoders.decodeHeader("Contact", "<sip:alice@192.0.2.4>")).isNotEmpty();
		assertThat(ImsDecoders.decodeHeader(null, "x")).isEmpty();
		assertThat(ImsDecoders.decodeHeader("Contact", null)).isEmpty();
	}

	@Test
	void resolvesCompactFormsToTheRegisteredName() {
		assertThat(ImsDecoders.canonicalName("m")).isEqualTo("Contact");
		assertThat(ImsDecoders.canonicalName("A")).isEqualTo("Accept-Contact");
		assertThat(ImsDecoders.canonicalName("p-access-network-info")).isEqualTo("P-Access-Network-Info");
	}

	@Test
	void readsTheTwoDigitMncOfAHomeDomainAsTheImsiDoes() {
		DecodedValue id = Identities.privateIdentity("001010123456789@ims.mnc001.mcc001.3gppnetwork.org");
		assertThat(id.part("realm").orElseThrow().meaning()).contains("PLMN 001-01");
		assertThat(id.part("MNC").orElseThrow().raw()).isEqualTo("01");
		assertThat(id.hasFinding("imsi-domain-mismatch")).isFalse();
		// a three-digit MNC written the same way, and a country that uses three digits
		assertThat(Identities.privateIdentity("001001123456789@ims.mnc001.mcc001.3gppnetwork.org")
				.hasFinding("imsi-domain-mismatch")).isFalse();
		assertThat(Plmn.fromDomain("ims.mnc026.mcc310.3gppnetwork.org").display()).isEqualTo("310-026");
	}

}
