package dev.sigref.ims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 3GPP IM CN subsystem XML body of a 380 or 504 (TS 24.229 §7.6). */
class ImsXmlBodyTest {

	@Test
	void readsAnEmergencyAlternativeServiceWrittenAsTheSchemaSays() {
		DecodedValue v = ImsXmlBody.decode("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ims-3gpp version=\"1\">\n"
				+ "  <alternative-service>\n    <type>\n      <emergency/>\n    </type>\n"
				+ "    <reason>emergency number</reason>\n    <action>\n      <emergency-registration/>\n    </action>\n"
				+ "  </alternative-service>\n</ims-3gpp>\n");
		assertThat(v.allFindings()).isEmpty();
		DecodedValue service = v.part("alternative-service").orElseThrow();
		assertThat(service.meaning()).isEqualTo("send the call as an emergency call, after an emergency registration");
		assertThat(service.part("reason").orElseThrow().raw()).isEqualTo("emergency number");
		assertThat(service.part("action").orElseThrow().raw()).isEqualTo("emergency-registration");
	}

	@Test
	void readsARestorationWrittenAsTextAndWarnsThatTheSchemaWantsAnElement() {
		DecodedValue v = ImsXmlBody.decode("<ims-3gpp version=\"1\"><alternative-service><type>restoration</type>"
				+ "<reason>IMS CN not reachable</reason><action>initial-registration</action></alternative-service>"
				+ "</ims-3gpp>");
		DecodedValue service = v.part("alternative-service").orElseThrow();
		assertThat(service.meaning()).isEqualTo("register again: the network lost this UE's registration");
		assertThat(v.allFindings()).extracting(ImsFinding::code).containsExactly("ims-xml-value-as-text",
				"ims-xml-value-as-text");
	}

	@Test
	void namesWhatIsMissingOrUnknown() {
		assertThat(ImsXmlBody.decode("<foo/>").allFindings()).extracting(ImsFinding::code)
			.containsExactly("ims-xml-root-missing");
		assertThat(ImsXmlBody.decode("<ims-3gpp><alternative-service><reason>x</reason></alternative-service></ims-3gpp>")
			.allFindings()).extracting(ImsFinding::code).containsExactly("ims-xml-type-missing");
		assertThat(ImsXmlBody.decode("<ims-3gpp><alternative-service><type><outage/></type></alternative-service></ims-3gpp>")
			.allFindings()).extracting(ImsFinding::code).contains("ims-xml-value-unknown");
	}

	@Test
	void acceptsANamespacePrefixAndACutBody() {
		DecodedValue v = ImsXmlBody.decode("<x:ims-3gpp xmlns:x=\"urn:example\"><x:alternative-service><x:type>"
				+ "<x:emergency/></x:type><x:action><x:anonymous-emergencycall/>");
		assertThat(v.part("alternative-service").orElseThrow().meaning())
			.isEqualTo("send the call as an emergency call, without registering");
	}

}
