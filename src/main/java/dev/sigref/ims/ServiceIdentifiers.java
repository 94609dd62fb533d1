package dev.sigref.ims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * IMS communication service identifiers (ICSI), application reference identifiers (IARI) and 3GPP media feature
 * tags (TS 24.229 §7.2A.8, §7.2A.9, §7.9, §7.9A), explained from the {@code ims-icsi-iari.csv} reference table.
 * They appear in Contact and Accept-Contact (as feature tags, RFC 3840/3841), in Feature-Caps (RFC 6809) and in
 * P-Preferred-Service / P-Asserted-Service (RFC 6050).
 */
public final class ServiceIdentifiers {

	private static final String ICSI_REFERENCE = "3GPP TS 24.229 §7.2A.8";
	private static final String IARI_REFERENCE = "3GPP TS 24.229 §7.2A.9";
	private static final String TAG_REFERENCE = "3GPP TS 24.229 §7.9";
	private static final String INDICATOR_REFERENCE = "3GPP TS 24.229 §7.9A";

	/** Where a tag was found decides which row applies: a media feature tag or a feature-capability indicator. */
	public enum Context {
		FEATURE_TAG, FEATURE_CAPABILITY_INDICATOR
	}

	private ServiceIdentifiers() {
	}

	/** Explains one ICSI or IARI URN (plain or percent-encoded, quotes tolerated). */
	public static DecodedValue lookup(String identifier) {
		String written = Syntax.unquote(identifier).trim();
		String urn = Syntax.percentDecode(written).trim();
		String lower = urn.toLowerCase(Locale.ROOT);
		String kind = lower.startsWith("urn:urn-7:3gpp-service.") ? "ICSI"
				: lower.startsWith("urn:urn-7:3gpp-application.") ? "IARI" : "service identifier";
		Node node = Node.of(kind, urn);
		List<ReferenceData.ServiceEntry> rows = ReferenceData.get().services(urn);
		if (!rows.isEmpty()) {
			ReferenceData.ServiceEntry row = rows.get(0);
			return node.meaning(row.meaning() + " (" + row.specReference() + ")").build();
		}
		String parent = knownParent(urn);
		if (parent != null) {
			ReferenceData.ServiceEntry row = ReferenceData.get().services(parent).get(0);
			return node.meaning("a sub-service of " + parent + ": " + row.meaning())
				.info("service-identifier-subclass", Syntax.quote(urn) + " is not in the reference table but extends the"
						+ " known identifier " + parent + ", so it counts as that service too", ICSI_REFERENCE)
				.build();
		}
		if (lower.startsWith("urn:urn-7:")) {
			return node.meaning(kind + " not in Sigref's table").info("service-identifier-unknown", "the " + kind.toLowerCase(
					Locale.ROOT) + " " + Syntax.quote(urn) + " is not in the reference table",
					"IARI".equals(kind) ? IARI_REFERENCE : ICSI_REFERENCE).build();
		}
		int broken = brokenEscape(written);
		return node.meaning("not a 3GPP service identifier").warning("service-identifier-malformed", Syntax.quote(written)
				+ (urn.equals(written) ? "" : " (" + Syntax.quote(urn) + " with its escapes decoded)")
				+ " is not an urn:urn-7:3gpp-service or urn:urn-7:3gpp-application identifier"
				+ (broken < 0 ? "" : "; the '%' at character " + (broken + 1) + " starts no escape, as it must be followed"
						+ " by two hex digits (RFC 3986 §2.1): a template whose '%%' was never formatted writes this"),
				ICSI_REFERENCE).build();
	}

	/** Where a '%' stands that two hex digits do not follow, or -1. */
	private static int brokenEscape(String text) {
		for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
			if (i + 2 >= text.length() || !Syntax.isHex(text.substring(i + 1, i + 3))) {
				return i;
			}
		}
		return -1;
	}

	/** The closest listed identifier this one extends with more dot-separated labels (TS 24.229 §7.2A.8), or null. */
	private static String knownParent(String urn) {
		String candidate = urn;
		int dot = candidate.lastIndexOf('.');
		while (dot > 0) {
			candidate = candidate.substring(0, dot);
			if (!ReferenceData.get().services(candidate).isEmpty()) {
				return candidate;
			}
			dot = candidate.lastIndexOf('.');
		}
		return null;
	}

	/**
	 * Explains one feature tag parameter such as {@code +g.3gpp.icsi-ref="urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel"};
	 * null when the tag is not 3GPP-specific and Sigref has nothing to add.
	 */
	public static DecodedValue featureTag(String name, String value, Context context) {
		String tag = name.startsWith("+") ? name : "+" + name;
		String lower = tag.toLowerCase(Locale.ROOT);
		String unquoted = value == null ? null : Syntax.unquote(value);
		String decoded = unquoted == null ? null : Syntax.percentDecode(unquoted);
		Node node = Node.of(name, value == null ? "" : value);
		String wantedKind = context == Context.FEATURE_CAPABILITY_INDICATOR ? "feature_capability_indicator"
				: "media_feature_tag";
		List<ReferenceData.ServiceEntry> rows = ReferenceData.get().services(tag);
		ReferenceData.ServiceEntry row = rows.stream().filter(r -> r.kind().equals(wantedKind)).findFirst()
			.orElse(rows.isEmpty() ? null : rows.get(0));
		if (lower.equals("+g.3gpp.icsi-ref") || lower.equals("+g.3gpp.iari-ref")) {
			List<String> services = new ArrayList<>();
			// split as written and decoded once, in lookup: "%2525" stays "%25", and a finding quotes the paste
			for (String urn : Syntax.splitNonEmpty(unquoted == null ? "" : unquoted, ',')) {
				DecodedValue service = lookup(urn);
				node.part(service);
				services.add(service.meaning());
			}
			if (value != null && value.contains("urn:") && context == Context.FEATURE_TAG) {
				node.info("feature-tag-urn-not-percent-encoded", "the value " + Syntax.quote(value) + " writes ':' as is;"
						+ " inside a feature tag the urn is normally percent-encoded (urn%3Aurn-7%3A...)", TAG_REFERENCE);
			}
			String what = lower.endsWith("icsi-ref") ? "supports IMS service(s): " : "supports IMS application(s): ";
			return node.meaning(what + String.join("; ", services)).build();
		}
		if (row != null) {
			if (decoded != null && !decoded.isEmpty()) {
				node.part("value", decoded, "");
			}
			return node.meaning(row.meaning() + " (" + row.specReference() + ")").build();
		}
		if (lower.startsWith("+g.3gpp.")) {
			return node.meaning("3GPP feature tag not in Sigref's table").info("feature-tag-unknown", "the 3gpp feature tag "
					+ Syntax.quote(name) + " is not in the reference table",
					context == Context.FEATURE_CAPABILITY_INDICATOR ? INDICATOR_REFERENCE : TAG_REFERENCE).build();
		}
		return null;
	}

}
