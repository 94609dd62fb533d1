package dev.sigref.ims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 3GPP IM CN subsystem XML body of a 380, 504 or third-party REGISTER (TS 24.229 §7.6, schema in Table 7.6.1). */
class ImsXmlBodyTest {

	@Test
	void readsAnEmergencyAlternativeServiceWrittenAsTheSchemaSays() {
		DecodedValue v = ImsXmlBody.decode("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ims-3gpp version=\"1\">\n"
				+ "  <alternative-service>\n    <type>emergency</type>\n    <reason>emergency number</reason>\n"
				+ "    <action>emergency-registration</action>\n  </alternative-service>\n</ims-3gpp>\n");
		assertThat(v.allFindings()).isEmpty();
		DecodedValue service = v.part("alternative-service").orElseThrow();
		assertThat(service.meaning()).isEqualTo("send the call as an emergency call, after an emergency registration");
		assertThat(v.meaning()).isEqualTo(service.meaning());
		assertThat(service.part("reason").orElseThrow().raw()).isEqualTo("emergency number");
		assertThat(service.part("action").orElseThrow().raw()).isEqualTo("emergency-registration");
	}

	@Test
	void readsARestorationAndAnAnonymousEmergencyCall() {
		DecodedValue restoration = ImsXmlBody.decode("<ims-3gpp version=\"1\"><alternative-service><type>restoration</type>"
				+ "<reason>IMS CN not reachable</reason><action>initial-registration</action></alternative-service>"
				+ "</ims-3gpp>");
		assertThat(restoration.allFindings()).isEmpty();
		assertThat(restoration.meaning()).isEqualTo("register again: the network lost this UE's registration");
		DecodedValue anonymous = ImsXmlBody.decode("<ims-3gpp version=\"1\"><alternative-service><type>restoration</type>"
				+ "<reason></reason><action>anonymous-emergencycall</action></alternative-service></ims-3gpp>");
		assertThat(anonymous.meaning()).isEqualTo("send the emergency call without registering (anonymous emergency call)");
	}

	@Test
	void warnsOfAValueWrittenAsAChildElementOrInAnotherCase() {
		DecodedValue element = ImsXmlBody.decode("<ims-3gpp version=\"1\"><alternative-service><type><emergency/></type>"
				+ "<reason>x</reason></alternative-service></ims-3gpp>");
		assertThat(element.allFindings()).extracting(ImsFinding::code).containsExactly("ims-xml-value-as-element");
		assertThat(element.meaning()).isEqualTo("send the call as an emergency call");
		DecodedValue cased = ImsXmlBody.decode("<ims-3gpp version=\"1\"><alternative-service><type>Emergency</type>"
				+ "<reason>x</reason><action>Initial Registration</action></alternative-service></ims-3gpp>");
		assertThat(cased.allFindings()).extracting(ImsFinding::code).containsExactly("ims-xml-value-unknown",
				"ims-xml-value-unknown");
	}

	@Test
	void namesWhatIsMissingOrUnknownWithoutContradiction() {
		assertThat(ImsXmlBody.decode("<foo/>").allFindings()).extracting(ImsFinding::code)
			.containsExactly("ims-xml-root-missing");
		assertThat(ImsXmlBody.decode("<!-- <ims-3gpp> --><foo/>").allFindings()).extracting(ImsFinding::code)
			.containsExactly("ims-xml-root-missing");
		assertThat(ImsXmlBody.decode("<ims-3gpp version=\"1\"><alternative-service><reason>x</reason></alternative-service>"
				+ "</ims-3gpp>").allFindings()).extracting(ImsFinding::code).containsExactly("ims-xml-type-missing");
		// a <type> that holds no known value is unknown, not missing
		assertThat(ImsXmlBody.decode("<ims-3gpp version=\"1\"><alternative-service><type><outage/></type><reason>x</reason>"
				+ "</alternative-service></ims-3gpp>").allFindings()).extracting(ImsFinding::code)
			.containsExactly("ims-xml-value-unknown");
		assertThat(ImsXmlBody.decode("<ims-3gpp><alternative-service><type>emergency</type></alternative-service>"
				+ "</ims-3gpp>").allFindings()).extracting(ImsFinding::code)
			.containsExactly("ims-xml-version-missing", "ims-xml-reason-missing");
	}

	@Test
	void skipsCommentsReadsCdataAndUnescapesEntities() {
		DecodedValue v = ImsXmlBody.decode("<ims-3gpp version=\"1\"><alternative-service><!-- was: <type>restoration</type> -->"
				+ "<type><![CDATA[emergency]]></type><reason>Dial &lt;112&gt; now &amp; wait</reason>"
				+ "</alternative-service></ims-3gpp>");
		assertThat(v.allFindings()).isEmpty();
		DecodedValue service = v.part("alternative-service").orElseThrow();
		assertThat(service.part("type").orElseThrow().raw()).isEqualTo("emergency");
		assertThat(service.part("reason").orElseThrow().raw()).isEqualTo("Dial <112> now & wait");
		// a <type> inside the reason is no type of the service
		DecodedValue nested = ImsXmlBody.decode("<ims-3gpp version=\"1\"><alternative-service><reason>see <type>restoration"
				+ "</type></reason><type>emergency</type></alternative-service></ims-3gpp>");
		assertThat(nested.part("alternative-service").orElseThrow().part("type").orElseThrow().raw()).isEqualTo("emergency");
	}

	@Test
	void reportsXmlThatIsNotWellFormedAndReadsWhatItCan() {
		DecodedValue v = ImsXmlBody.decode("<ims-3gpp version=\"1\"><alternative-service><type>emergency</type>"
				+ "<reason>oops</alternative-service>");
		assertThat(v.allFindings()).extracting(ImsFinding::code).contains("ims-xml-not-well-formed");
		DecodedValue prefixed = ImsXmlBody.decode("<x:ims-3gpp xmlns:x=\"urn:example\" version=\"1\"><x:alternative-service>"
				+ "<x:type>emergency</x:type><x:reason/><x:action>anonymous-emergencycall</x:action>"
				+ "</x:alternative-service></x:ims-3gpp>");
		assertThat(prefixed.allFindings()).isEmpty();
		assertThat(prefixed.meaning()).isEqualTo("send the emergency call without registering (anonymous emergency call)");
	}

	@Test
	void explainsServiceInfoAsDataForAnApplicationServer() {
		DecodedValue v = ImsXmlBody.decode("<ims-3gpp version=\"1\"><service-info>&lt;x/&gt;</service-info></ims-3gpp>");
		assertThat(v.part("service-info").orElseThrow().raw()).isEqualTo("<x/>");
		assertThat(v.part("service-info").orElseThrow().meaning()).contains("third-party REGISTER")
			.contains("not for the user");
	}

}
