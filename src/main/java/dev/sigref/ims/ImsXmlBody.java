package dev.sigref.ims;

/**
 * An {@code application/3gpp-ims+xml} body (the 3GPP IM CN subsystem XML body, TS 24.229 §7.6): in a 380 (Alternative
 * Service) it tells the UE to send its call as an emergency call, in a 504 (Server Time-out) that the network lost the
 * registration and the UE must register again (IMS restoration, TS 23.380). Read with a small scanner, not an XML
 * parser: the body is short, and a pasted one is often cut or hand-edited.
 */
public final class ImsXmlBody {

	private static final String BODY = "3GPP TS 24.229 §7.6";

	private ImsXmlBody() {
	}

	public static DecodedValue decode(String xml) {
		Node node = Node.of("3GPP IM CN subsystem XML body", "");
		if (indexOfTag(xml, "ims-3gpp", 0) < 0) {
			return node.warning("ims-xml-root-missing", "the body has no <ims-3gpp> root element, which every 3gpp"
					+ " ims xml body has", BODY).build();
		}
		String service = element(xml, "alternative-service");
		if (service != null) {
			node.part(alternativeService(service));
		}
		String info = element(xml, "service-info");
		if (info != null) {
			node.part("service-info", info.strip(), "free text about the service, for the user");
		}
		if (service == null && info == null) {
			node.meaning("no alternative-service or service-info element");
		}
		return node.build();
	}

	private static DecodedValue alternativeService(String service) {
		Node node = Node.of("alternative-service", compact(service));
		String type = choice(node, service, "type", "emergency", "restoration");
		String reason = element(service, "reason");
		String action = choice(node, service, "action", "emergency-registration", "initial-registration",
				"anonymous-emergencycall");
		if ("emergency".equals(type)) {
			node.part("type", "emergency", "the network takes the request for an emergency call: the UE is to send it"
					+ " again as an emergency call (with the emergency service URN and, if the action says so, after an"
					+ " emergency registration)");
		} else if ("restoration".equals(type)) {
			node.part("type", "restoration", "IMS restoration: the P-CSCF could not reach the S-CSCF, or the"
					+ " registration is lost; the UE is to register anew before it retries (TS 23.380)");
		} else if (type == null) {
			node.error("ims-xml-type-missing", "<alternative-service> has no <type>; it names emergency or restoration",
					BODY);
		}
		if (reason != null) {
			node.part("reason", reason.strip(), "free text for the user, not acted on by the UE");
		}
		if (action != null) {
			node.part("action", action, switch (action) {
				case "emergency-registration" -> "perform an emergency registration, then send the emergency call";
				case "initial-registration" -> "perform an initial registration, then retry";
				case "anonymous-emergencycall" -> "send the emergency call without registering (anonymous emergency"
						+ " call)";
				default -> "";
			});
		}
		String meaning = "emergency".equals(type)
				? "send the call as an emergency call" + ("emergency-registration".equals(action)
						? ", after an emergency registration" : "anonymous-emergencycall".equals(action)
								? ", without registering" : "")
				: "restoration".equals(type) ? "register again: the network lost this UE's registration" : "";
		return node.meaning(meaning).build();
	}

	/**
	 * The child of {@code element} that names one of {@code options}: written as an empty element
	 * ({@code <type><emergency/></type>}), as the schema of TS 24.229 §7.6.2 defines it, or as text, which some
	 * servers send and a UE that follows the schema does not understand (warned of).
	 */
	private static String choice(Node node, String xml, String element, String... options) {
		String content = element(xml, element);
		if (content == null) {
			return null;
		}
		for (String option : options) {
			if (indexOfTag(content, option, 0) >= 0) {
				return option;
			}
		}
		String text = content.strip();
		for (String option : options) {
			if (text.equalsIgnoreCase(option) || text.replace(' ', '-').equalsIgnoreCase(option)) {
				node.warning("ims-xml-value-as-text", "<" + element + ">" + text + "</" + element + "> names its value"
						+ " as text; the schema makes it an empty element, <" + element + "><" + option + "/></"
						+ element + ">, and a ue that follows it finds no " + element + " here", "3GPP TS 24.229 §7.6.2");
				return option;
			}
		}
		node.warning("ims-xml-value-unknown", "<" + element + "> holds " + Syntax.quote(compact(content))
				+ ", none of " + String.join(", ", options), "3GPP TS 24.229 §7.6.2");
		return null;
	}

	/** The content of the first {@code <name ...>...</name>} (any namespace prefix), or null. */
	private static String element(String xml, String name) {
		int open = indexOfTag(xml, name, 0);
		if (open < 0) {
			return null;
		}
		int start = xml.indexOf('>', open);
		if (start < 0) {
			return null;
		}
		if (xml.charAt(start - 1) == '/') {
			return "";
		}
		int close = indexOfClose(xml, name, start + 1);
		return close < 0 ? xml.substring(start + 1) : xml.substring(start + 1, close);
	}

	/** Where {@code <name} or {@code <prefix:name} opens a tag (followed by '>', '/' or a blank), or -1. */
	private static int indexOfTag(String xml, String name, int from) {
		for (int lt = xml.indexOf('<', from); lt >= 0; lt = xml.indexOf('<', lt + 1)) {
			int n = lt + 1;
			int colon = n;
			while (colon < xml.length() && isNameChar(xml.charAt(colon)) && xml.charAt(colon) != ':') {
				colon++;
			}
			if (colon < xml.length() && xml.charAt(colon) == ':') {
				n = colon + 1;
			}
			int end = n + name.length();
			if (xml.startsWith(name, n) && end < xml.length()
					&& (xml.charAt(end) == '>' || xml.charAt(end) == '/' || Character.isWhitespace(xml.charAt(end)))) {
				return lt;
			}
		}
		return -1;
	}

	private static int indexOfClose(String xml, String name, int from) {
		for (int lt = xml.indexOf("</", from); lt >= 0; lt = xml.indexOf("</", lt + 2)) {
			int n = lt + 2;
			int colon = xml.indexOf(':', n);
			int gt = xml.indexOf('>', n);
			if (gt < 0) {
				return -1;
			}
			if (colon >= 0 && colon < gt) {
				n = colon + 1;
			}
			if (xml.substring(n, gt).strip().equals(name)) {
				return lt;
			}
		}
		return -1;
	}

	private static boolean isNameChar(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':';
	}

	private static String compact(String xml) {
		return xml.replaceAll("\\s+", " ").strip();
	}

}
