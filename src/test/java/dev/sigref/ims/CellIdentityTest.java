package dev.sigref.ims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellIdentityTest {

	@Test
	void splitsAnEutranCellWithAThreeDigitMnc() {
		DecodedValue cell = CellIdentity.decode("3GPP-E-UTRAN-FDD", "utran-cell-id-3gpp", "3102601A2B01C3D05");

		assertThat(cell.meaning()).isEqualTo("E-UTRAN cell 0x01C3D05 in TAC 0x1A2B of PLMN 310-260");
		assertThat(cell.part("MCC").orElseThrow().raw()).isEqualTo("310");
		assertThat(cell.part("MNC").orElseThrow().raw()).isEqualTo("260");
		assertThat(cell.part("TAC").orElseThrow().meaning()).contains("0x1A2B (6699)");
		// 0x01C3D05 >> 8 = 0x01C3D = 7229, low byte 0x05
		assertThat(cell.part("eNB id").orElseThrow().meaning()).contains("(7229)");
		assertThat(cell.part("cell id").orElseThrow().meaning()).contains("0x05 (5)");
		assertThat(cell.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
		assertThat(cell.hasFinding("mnc-length-ambiguous")).isFalse();
	}

	@Test
	void splitsAnEutranCellWithATwoDigitMnc() {
		DecodedValue cell = CellIdentity.decode("3GPP-E-UTRAN-TDD", "utran-cell-id-3gpp", "2620112340123405");

		assertThat(cell.part("MNC").orElseThrow().raw()).isEqualTo("01");
		assertThat(cell.part("TAC").orElseThrow().raw()).isEqualTo("1234");
		assertThat(cell.part("ECI").orElseThrow().raw()).isEqualTo("0123405");
		assertThat(cell.part("eNB id").orElseThrow().meaning()).contains("(4660)");
	}

	@Test
	void flagsATwoDigitMncSplitInACountryThatUsesThreeDigitMncs() {
		DecodedValue cell = CellIdentity.decode("3GPP-E-UTRAN-FDD", "utran-cell-id-3gpp", "310261A2B01C3D05");

		assertThat(cell.hasFinding("mnc-length-ambiguous")).isTrue();
		assertThat(cell.findings()).filteredOn(f -> f.code().equals("mnc-length-ambiguous"))
			.first()
			.satisfies(f -> assertThat(f.message()).contains("'26'").contains("310"));
	}

	@Test
	void splitsAnNrCellWithTheDefaultGnbLengthAndSaysTheLengthIsConfigured() {
		DecodedValue cell = CellIdentity.decode("3GPP-NR-FDD", "utran-cell-id-3gpp", "31026000A1B20A1B2C3D4");

		assertThat(cell.meaning()).isEqualTo("NR cell 0x0A1B2C3D4 in TAC 0x00A1B2 of PLMN 310-260");
		// 0x0A1B2C3D4 with a 24-bit gNB id: the first 6 hex digits 0x0A1B2C = 662316, the last 3 are cell 0x3D4 = 980
		assertThat(cell.part("gNB id").orElseThrow().meaning()).contains("(662316)");
		assertThat(cell.part("cell id").orElseThrow().meaning()).contains("(980)");
		assertThat(cell.hasFinding("gnb-id-length-network-configured")).isTrue();
	}

	@Test
	void splitsAUtranCellIntoRncAndCell() {
		DecodedValue cell = CellIdentity.decode("3GPP-UTRAN-FDD", "utran-cell-id-3gpp", "234150A1B00C8123");

		assertThat(cell.part("LAC").orElseThrow().raw()).isEqualTo("0A1B");
		assertThat(cell.part("RNC id").orElseThrow().meaning()).contains("(12)");
		assertThat(cell.part("C-Id").orElseThrow().meaning()).contains("(33059)");
	}

	@Test
	void splitsAGeranCellGlobalIdentity() {
		DecodedValue cell = CellIdentity.decode("3GPP-GERAN", "cgi-3gpp", "234150A1B1234");

		assertThat(cell.meaning()).isEqualTo("GERAN cell 0x1234 in LAC 0x0A1B of PLMN 234-15");
	}

	@Test
	void flagsAReservedLocationAreaCode() {
		DecodedValue cell = CellIdentity.decode("3GPP-GERAN", "cgi-3gpp", "2341500001234");

		assertThat(cell.hasFinding("lac-reserved-value")).isTrue();
	}

	@Test
	void rejectsACellIdentityOfTheWrongLengthInsteadOfGuessing() {
		DecodedValue cell = CellIdentity.decode("3GPP-E-UTRAN-FDD", "utran-cell-id-3gpp", "3102601A2B01C3");

		assertThat(cell.hasFinding("cell-id-length-unexpected")).isTrue();
		assertThat(cell.parts()).isEmpty();
	}

	@Test
	void rejectsNonHexCellDigits() {
		DecodedValue cell = CellIdentity.decode("3GPP-E-UTRAN-FDD", "utran-cell-id-3gpp", "3102601A2B01CXD05");

		assertThat(cell.hasFinding("cell-id-not-hex")).isTrue();
	}

	@Test
	void readsTheTechnologyFromTheLengthWhenTheAccessTypeDoesNotNameIt() {
		DecodedValue cell = CellIdentity.decode("ADSL", "utran-cell-id-3gpp", "3102601A2B01C3D05");

		assertThat(cell.meaning()).startsWith("E-UTRAN cell");
		assertThat(cell.hasFinding("cell-id-technology-unknown")).isTrue();
	}

}
