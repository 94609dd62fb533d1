package dev.sigref.ims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureTagsTest {

	@Test
	void explainsTheMmtelIcsi() {
		DecodedValue icsi = ServiceIdentifiers.lookup("urn:urn-7:3gpp-service.ims.icsi.mmtel");

		assertThat(icsi.label()).isEqualTo("ICSI");
		assertThat(icsi.meaning()).startsWith("IMS Multimedia Telephony (MMTel)");
	}

	@Test
	void treatsAnUnlistedSubServiceAsItsParent() {
		DecodedValue icsi = ServiceIdentifiers.lookup("urn:urn-7:3gpp-service.ims.icsi.mmtel.hd-video");

		assertThat(icsi.hasFinding("service-identifier-subclass")).isTrue();
		assertThat(icsi.meaning()).contains("urn:urn-7:3gpp-service.ims.icsi.mmtel");
	}

	@Test
	void decodesTheFeatureTagsAndInstanceOfAVolteContact() {
		List<DecodedValue> contacts = FeatureTags.contactLike("Contact", "<sip:310260123456789@[2001:db8::1]:5064;transport=udp>;"
				+ "+sip.instance=\"<urn:gsma:imei:49015420-323751-8>\";+g.3gpp.icsi-ref=\"urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel\";"
				+ "+g.3gpp.smsip;audio;video;expires=600000");

		DecodedValue contact = contacts.get(0);
		assertThat(contact.part("+sip.instance").orElseThrow().parts().get(0).part("TAC").orElseThrow().raw())
			.isEqualTo("49015420");
		assertThat(contact.part("+g.3gpp.icsi-ref").orElseThrow().parts().get(0).raw())
			.isEqualTo("urn:urn-7:3gpp-service.ims.icsi.mmtel");
		assertThat(contact.part("+g.3gpp.smsip").orElseThrow().meaning()).contains("SMS");
		assertThat(contact.part("audio")).isPresent();
		assertThat(contact.allFindings()).noneMatch(f -> f.severity() == Severity.ERROR);
	}

	@Test
	void decodesAnAcceptContactWithSeveralServices() {
		DecodedValue accept = FeatureTags.contactLike("Accept-Contact",
				"*;+g.3gpp.icsi-ref=\"urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel,urn%3Aurn-7%3A3gpp-service.ims.icsi.mcptt\";"
						+ "require;explicit").get(0);

		assertThat(accept.part("+g.3gpp.icsi-ref").orElseThrow().parts()).hasSize(2);
		assertThat(accept.part("require").orElseThrow().meaning()).contains("RFC 3841");
	}

	@Test
	void usesTheIndicatorMeaningInFeatureCaps() {
		DecodedValue caps = FeatureTags.featureCaps("*;+g.3gpp.srvcc-alerting;+g.3gpp.atcf=\"<tel:+14155550100>\"").get(0);

		assertThat(caps.part("+g.3gpp.srvcc-alerting").orElseThrow().meaning()).startsWith("Network entity supports");
		assertThat(caps.part("+g.3gpp.atcf").orElseThrow().meaning()).contains("ATCF");
	}

	@Test
	void flagsAnUnknown3gppFeatureTagAndAMalformedService() {
		DecodedValue contact = FeatureTags.contactLike("Contact", "<sip:a@b>;+g.3gpp.something-new").get(0);
		assertThat(contact.hasFinding("feature-tag-unknown")).isTrue();

		DecodedValue service = FeatureTags.services("P-Preferred-Service", "mmtel").get(0);
		assertThat(service.hasFinding("service-identifier-malformed")).isTrue();
	}

	@Test
	void aServiceWithAnUnformattedDoublePercentIsQuotedAsWrittenAndItsBrokenEscapeNamed() {
		DecodedValue contact = FeatureTags.contactLike("Contact",
				"<sip:a@b>;+g.3gpp.icsi-ref=\"urn%%3Aurn-7%%3A3gpp-service.ims.icsi.mmtel\"").get(0);
		ImsFinding f = allFindings(contact).stream().filter(x -> x.code().equals("service-identifier-malformed"))
			.findFirst().orElseThrow();
		assertThat(f.message()).startsWith("'urn%%3Aurn-7%%3A3gpp-service.ims.icsi.mmtel' ('urn%:urn-7%:")
			.contains("the '%' at character 4 starts no escape");
	}

	@Test
	void aFeatureTagValueIsPercentDecodedOnceOnly() {
		DecodedValue service = ServiceIdentifiers.lookup("urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel%2525");
		assertThat(service.raw()).isEqualTo("urn:urn-7:3gpp-service.ims.icsi.mmtel%25");
		DecodedValue tag = ServiceIdentifiers.featureTag("+g.3gpp.icsi-ref",
				"\"urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel%2525\"", ServiceIdentifiers.Context.FEATURE_TAG);
		assertThat(tag.parts()).singleElement().satisfies(p -> assertThat(p.raw())
			.isEqualTo("urn:urn-7:3gpp-service.ims.icsi.mmtel%25"));
	}

	private static java.util.List<ImsFinding> allFindings(DecodedValue v) {
		java.util.List<ImsFinding> out = new java.util.ArrayList<>(v.findings());
		v.parts().forEach(p -> out.addAll(allFindings(p)));
		return out;
	}

}
