package dev.sigref.ims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImeiTest {

	@Test
	void computesTheLuhnDigitOfTheWorkedExampleInTs23003AnnexB() {
		// TS 23.003 Annex B: the digit sum of 26053179311383 is 53, so the check digit is 7
		assertThat(Imei.luhnDigit("26053179311383")).isEqualTo(7);
		assertThat(Imei.luhnDigit("49015420323751")).isEqualTo(8);
		// a digit sum that is already a multiple of ten gives check digit 0, not 10
		assertThat(Imei.luhnDigit("35693803564501")).isEqualTo(0);
		assertThat(Imei.luhnDigit("1234")).isEqualTo(-1);
	}

	@Test
	void decodesAnImeiUrnWithACorrectCheckDigit() {
		DecodedValue imei = Imei.decode("urn:gsma:imei:26053179-311383-7");

		assertThat(imei.part("TAC").orElseThrow().raw()).isEqualTo("26053179");
		assertThat(imei.part("SNR").orElseThrow().raw()).isEqualTo("311383");
		assertThat(imei.part("check digit").orElseThrow().meaning()).isEqualTo("Luhn check digit, correct");
		assertThat(imei.allFindings()).isEmpty();
	}

	@Test
	void flagsAnImeiWhoseLuhnCheckDigitIsWrong() {
		DecodedValue imei = Imei.decode("urn:gsma:imei:26053179-311383-4");

		assertThat(imei.hasFinding("imei-check-digit-wrong")).isTrue();
		assertThat(imei.findings()).filteredOn(f -> f.code().equals("imei-check-digit-wrong")).first()
			.satisfies(f -> {
				assertThat(f.severity()).isEqualTo(Severity.ERROR);
				assertThat(f.message()).contains("'260531793113834'").contains("is 7");
				assertThat(f.reference()).isEqualTo("3GPP TS 23.003 Annex B");
			});
	}

	@Test
	void treatsALastDigitZeroAsTheSpareDigitRatherThanAnError() {
		DecodedValue imei = Imei.decode("urn:gsma:imei:26053179-311383-0");

		assertThat(imei.hasFinding("imei-check-digit-wrong")).isFalse();
		assertThat(imei.hasFinding("imei-spare-digit-zero")).isTrue();
	}

	@Test
	void acceptsTheQuotedAngleBracketFormOfSipInstance() {
		DecodedValue imei = InstanceId.decode("\"<urn:gsma:imei:49015420-323751-8>\"");

		assertThat(imei.label()).isEqualTo("urn:gsma:imei");
		assertThat(imei.part("TAC").orElseThrow().raw()).isEqualTo("49015420");
		assertThat(imei.allFindings()).isEmpty();
	}

	@Test
	void acceptsAnImeiUrnWithoutHyphens() {
		DecodedValue imei = Imei.decode("urn:gsma:imei:490154203237518");

		assertThat(imei.part("SNR").orElseThrow().raw()).isEqualTo("323751");
		assertThat(imei.hasFinding("imei-urn-without-hyphens")).isTrue();
		assertThat(imei.hasFinding("imei-check-digit-wrong")).isFalse();
	}

	@Test
	void readsTheSoftwareVersionParameterAsImeisv() {
		DecodedValue imei = Imei.decode("<urn:gsma:imei:49015420-323751-8;svn=42>");

		assertThat(imei.part("SVN").orElseThrow().raw()).isEqualTo("42");
		assertThat(imei.meaning()).contains("IMEISV 4901542032375142");
	}

	@Test
	void flagsAMalformedSoftwareVersion() {
		assertThat(Imei.decode("urn:gsma:imei:49015420-323751-8;svn=4").hasFinding("imeisv-svn-malformed")).isTrue();
	}

	@Test
	void rejectsAnImeiOfTheWrongLength() {
		assertThat(Imei.decode("urn:gsma:imei:4901542032375").hasFinding("imei-wrong-length")).isTrue();
		assertThat(Imei.decode("urn:gsma:imei:4901542-323751-8").hasFinding("imei-urn-grouping-wrong")).isTrue();
		assertThat(Imei.decode("urn:gsma:imei:49015A20-323751-8").hasFinding("imei-not-digits")).isTrue();
	}

	@Test
	void decodesAUuidInstanceIdVersion() {
		DecodedValue uuid = InstanceId.decode("\"<urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6>\"");

		assertThat(uuid.part("version").orElseThrow().raw()).isEqualTo("1");
		assertThat(uuid.part("variant").orElseThrow().meaning()).isEqualTo("RFC 9562 variant");
		assertThat(InstanceId.decode("<urn:uuid:not-a-uuid>").hasFinding("uuid-malformed")).isTrue();
	}

}
