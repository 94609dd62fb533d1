package dev.sigref.ims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonHeaderTest {

	@Test
	void namesAQ850CauseAndTheSipStatusItMapsTo() {
		DecodedValue cause = Q850.cause(17);

		assertThat(cause.part("name").orElseThrow().raw()).isEqualTo("User busy");
		assertThat(cause.part("maps to SIP").orElseThrow().meaning()).startsWith("486 Busy Here");
		assertThat(cause.allFindings()).isEmpty();
	}

	@Test
	void listsBothMappingsOfCauseTwentyTwo() {
		DecodedValue cause = Q850.cause(22);

		assertThat(cause.parts()).filteredOn(p -> p.label().equals("maps to SIP")).extracting(DecodedValue::raw)
			.containsExactly("410", "301");
	}

	@Test
	void flagsAnUnknownQ850Cause() {
		DecodedValue cause = Q850.cause(60);

		assertThat(cause.hasFinding("q850-cause-unknown")).isTrue();
		assertThat(cause.findings().get(0).message()).contains("60").contains("service or option not available");
		assertThat(Q850.cause(128).hasFinding("q850-cause-out-of-range")).isTrue();
	}

	@Test
	void decodesSeveralReasonValuesInOrder() {
		List<DecodedValue> reasons = ReasonHeader.decode("Q.850;cause=16;text=\"Normal call clearing\","
				+ " SIP;cause=487;text=\"Request Terminated\"");

		assertThat(reasons).hasSize(2);
		assertThat(reasons.get(0).meaning()).contains("Normal call clearing");
		assertThat(reasons.get(1).meaning()).isEqualTo("SIP 487 Request Terminated");
	}

	@Test
	void flagsAnUnregisteredSipCauseAndAMissingCause() {
		assertThat(ReasonHeader.decode("SIP;cause=499").get(0).hasFinding("sip-cause-unknown")).isTrue();
		assertThat(ReasonHeader.decode("Q.850;text=\"x\"").get(0).hasFinding("reason-cause-missing")).isTrue();
		assertThat(ReasonHeader.decode("Q.850;cause=abc").get(0).hasFinding("reason-cause-not-a-number")).isTrue();
	}

}
