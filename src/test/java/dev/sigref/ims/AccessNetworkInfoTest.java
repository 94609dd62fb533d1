package dev.sigref.ims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccessNetworkInfoTest {

	@Test
	void decodesAVolteAccessNetworkInfoWithTimeZoneAndNetworkProvidedFlag() {
		List<DecodedValue> specs = AccessNetworkInfo.decode("3GPP-E-UTRAN-FDD; utran-cell-id-3gpp=3102601A2B01C3D05;"
				+ " local-time-zone=\"UTC-05:00\"; daylight-saving-time=\"01\"; network-provided");

		assertThat(specs).hasSize(1);
		DecodedValue pani = specs.get(0);
		assertThat(pani.part("access-type").orElseThrow().meaning()).contains("LTE").contains("FDD");
		assertThat(pani.part("utran-cell-id-3gpp").orElseThrow().meaning())
			.isEqualTo("E-UTRAN cell 0x01C3D05 in TAC 0x1A2B of PLMN 310-260");
		assertThat(pani.part("local-time-zone").orElseThrow().meaning()).isEqualTo("the UE's local time is 5 h behind UTC");
		assertThat(pani.part("daylight-saving-time").orElseThrow().meaning()).contains("+1 hour");
		assertThat(pani.part("network-provided")).isPresent();
		assertThat(pani.meaning()).endsWith("inserted by the network");
		assertThat(pani.allFindings()).noneMatch(f -> f.severity() == Severity.ERROR);
	}

	@Test
	void decodesEachAccessNetSpecOfAListSeparately() {
		List<DecodedValue> specs = AccessNetworkInfo.decode("IEEE-802.11; i-wlan-node-id=ffffffeeeeee,"
				+ " 3GPP-E-UTRAN-FDD; utran-cell-id-3gpp=2620112340123405; network-provided");

		assertThat(specs).hasSize(2);
		assertThat(specs.get(0).part("i-wlan-node-id").orElseThrow().meaning()).isEqualTo("Wi-Fi access point (BSSID) FF:FF:FF:EE:EE:EE");
		assertThat(specs.get(0).meaning()).endsWith("as reported by the UE");
		assertThat(specs.get(1).part("utran-cell-id-3gpp").orElseThrow().part("MNC").orElseThrow().raw()).isEqualTo("01");
	}

	@Test
	void flagsALocalTimeZoneThatIsNotWrittenAsAUtcOffset() {
		DecodedValue pani = AccessNetworkInfo.decode("3GPP-E-UTRAN-FDD; local-time-zone=\"+0100\"").get(0);

		assertThat(pani.hasFinding("local-time-zone-malformed")).isTrue();
	}

	@Test
	void flagsAnUnknownDaylightSavingValue() {
		DecodedValue pani = AccessNetworkInfo.decode("3GPP-E-UTRAN-FDD; daylight-saving-time=\"05\"").get(0);

		assertThat(pani.hasFinding("daylight-saving-time-invalid")).isTrue();
	}

	@Test
	void decodesCellularNetworkInfoWithItsCellAge() {
		DecodedValue cni = AccessNetworkInfo.decode("Cellular-Network-Info",
				"3GPP-NR-TDD; utran-cell-id-3gpp=31026000A1B20A1B2C3D4; cell-info-age=1800").get(0);

		assertThat(cni.label()).isEqualTo("Cellular-Network-Info");
		assertThat(cni.part("cell-info-age").orElseThrow().meaning()).contains("1800 seconds");
		assertThat(cni.part("utran-cell-id-3gpp").orElseThrow().meaning()).startsWith("NR cell");
	}

	@Test
	void saysSoWhenTheAccessTypeIsUnknown() {
		DecodedValue pani = AccessNetworkInfo.decode("3GPP-FUTURE-RAT").get(0);

		assertThat(pani.hasFinding("access-type-unknown")).isTrue();
	}

}
