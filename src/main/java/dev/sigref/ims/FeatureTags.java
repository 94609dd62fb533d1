package dev.sigref.ims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 3GPP content of Contact, Accept-Contact, Reject-Contact, Feature-Caps, P-Preferred-Service and
 * P-Asserted-Service: feature tags, service identifiers and the {@code +sip.instance} device identity.
 */
public final class FeatureTags {

	/** Common non-3GPP tags and Contact parameters that a VoLTE engineer looks at, with a short meaning. */
	private static final Map<String, String> GENERIC = Map.of(
			"audio", "the device takes audio sessions (RFC 3840)",
			"video", "the device takes video sessions (RFC 3840)",
			"+sip.instance", "device instance identifier (RFC 5626)",
			"reg-id", "registration flow number for SIP outbound (RFC 5626)",
			"expires", "registration lifetime in seconds requested for this contact",
			"q", "relative preference of this contact",
			"pub-gruu", "public GRUU the registrar assigned (RFC 5627)",
			"temp-gruu", "temporary GRUU the registrar assigned (RFC 5627)",
			"require", "the request must only go to contacts that have these features (RFC 3841)",
			"explicit", "only contacts that explicitly registered these features match (RFC 3841)");

	private FeatureTags() {
	}

	/** Contact / Accept-Contact / Reject-Contact: one node per entry, listing the tags it carries. */
	public static List<DecodedValue> contactLike(String headerLabel, String value) {
		List<DecodedValue> out = new ArrayList<>();
		for (String entry : Syntax.splitNonEmpty(value, ',')) {
			NameAddr addr = NameAddr.parse(entry);
			Node node = Node.of(headerLabel, entry);
			boolean contact = "contact".equalsIgnoreCase(headerLabel);
			if (contact && !addr.uri().equals("*")) {
				node.part(Identities.publicIdentity(addr.uri()));
			}
			List<String> summary = new ArrayList<>();
			for (Param p : addr.params()) {
				String lower = p.name().toLowerCase(Locale.ROOT);
				if (lower.equals("+sip.instance")) {
					DecodedValue instance = InstanceId.decode(p.rawValue() == null ? "" : p.rawValue());
					node.part(new DecodedValue("+sip.instance", p.rawValue(), instance.meaning(), List.of(instance), List.of()));
					summary.add("device " + instance.meaning());
					continue;
				}
				DecodedValue tag = ServiceIdentifiers.featureTag(p.name(), p.rawValue(), ServiceIdentifiers.Context.FEATURE_TAG);
				if (tag != null) {
					node.part(tag);
					summary.add(tag.meaning());
				}
				else if (GENERIC.containsKey(lower)) {
					node.part(p.name(), p.valueOrEmpty(), GENERIC.get(lower));
				}
			}
			if (node.build().parts().isEmpty()) {
				continue;
			}
			out.add(node.meaning(String.join("; ", summary)).build());
		}
		return out;
	}

	/** Feature-Caps (RFC 6809): {@code *;+g.3gpp.icsi-ref="...";+g.3gpp.atcf="<tel:...>"}. */
	public static List<DecodedValue> featureCaps(String value) {
		List<DecodedValue> out = new ArrayList<>();
		for (String entry : Syntax.splitNonEmpty(value, ',')) {
			Node node = Node.of("Feature-Caps", entry);
			List<String> summary = new ArrayList<>();
			for (Param p : Syntax.params(entry)) {
				if (p.name().equals("*")) {
					continue;
				}
				DecodedValue tag = ServiceIdentifiers.featureTag(p.name(), p.rawValue(),
						ServiceIdentifiers.Context.FEATURE_CAPABILITY_INDICATOR);
				if (tag != null) {
					node.part(tag);
					summary.add(tag.meaning());
				}
			}
			out.add(node.meaning(String.join("; ", summary)).build());
		}
		return out;
	}

	/** P-Preferred-Service / P-Asserted-Service (RFC 6050): a list of service identifiers. */
	public static List<DecodedValue> services(String headerLabel, String value) {
		List<DecodedValue> out = new ArrayList<>();
		for (String urn : Syntax.splitNonEmpty(value, ',')) {
			DecodedValue service = ServiceIdentifiers.lookup(urn);
			out.add(new DecodedValue(headerLabel, urn, service.meaning(), List.of(service), List.of()));
		}
		return out;
	}

}
