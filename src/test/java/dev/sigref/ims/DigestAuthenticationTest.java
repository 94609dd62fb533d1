package dev.sigref.ims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DigestAuthenticationTest {

	// RAND and AUTN built from the Milenage test set 1 values of TS 35.208: SQN ff9bb4d0b607 xor AK aa689c648370,
	// AMF b9b9, MAC-A 4a9ffac354dfafb3
	private static final String RAND = "23553CBE9637A89D218AE64DAE47BF35";
	private static final String SQN_XOR_AK = "55F328B43577";
	private static final String MAC = "4A9FFAC354DFAFB3";

	private static String nonce(String hex) {
		return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
	}

	@Test
	void splitsTheAkaNonceIntoRandAndAutn() {
		DecodedValue nonce = AkaNonce.decode(nonce(RAND + SQN_XOR_AK + "0000" + MAC));

		assertThat(nonce.part("RAND").orElseThrow().raw()).isEqualTo(RAND);
		DecodedValue autn = nonce.part("AUTN").orElseThrow();
		assertThat(autn.part("SQN xor AK").orElseThrow().raw()).isEqualTo(SQN_XOR_AK);
		assertThat(autn.part("AMF").orElseThrow().raw()).isEqualTo("0000");
		assertThat(autn.part("MAC").orElseThrow().raw()).isEqualTo(MAC);
		assertThat(nonce.allFindings()).isEmpty();
	}

	@Test
	void warnsWhenTheAmfSeparationBitMarksAnEpsVector() {
		DecodedValue nonce = AkaNonce.decode(nonce(RAND + SQN_XOR_AK + "B9B9" + MAC));

		assertThat(nonce.hasFinding("aka-amf-separation-bit-set")).isTrue();
		assertThat(AkaNonce.decode(nonce(RAND + SQN_XOR_AK + "7FFF" + MAC)).hasFinding("aka-amf-separation-bit-set")).isFalse();
	}

	@Test
	void showsServerDataAfterTheAutn() {
		DecodedValue nonce = AkaNonce.decode(nonce(RAND + SQN_XOR_AK + "8000" + MAC + "CAFE"));

		assertThat(nonce.part("server data").orElseThrow().raw()).isEqualTo("CAFE");
	}

	@Test
	void flagsANonceTooShortToHoldRandAndAutn() {
		DecodedValue nonce = AkaNonce.decode(nonce(RAND));

		assertThat(nonce.hasFinding("aka-nonce-too-short")).isTrue();
		assertThat(nonce.findings().get(0).message()).contains("16 bytes");
		assertThat(nonce.part("RAND")).isEmpty();
	}

	@Test
	void flagsANonceThatIsNotBase64() {
		assertThat(AkaNonce.decode("not*base64!").hasFinding("aka-nonce-not-base64")).isTrue();
	}

	@Test
	void decodesAnAkaChallengeFromTheSCscfWithItsKeys() {
		String header = "Digest realm=\"ims.mnc260.mcc310.3gppnetwork.org\", nonce=\"" + nonce(RAND + SQN_XOR_AK + "8000" + MAC)
				+ "\", algorithm=AKAv1-MD5, qop=\"auth,auth-int\", ik=\"00112233445566778899AABBCCDDEEFF\","
				+ " ck=\"FFEEDDCCBBAA99887766554433221100\"";

		DecodedValue challenge = DigestAuthentication.challenge("WWW-Authenticate", header);

		assertThat(challenge.part("nonce").orElseThrow().part("RAND").orElseThrow().raw()).isEqualTo(RAND);
		assertThat(challenge.part("algorithm").orElseThrow().meaning()).contains("RFC 3310");
		assertThat(challenge.part("realm").orElseThrow().meaning()).contains("310-260");
		assertThat(challenge.part("qop").orElseThrow().meaning()).contains("auth-int");
		assertThat(challenge.hasFinding("aka-keys-in-challenge")).isTrue();
		assertThat(challenge.hasFinding("aka-key-malformed")).isFalse();
	}

	@Test
	void explainsTheEmptyCredentialsOfAnInitialRegister() {
		DecodedValue credentials = DigestAuthentication.credentials("Authorization",
				"Digest username=\"310260123456789@ims.mnc260.mcc310.3gppnetwork.org\","
						+ " realm=\"ims.mnc260.mcc310.3gppnetwork.org\", uri=\"sip:ims.mnc260.mcc310.3gppnetwork.org\","
						+ " nonce=\"\", response=\"\", integrity-protected=\"no\"");

		assertThat(credentials.hasFinding("initial-register-empty-credentials")).isTrue();
		assertThat(credentials.part("username").orElseThrow().part("MSIN").orElseThrow().raw()).isEqualTo("123456789");
		assertThat(credentials.part("integrity-protected").orElseThrow().meaning()).contains("without IPsec");
	}

	@Test
	void decodesAResynchronisationAuts() {
		String auts = Base64.getEncoder().encodeToString(HexFormat.of().parseHex("0102030405060708090A0B0C0D0E"));
		DecodedValue credentials = DigestAuthentication.credentials("Authorization",
				"Digest username=\"u@ims.example.net\", nonce=\"abc\", response=\"\", auts=\"" + auts + "\", algorithm=AKAv1-MD5");

		DecodedValue decoded = credentials.part("auts").orElseThrow();
		assertThat(decoded.part("SQN_MS xor AK*").orElseThrow().raw()).isEqualTo("010203040506");
		assertThat(decoded.part("MAC-S").orElseThrow().raw()).isEqualTo("0708090A0B0C0D0E");
		assertThat(credentials.meaning()).contains("resynchronisation");
	}

	@Test
	void flagsAnAutsOfTheWrongLength() {
		String auts = Base64.getEncoder().encodeToString(new byte[12]);

		assertThat(AkaNonce.auts(auts).hasFinding("aka-auts-wrong-length")).isTrue();
	}

	@Test
	void flagsAMalformedDigestResponseAndAnUnknownIntegrityValue() {
		DecodedValue credentials = DigestAuthentication.credentials("Authorization",
				"Digest username=\"u@example.net\", nonce=\"abc\", response=\"12345\", integrity-protected=\"maybe\"");

		assertThat(credentials.hasFinding("digest-response-malformed")).isTrue();
		assertThat(credentials.hasFinding("integrity-protected-unknown")).isTrue();
	}

	@Test
	void readsAPlainSipUsernameAsItIsAndAnImsOneAsAPrivateIdentity() {
		DecodedValue plain = DigestAuthentication.credentials("Authorization", "Digest username=\"bob\","
				+ " realm=\"biloxi.example.com\", nonce=\"abc\", uri=\"sip:bob@biloxi.example.com\","
				+ " response=\"245f23415f11432b3434341c022c3133\", algorithm=MD5");
		assertThat(plain.part("username").orElseThrow().meaning()).contains("user name");
		assertThat(plain.part("username").orElseThrow().hasFinding("private-identity-not-nai")).isFalse();

		DecodedValue aka = DigestAuthentication.credentials("Authorization", "Digest username=\"bob\","
				+ " realm=\"ims.example.net\", nonce=\"abc\", uri=\"sip:ims.example.net\","
				+ " response=\"245f23415f11432b3434341c022c3133\", algorithm=AKAv1-MD5");
		assertThat(aka.part("username").orElseThrow().hasFinding("private-identity-not-nai")).isTrue();
	}

}
