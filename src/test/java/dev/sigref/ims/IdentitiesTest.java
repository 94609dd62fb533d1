package dev.sigref.ims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentitiesTest {

	@Test
	void splitsAnImsiBasedPrivateIdentityWithAThreeDigitMnc() {
		DecodedValue impi = Identities.privateIdentity("310260123456789@ims.mnc260.mcc310.3gppnetwork.org");

		assertThat(impi.part("MCC").orElseThrow().raw()).isEqualTo("310");
		assertThat(impi.part("MNC").orElseThrow().raw()).isEqualTo("260");
		assertThat(impi.part("MSIN").orElseThrow().raw()).isEqualTo("123456789");
		assertThat(impi.allFindings()).isEmpty();
	}

	@Test
	void readsATwoDigitMncFromTheZeroPaddedDomainLabel() {
		DecodedValue impi = Identities.privateIdentity("234150999999999@ims.mnc015.mcc234.3gppnetwork.org");

		assertThat(impi.part("MNC").orElseThrow().raw()).isEqualTo("15");
		assertThat(impi.part("MSIN").orElseThrow().raw()).isEqualTo("0999999999");
	}

	@Test
	void flagsAnImsiThatDoesNotBelongToItsRealm() {
		DecodedValue impi = Identities.privateIdentity("262011234567890@ims.mnc260.mcc310.3gppnetwork.org");

		assertThat(impi.hasFinding("imsi-domain-mismatch")).isTrue();
		assertThat(impi.part("MSIN")).isEmpty();
	}

	@Test
	void describesAProvisionedPrivateIdentity() {
		DecodedValue impi = Identities.privateIdentity("alice.private@ims.example.net");

		assertThat(impi.meaning()).contains("not derived from an IMSI");
	}

	@Test
	void findsTheCountryCodeOfATelUri() {
		DecodedValue tel = Identities.publicIdentity("<tel:+14155550123>");

		DecodedValue number = tel.part("E.164 number").orElseThrow();
		assertThat(number.part("country code").orElseThrow().raw()).isEqualTo("1");
		assertThat(number.part("national number").orElseThrow().raw()).isEqualTo("4155550123");
	}

	@Test
	void findsThreeDigitAndTwoDigitCountryCodes() {
		assertThat(E164.countryCode("+353861234567").code()).isEqualTo("353");
		assertThat(E164.countryCode("+353861234567").country()).isEqualTo("Ireland");
		assertThat(E164.countryCode("+4930123456").country()).isEqualTo("Germany");
		assertThat(E164.countryCode("+79161234567").code()).isEqualTo("7");
		assertThat(E164.countryCode("+2125551234").country()).isEqualTo("Morocco");
	}

	@Test
	void flagsAnUnassignedCountryCode() {
		assertThat(E164.decode("+2801234567").hasFinding("e164-country-code-unknown")).isTrue();
		assertThat(E164.decode("+1415555012345678").hasFinding("e164-too-long")).isTrue();
	}

	@Test
	void explainsALocalTelUriWithAPhoneContext() {
		DecodedValue tel = Identities.publicIdentity("tel:5550123;phone-context=ims.mnc260.mcc310.3gppnetwork.org");

		assertThat(tel.part("local number").orElseThrow().raw()).isEqualTo("5550123");
		assertThat(tel.part("phone-context").orElseThrow().meaning()).contains("310-260");
	}

	@Test
	void flagsALocalTelUriWithoutPhoneContext() {
		assertThat(Identities.publicIdentity("tel:5550123").hasFinding("phone-context-missing")).isTrue();
	}

	@Test
	void readsTheNumberInASipUriWithUserPhone() {
		DecodedValue sip = Identities.publicIdentity("sip:+447700900123@ims.mnc015.mcc234.3gppnetwork.org;user=phone");

		assertThat(sip.meaning()).contains("+44 7700900123 (United Kingdom)");
		assertThat(sip.hasFinding("sip-uri-number-without-user-phone")).isFalse();
		assertThat(Identities.publicIdentity("sip:+447700900123@example.net").hasFinding("sip-uri-number-without-user-phone"))
			.isTrue();
	}

	@Test
	void separatesTheHostFromThePortOfAnIpv6Contact() {
		DecodedValue sip = Identities.publicIdentity("<sip:alice@[2001:db8::1]:5064;transport=udp>");

		assertThat(sip.part("host").orElseThrow().raw()).isEqualTo("[2001:db8::1]");
	}

	@Test
	void recognisesTheTemporaryPublicIdentity() {
		DecodedValue sip = Identities.publicIdentity("sip:310260123456789@ims.mnc260.mcc310.3gppnetwork.org");

		assertThat(sip.hasFinding("temporary-public-identity")).isTrue();
	}

	@Test
	void decodesEachEntryOfAPAssertedIdentity() {
		List<DecodedValue> ids = Identities.identityList("P-Asserted-Identity",
				"\"Alice, Home\" <sip:+14155550123@ims.example.com;user=phone>, <tel:+14155550123>");

		assertThat(ids).hasSize(2);
		assertThat(ids.get(0).part("display name").orElseThrow().raw()).isEqualTo("Alice, Home");
		assertThat(ids.get(1).meaning()).contains("North American");
	}

}
