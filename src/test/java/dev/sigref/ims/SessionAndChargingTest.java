package dev.sigref.ims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SessionAndChargingTest {

	@Test
	void explainsTheChargingVectorParameters() {
		DecodedValue vector = ChargingHeaders.vector("icid-value=\"AyretyU0dm+6O2IrT5tAFrbHLso=023551024\";"
				+ " icid-generated-at=192.0.2.10; orig-ioi=\"Type 3home1.net\"; pdngw=198.51.100.1; ecid=7A3F");

		assertThat(vector.part("icid-value").orElseThrow().raw()).isEqualTo("AyretyU0dm+6O2IrT5tAFrbHLso=023551024");
		assertThat(vector.part("orig-ioi").orElseThrow().meaning()).contains("home1.net").contains("type 3");
		assertThat(vector.part("pdngw").orElseThrow().meaning()).contains("EPS");
		assertThat(vector.allFindings()).isEmpty();
	}

	@Test
	void flagsAChargingVectorWithoutIcid() {
		assertThat(ChargingHeaders.vector("orig-ioi=home1.net").hasFinding("charging-vector-icid-missing")).isTrue();
	}

	@Test
	void countsPrimaryAndSecondaryChargingFunctions() {
		DecodedValue addresses = ChargingHeaders.functionAddresses("ccf=192.1.1.1; ccf=192.1.1.2; ecf=192.1.1.3");

		assertThat(addresses.meaning()).isEqualTo("2 offline (ccf) and 1 online (ecf) charging function address(es)");
		assertThat(ChargingHeaders.functionAddresses("foo=1").hasFinding("charging-function-addresses-empty")).isTrue();
	}

	@Test
	void explainsSessionExpiresWithItsRefresher() {
		DecodedValue timer = SessionHeaders.sessionTimer("Session-Expires", "1800;refresher=uac");

		assertThat(timer.part("delta-seconds").orElseThrow().meaning()).isEqualTo("1800 s (30 min 0 s)");
		assertThat(timer.part("refresher").orElseThrow().meaning()).contains("caller side");
	}

	@Test
	void flagsASessionIntervalBelowNinetySecondsAndABadRefresher() {
		assertThat(SessionHeaders.sessionTimer("Min-SE", "60").hasFinding("session-interval-too-small")).isTrue();
		assertThat(SessionHeaders.sessionTimer("Session-Expires", "1800;refresher=both").hasFinding("session-refresher-invalid"))
			.isTrue();
	}

	@Test
	void explainsPrivacyAndRejectsNoneWithOtherValues() {
		DecodedValue privacy = SessionHeaders.privacy("id; header; user");
		assertThat(privacy.meaning()).contains("withheld");
		assertThat(privacy.part("id").orElseThrow().meaning()).contains("P-Asserted-Identity");

		assertThat(SessionHeaders.privacy("none;id").hasFinding("privacy-none-combined")).isTrue();
	}

	@Test
	void readsPEarlyMediaPerMediaLine() {
		DecodedValue early = SessionHeaders.earlyMedia("sendrecv, gated");

		assertThat(early.part("m-line 1").orElseThrow().meaning()).contains("both directions");
		assertThat(early.part("m-line 2").orElseThrow().meaning()).contains("gates");
		assertThat(SessionHeaders.earlyMedia("loud").hasFinding("early-media-value-unknown")).isTrue();
	}

	@Test
	void listsHistoryInfoEntriesInOrderWithForwardingCauseAndReason() {
		List<DecodedValue> entries = Redirection.historyInfo("<sip:bob@example.com>;index=1,"
				+ " <sip:+14155550100@example.com;user=phone;cause=486?Reason=SIP%3Bcause%3D486%3Btext%3D%22Busy%22>;index=1.1;mp=1");

		assertThat(entries).hasSize(2);
		assertThat(entries.get(0).part("index").orElseThrow().raw()).isEqualTo("1");
		DecodedValue second = entries.get(1);
		assertThat(second.part("cause").orElseThrow().meaning()).isEqualTo("forwarded: user busy");
		assertThat(second.part("Reason").orElseThrow().meaning()).isEqualTo("SIP 486 Busy Here");
		assertThat(second.part("mp").orElseThrow().meaning()).contains("target user changed");
		assertThat(second.part("index").orElseThrow().meaning()).contains("level 2");
	}

	@Test
	void flagsAHistoryInfoEntryWithoutIndexAndAnUnknownCause() {
		DecodedValue entry = Redirection.historyInfo("<sip:bob@example.com;cause=999>").get(0);

		assertThat(entry.hasFinding("history-info-index-missing")).isTrue();
		assertThat(entry.hasFinding("forwarding-cause-unknown")).isTrue();
	}

	@Test
	void readsDiversionEntries() {
		List<DecodedValue> entries = Redirection.diversion("<tel:+14155550100>;reason=user-busy;counter=1,"
				+ " <sip:alice@example.com>;reason=moon-phase");

		assertThat(entries.get(0).part("reason").orElseThrow().meaning()).isEqualTo("call forwarding on busy");
		assertThat(entries.get(1).hasFinding("diversion-reason-unknown")).isTrue();
	}

	@Test
	void explainsDiversionScreeningByItsValue() {
		List<DecodedValue> entries = Redirection.diversion("<tel:+14155550100>;reason=unconditional;screen=no,"
				+ " <tel:+14155550101>;reason=unconditional;screen=yes");

		assertThat(entries.get(0).part("screen").orElseThrow().meaning()).startsWith("the diverting party's identity was"
				+ " not screened");
		assertThat(entries.get(1).part("screen").orElseThrow().meaning()).startsWith("the network screened");
	}

}
