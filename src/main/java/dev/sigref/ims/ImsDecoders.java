package dev.sigref.ims;

import java.util.List;
import java.util.Locale;

/**
 * The one entry point of the package: given a header field name and its value, returns what Sigref can explain about
 * the 3GPP values inside it. Names match case-insensitively and compact forms are accepted ({@code m} is Contact).
 *
 * <p>Never throws: a decoder bug on some odd input must not take the whole decode page down, so it is caught here and
 * reported as a finding (tests assert that this finding never appears, so such bugs are still seen).
 */
public final class ImsDecoders {

	private ImsDecoders() {
	}

	/**
	 * @param headerName the header field name as written, full or compact
	 * @param value the header value (everything after the colon, unfolded)
	 * @return decoded values, empty when the header carries nothing 3GPP-specific Sigref explains
	 */
	public static List<DecodedValue> decodeHeader(String headerName, String value) {
		if (headerName == null || value == null || value.isBlank()) {
			return List.of();
		}
		String name = canonicalName(headerName);
		try {
			return dispatch(name, value.trim());
		}
		catch (RuntimeException bug) {
			return List.of(new DecodedValue(name, value, "", List.of(), List.of(ImsFinding.warning("decoder-failed",
					"sigref could not decode this value (" + bug.getClass().getSimpleName() + ")", ""))));
		}
	}

	/** Decodes the SDP body of one message: one node per media line. Never throws. */
	public static List<DecodedValue> decodeSdp(String sdp) {
		if (sdp == null || sdp.isBlank()) {
			return List.of();
		}
		try {
			return SdpMedia.describe(sdp);
		}
		catch (RuntimeException bug) {
			return List.of(new DecodedValue("SDP", "", "", List.of(), List.of(ImsFinding.warning("decoder-failed",
					"sigref could not decode this sdp (" + bug.getClass().getSimpleName() + ")", ""))));
		}
	}

	/**
	 * Decodes a body Sigref reads in 3GPP terms: SMS over IP ({@code application/vnd.3gpp.sms}) and the 3GPP IM CN
	 * subsystem XML body ({@code application/3gpp-ims+xml}); empty for other types. Never throws.
	 *
	 * @param mediaType the body's type and subtype, in any case, parameters allowed
	 * @param bytes the body as sent (for binary types)
	 * @param text the body as text (for XML types)
	 */
	public static List<DecodedValue> decodeBody(String mediaType, byte[] bytes, String text) {
		if (mediaType == null) {
			return List.of();
		}
		String essence = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		try {
			return switch (essence) {
				case "application/vnd.3gpp.sms" -> bytes == null ? List.of() : List.of(SmsOverIp.decodeBody(bytes));
				case "application/3gpp-ims+xml" -> text == null ? List.of() : List.of(ImsXmlBody.decode(text));
				default -> List.of();
			};
		}
		catch (RuntimeException bug) {
			return List.of(new DecodedValue(essence, "", "", List.of(), List.of(ImsFinding.warning("decoder-failed",
					"sigref could not decode this body (" + bug.getClass().getSimpleName() + ")", ""))));
		}
	}

	/** The registered spelling of a header name, resolving compact forms (from sip-headers.csv). */
	public static String canonicalName(String headerName) {
		String trimmed = headerName.trim();
		ReferenceData.HeaderEntry entry = ReferenceData.get().header(trimmed);
		return entry == null ? trimmed : entry.name();
	}

	private static List<DecodedValue> dispatch(String name, String value) {
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "p-access-network-info" -> AccessNetworkInfo.decode("P-Access-Network-Info", value);
			case "cellular-network-info" -> AccessNetworkInfo.decode("Cellular-Network-Info", value);
			case "contact" -> FeatureTags.contactLike("Contact", value);
			case "accept-contact" -> FeatureTags.contactLike("Accept-Contact", value);
			case "reject-contact" -> FeatureTags.contactLike("Reject-Contact", value);
			case "feature-caps" -> FeatureTags.featureCaps(value);
			case "p-preferred-service" -> FeatureTags.services("P-Preferred-Service", value);
			case "p-asserted-service" -> FeatureTags.services("P-Asserted-Service", value);
			case "p-asserted-identity", "p-preferred-identity", "p-associated-uri", "p-called-party-id", "from", "to",
					"referred-by", "refer-to" -> Identities.identityList(name, value);
			case "www-authenticate", "proxy-authenticate" -> List.of(DigestAuthentication.challenge(name, value));
			case "authorization", "proxy-authorization" -> List.of(DigestAuthentication.credentials(name, value));
			case "security-client", "security-server", "security-verify" -> SecurityAgreement.decode(name, value);
			case "reason" -> ReasonHeader.decode(value);
			case "require", "supported", "proxy-require", "unsupported" -> List.of(OptionTags.decode(name, value));
			case "p-charging-vector" -> List.of(ChargingHeaders.vector(value));
			case "p-charging-function-addresses" -> List.of(ChargingHeaders.functionAddresses(value));
			case "session-expires", "min-se" -> List.of(SessionHeaders.sessionTimer(name, value));
			case "privacy" -> List.of(SessionHeaders.privacy(value));
			case "p-early-media" -> List.of(SessionHeaders.earlyMedia(value));
			case "history-info" -> Redirection.historyInfo(value);
			case "diversion" -> Redirection.diversion(value);
			default -> List.of();
		};
	}

}
