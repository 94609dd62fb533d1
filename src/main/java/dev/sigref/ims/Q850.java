package dev.sigref.ims;

import java.util.List;

/** ITU-T Q.850 cause values, named from the reference table, with the SIP status RFC 3398 §7.2.4.1 maps them to. */
public final class Q850 {

	static final String REFERENCE = "ITU-T Q.850";
	static final String MAPPING_REFERENCE = "RFC 3398 §7.2.4.1";

	private Q850() {
	}

	/** Decodes a cause value; unknown and out-of-range values give a finding, never an invented name. */
	public static DecodedValue cause(int cause) {
		Node node = Node.of("Q.850 cause", String.valueOf(cause));
		if (cause < 0 || cause > 127) {
			return node.error("q850-cause-out-of-range", "q.850 cause " + cause + " is outside 0 to 127, the 7 bits of"
					+ " the cause value", REFERENCE).build();
		}
		ReferenceData.Q850Cause entry = ReferenceData.get().q850(cause);
		if (entry == null) {
			return node.meaning("cause " + cause + " (not assigned in Q.850)").warning("q850-cause-unknown", "q.850 cause "
					+ cause + " is not an assigned cause value; receivers treat it as a cause of its class ("
					+ causeClass(cause) + ")", REFERENCE).build();
		}
		node.part("name", entry.name(), "");
		node.part("class", entry.causeClass(), "");
		List<ReferenceData.IsupToSip> mappings = ReferenceData.get().isupToSip(cause);
		StringBuilder sip = new StringBuilder();
		for (ReferenceData.IsupToSip mapping : mappings) {
			ReferenceData.ResponseCode response = ReferenceData.get().response(mapping.sipCode());
			String text = mapping.sipCode() + (response == null ? "" : " " + response.reasonPhrase());
			node.part("maps to SIP", String.valueOf(mapping.sipCode()), text
					+ (mapping.note().isEmpty() ? "" : " (" + mapping.note() + ")"));
			sip.append(sip.length() == 0 ? "" : " or ").append(text);
		}
		String meaning = "cause " + cause + ": " + entry.name();
		if (sip.length() > 0) {
			meaning += "; a gateway maps it to SIP " + sip + " (" + MAPPING_REFERENCE + ")";
		}
		else if (cause == 16) {
			meaning += "; a gateway ends the call with BYE or CANCEL rather than an error response";
		}
		return node.meaning(meaning).build();
	}

	private static String causeClass(int cause) {
		return switch (cause >> 4) {
			case 0, 1 -> "normal event";
			case 2 -> "resource unavailable";
			case 3 -> "service or option not available";
			case 4 -> "service or option not implemented";
			case 5 -> "invalid message";
			case 6 -> "protocol error";
			default -> "interworking";
		};
	}

}
