package dev.sigref.ims;

import java.util.Locale;

/**
 * Decodes a Contact's {@code +sip.instance} value (RFC 5626 §4.1): an IMEI URN (RFC 7255) or a UUID URN (RFC 9562),
 * quoted and usually inside angle brackets: {@code "<urn:gsma:imei:35693803-564526-7>"}.
 */
public final class InstanceId {

	private static final String UUID_REFERENCE = "RFC 9562 §4";

	private InstanceId() {
	}

	public static DecodedValue decode(String value) {
		String raw = value == null ? "" : value.trim();
		String urn = Syntax.stripAngles(Syntax.unquote(raw));
		String lower = Syntax.lower(urn);
		if (lower.startsWith("urn:gsma:imei:")) {
			return Imei.decode(urn);
		}
		if (lower.startsWith("urn:uuid:")) {
			return uuid(raw, urn.substring("urn:uuid:".length()));
		}
		Node node = Node.of("+sip.instance", raw);
		if (!raw.startsWith("\"")) {
			node.warning("sip-instance-not-quoted", "+sip.instance " + Syntax.quote(raw)
					+ " should be a quoted string holding the urn in angle brackets", "RFC 5626 §4.1");
		}
		return node.meaning("instance id in a format Sigref does not decode").build();
	}

	/** Decodes the UUID form of an instance id: version and variant. */
	public static DecodedValue uuid(String raw, String uuid) {
		Node node = Node.of("urn:uuid", raw);
		String u = uuid.trim().toLowerCase(Locale.ROOT);
		boolean shaped = u.length() == 36 && u.charAt(8) == '-' && u.charAt(13) == '-' && u.charAt(18) == '-'
				&& u.charAt(23) == '-' && Syntax.isHex(u.replace("-", "")) && u.replace("-", "").length() == 32;
		if (!shaped) {
			return node.error("uuid-malformed", "the uuid " + Syntax.quote(uuid)
					+ " is not 32 hex digits grouped 8-4-4-4-12", UUID_REFERENCE).build();
		}
		int version = Character.digit(u.charAt(14), 16);
		int variantNibble = Character.digit(u.charAt(19), 16);
		String versionMeaning = switch (version) {
			case 1 -> "version 1: built from a timestamp and a node id (often the device MAC address)";
			case 2 -> "version 2: DCE security";
			case 3 -> "version 3: name-based, MD5";
			case 4 -> "version 4: random";
			case 5 -> "version 5: name-based, SHA-1";
			case 6 -> "version 6: reordered timestamp";
			case 7 -> "version 7: Unix-time ordered";
			case 8 -> "version 8: custom layout";
			default -> "version " + version + ": not defined";
		};
		node.part("version", String.valueOf(version), versionMeaning);
		String variant = (variantNibble & 0b1100) == 0b1000 ? "RFC 9562 variant" : "not the RFC 9562 variant";
		node.part("variant", Integer.toHexString(variantNibble), variant);
		if ((variantNibble & 0b1100) != 0b1000 || version < 1 || version > 8) {
			node.warning("uuid-version-unknown", "the uuid " + Syntax.quote(uuid)
					+ " does not carry a version and variant defined for uuids", UUID_REFERENCE);
		}
		return node.meaning("device instance identified by a UUID, " + versionMeaning).build();
	}

}
