package dev.sigref.ims;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@code application/3gpp-ims+xml} body (the 3GPP IM CN subsystem XML body, TS 24.229 §7.6): in a 380 (Alternative
 * Service) it tells the UE to send its call as an emergency call, in a 504 (Server Time-out) that the network lost the
 * registration and the UE must register again (IMS restoration, TS 23.380); in a third-party REGISTER it carries the
 * service information of the initial filter criteria. The schema (Table 7.6.1) types {@code <type>} and
 * {@code <action>} as text ({@code xs:string}). Read with a small scanner that builds the element tree (comments,
 * processing instructions and CDATA handled, entities unescaped, nothing fetched or expanded), not an XML parser: the
 * body is short, and a pasted one is often cut or hand-edited.
 */
public final class ImsXmlBody {

	private static final String BODY = "3GPP TS 24.229 §7.6";

	private static final String SCHEMA = "3GPP TS 24.229 §7.6.2";

	private ImsXmlBody() {
	}

	public static DecodedValue decode(String xml) {
		Node node = Node.of("IM CN subsystem XML body", compact(xml, 120));
		Scan scan = new Scan(xml);
		Element root = scan.parse();
		if (scan.problem != null) {
			node.warning("ims-xml-not-well-formed", "the body is not well-formed xml: " + scan.problem
					+ "; a receiver may reject all of it", "W3C XML 1.0 §2.1");
		}
		if (root == null || !root.name.equals("ims-3gpp")) {
			return node.warning("ims-xml-root-missing", "the body's root element is "
					+ (root == null ? "missing" : "<" + root.name + ">") + ", not <ims-3gpp>, the root of every 3gpp ims"
					+ " xml body", SCHEMA).meaning("no 3GPP IM CN subsystem XML document").build();
		}
		if (!root.attributes.matches("(?s).*\\bversion\\s*=.*")) {
			node.warning("ims-xml-version-missing", "<ims-3gpp> has no version attribute, which the schema requires"
					+ " (version=\"1\")", SCHEMA);
		}
		Element service = root.child("alternative-service");
		Element info = root.child("service-info");
		if (service != null) {
			DecodedValue s = alternativeService(service);
			node.part(s);
			node.meaning(s.meaning());
		}
		if (info != null) {
			node.part("service-info", info.text().strip(), "service information from the initial filter criteria, which"
					+ " the S-CSCF puts in the third-party REGISTER it sends to an application server (TS 24.229"
					+ " §5.4.1.7); meant for that server, not for the user");
			if (service == null) {
				node.meaning("service information for an application server");
			}
		}
		if (service == null && info == null) {
			node.meaning("no alternative-service or service-info element");
		}
		return node.build();
	}

	private static DecodedValue alternativeService(Element service) {
		Node node = Node.of("alternative-service", compact(service.inner, 120));
		String type = value(node, service, "type", "emergency", "restoration");
		String action = value(node, service, "action", "emergency-registration", "initial-registration",
				"anonymous-emergencycall");
		Element reason = service.child("reason");
		if ("emergency".equals(type)) {
			node.part("type", "emergency", "the network takes the request for an emergency call, or asks for one: the UE"
					+ " is to send it as an emergency call (with an emergency service URN)");
		}
		else if ("restoration".equals(type)) {
			node.part("type", "restoration", "IMS restoration: the network cannot serve the UE's registration as it"
					+ " stands (the P-CSCF could not reach the S-CSCF, or the registration is lost) (TS 23.380)");
		}
		else if (service.child("type") == null) {
			node.error("ims-xml-type-missing", "<alternative-service> has no <type>; it names emergency or restoration",
					SCHEMA);
		}
		if (reason != null) {
			node.part("reason", reason.text().strip(), "free text for the user, not acted on by the UE");
		}
		else {
			node.warning("ims-xml-reason-missing", "<alternative-service> has no <reason>, which the schema requires",
					SCHEMA);
		}
		if (action != null) {
			node.part("action", action, switch (action) {
				case "emergency-registration" -> "perform an emergency registration, then send the emergency call";
				case "initial-registration" -> "perform an initial registration, then retry";
				default -> "send the emergency call without registering (anonymous emergency call)";
			});
		}
		String meaning;
		if ("anonymous-emergencycall".equals(action)) {
			meaning = "send the emergency call without registering (anonymous emergency call)";
		}
		else if ("emergency".equals(type)) {
			meaning = "send the call as an emergency call"
					+ ("emergency-registration".equals(action) ? ", after an emergency registration" : "");
		}
		else if ("restoration".equals(type)) {
			meaning = "register again: the network lost this UE's registration";
		}
		else {
			meaning = "";
		}
		return node.meaning(meaning).build();
	}

	/**
	 * The text of the child {@code element} of {@code parent}, when it is one of {@code options} (exact, as a UE
	 * compares it); else a warning and null. A value written as a child element ({@code <type><emergency/></type>})
	 * is no text, which the schema asks for: warned of, and read.
	 */
	private static String value(Node node, Element parent, String element, String... options) {
		Element e = parent.child(element);
		if (e == null) {
			return null;
		}
		String text = e.text().strip();
		for (String option : options) {
			if (text.equals(option)) {
				return option;
			}
		}
		if (text.isEmpty()) {
			for (String option : options) {
				if (e.child(option) != null) {
					node.warning("ims-xml-value-as-element", "<" + element + "> holds <" + option + "/> as a child"
							+ " element; the schema types <" + element + "> as text, <" + element + ">" + option + "</"
							+ element + ">, and a ue that reads its text finds it empty", SCHEMA);
					return option;
				}
			}
		}
		node.warning("ims-xml-value-unknown", "<" + element + "> holds " + Syntax.quote(compact(text.isEmpty()
				? e.inner : text, 60)) + ", none of " + String.join(", ", options) + " (compared exactly, in lower case)",
				SCHEMA);
		return null;
	}

	private static String compact(String text, int max) {
		String c = text.replaceAll("\\s+", " ").strip();
		return c.length() <= max ? c : c.substring(0, max) + "…";
	}

	/** An element: local name (any namespace prefix dropped), its attributes as written, children and text. */
	private static final class Element {

		final String name;

		final String attributes;

		final List<Element> children = new ArrayList<>();

		final StringBuilder text = new StringBuilder();

		/** The element's content as written, for messages. */
		String inner = "";

		Element(String name, String attributes) {
			this.name = name;
			this.attributes = attributes;
		}

		Element child(String local) {
			for (Element c : children) {
				if (c.name.equals(local)) {
					return c;
				}
			}
			return null;
		}

		String text() {
			return text.toString();
		}

	}

	/** Builds the element tree; the first fault of well-formedness is kept in {@link #problem}. */
	private static final class Scan {

		private final String s;

		private int at;

		String problem;

		Scan(String s) {
			this.s = s;
		}

		Element parse() {
			List<Element> stack = new ArrayList<>();
			List<Integer> contentStarts = new ArrayList<>();
			Element root = null;
			while (at < s.length()) {
				int lt = s.indexOf('<', at);
				if (lt < 0) {
					text(stack, s.substring(at));
					at = s.length();
					break;
				}
				text(stack, s.substring(at, lt));
				if (s.startsWith("<!--", lt)) {
					at = skipTo("-->", lt + 4, "a comment is never closed");
				}
				else if (s.startsWith("<![CDATA[", lt)) {
					int end = s.indexOf("]]>", lt + 9);
					if (end < 0) {
						fault("a CDATA section is never closed");
						end = s.length();
					}
					if (!stack.isEmpty()) {
						stack.get(stack.size() - 1).text.append(s, lt + 9, end);
					}
					at = Math.min(s.length(), end + 3);
				}
				else if (s.startsWith("<?", lt)) {
					at = skipTo("?>", lt + 2, "a processing instruction is never closed");
				}
				else if (s.startsWith("<!", lt)) {
					at = skipTo(">", lt + 2, "a declaration is never closed"); // DOCTYPE: entities are not expanded
				}
				else {
					int gt = s.indexOf('>', lt);
					if (gt < 0) {
						fault("a tag is never closed");
						break;
					}
					String tag = s.substring(lt + 1, gt);
					at = gt + 1;
					if (tag.startsWith("/")) {
						String name = local(tag.substring(1).strip());
						if (stack.isEmpty() || !stack.get(stack.size() - 1).name.equals(name)) {
							fault("</" + name + "> closes no open element of that name");
							continue;
						}
						Element closed = stack.remove(stack.size() - 1);
						closed.inner = s.substring(contentStarts.remove(contentStarts.size() - 1), lt);
						continue;
					}
					boolean empty = tag.endsWith("/");
					String body = empty ? tag.substring(0, tag.length() - 1) : tag;
					int nameEnd = 0;
					while (nameEnd < body.length() && !Character.isWhitespace(body.charAt(nameEnd))) {
						nameEnd++;
					}
					Element e = new Element(local(body.substring(0, nameEnd)), body.substring(nameEnd));
					if (stack.isEmpty()) {
						if (root != null) {
							fault("a second root element <" + e.name + "> follows <" + root.name + ">");
						}
						else {
							root = e;
						}
					}
					else {
						stack.get(stack.size() - 1).children.add(e);
					}
					if (!empty) {
						stack.add(e);
						contentStarts.add(at);
					}
				}
			}
			if (!stack.isEmpty()) {
				fault("<" + stack.get(stack.size() - 1).name + "> is never closed");
			}
			return root;
		}

		private void text(List<Element> stack, String t) {
			if (!stack.isEmpty()) {
				stack.get(stack.size() - 1).text.append(unescape(t));
			}
		}

		private int skipTo(String end, int from, String fault) {
			int e = s.indexOf(end, from);
			if (e < 0) {
				fault(fault);
				return s.length();
			}
			return e + end.length();
		}

		private void fault(String what) {
			if (problem == null) {
				problem = what;
			}
		}

		private static String local(String name) {
			int colon = name.indexOf(':');
			return colon >= 0 ? name.substring(colon + 1) : name;
		}

		/** The predefined entities and character references (XML 1.0 §4.6, §4.1); others are left as written. */
		private static String unescape(String t) {
			if (t.indexOf('&') < 0) {
				return t;
			}
			StringBuilder sb = new StringBuilder(t.length());
			int i = 0;
			while (i < t.length()) {
				char c = t.charAt(i);
				int semi = c == '&' ? t.indexOf(';', i) : -1;
				if (semi < 0 || semi - i > 10) {
					sb.append(c);
					i++;
					continue;
				}
				String ref = t.substring(i + 1, semi);
				String out = switch (ref) {
					case "lt" -> "<";
					case "gt" -> ">";
					case "amp" -> "&";
					case "quot" -> "\"";
					case "apos" -> "'";
					default -> charRef(ref);
				};
				if (out == null) {
					sb.append(c);
					i++;
				}
				else {
					sb.append(out);
					i = semi + 1;
				}
			}
			return sb.toString();
		}

		private static String charRef(String ref) {
			try {
				if (ref.startsWith("#x")) {
					return new String(Character.toChars(Integer.parseInt(ref.substring(2), 16)));
				}
				if (ref.startsWith("#")) {
					return new String(Character.toChars(Integer.parseInt(ref.substring(1))));
				}
			}
			catch (IllegalArgumentException notACharacter) {
				return null;
			}
			return null;
		}

	}

}
