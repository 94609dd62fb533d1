package dev.sigref.ims;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Option tags (RFC 3261 §19.2) in Require, Supported, Proxy-Require and Unsupported, each explained from the IANA
 * option-tag registry. An unregistered tag is not an error, but a node that must understand it will refuse the request
 * with 420, so it is worth a note.
 */
public final class OptionTags {

	static final String REFERENCE = "RFC 3261 §19.2, IANA SIP option tags";

	private record Tag(String name, String description, String reference) {
	}

	private static final Map<String, Tag> TAGS = load();

	private OptionTags() {
	}

	/** What the header asks of the receiver, for the sentence that introduces the tags. */
	private static String role(String header) {
		return switch (header.toLowerCase(Locale.ROOT)) {
			case "require" -> "the receiving UA must support every tag below, or answer 420 Bad Extension";
			case "proxy-require" -> "every proxy on the path must support every tag below, or answer 420 Bad Extension";
			case "unsupported" -> "the sender of this response does not support the tags below";
			default -> "the sender supports the extensions below";
		};
	}

	public static DecodedValue decode(String header, String value) {
		Node node = Node.of(header, value).meaning(role(header));
		for (String piece : Syntax.splitNonEmpty(value, ',')) {
			String tag = piece.strip();
			Tag known = TAGS.get(tag.toLowerCase(Locale.ROOT));
			if (known != null) {
				node.part(tag, tag, known.description() + " (" + known.reference() + ")");
			}
			else {
				node.part(tag, tag, "not in the IANA option-tag registry")
					.info("option-tag-unregistered", "option tag " + Syntax.quote(tag)
							+ " is not registered; a node that must understand it answers 420 Bad Extension", REFERENCE);
			}
		}
		return node.build();
	}

	private static Map<String, Tag> load() {
		try (InputStream in = OptionTags.class.getResourceAsStream("/reference/sip-option-tags.csv")) {
			if (in == null) {
				return Map.of();
			}
			Map<String, Tag> tags = new LinkedHashMap<>();
			for (Map<String, String> row : ReferenceCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
				String name = row.getOrDefault("option_tag", "");
				tags.put(name.toLowerCase(Locale.ROOT),
						new Tag(name, row.getOrDefault("description", ""), row.getOrDefault("reference", "")));
			}
			return Collections.unmodifiableMap(tags);
		}
		catch (IOException ex) {
			return Map.of();
		}
	}

}
