package dev.sigref.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.dataformat.yaml.YAMLMapper;

/** A valid header entry that a test can break in one place. */
final class HeaderFixture {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private final Map<String, Object> fields = new LinkedHashMap<>();

	private final String slug;

	HeaderFixture(String name, String compactForm, String reference) {
		this.slug = Slugs.kebab(name);
		fields.put("name", name);
		fields.put("compact_form", compactForm);
		fields.put("status", "active");
		fields.put("summary", "What " + name + " carries.");
		fields.put("specs", List.of(Map.of("doc", reference, "section", "20.42", "about", "defines " + name)));
		fields.put("syntax", name + " = token");
		fields.put("used_in", List.of(Map.of("message", "all requests", "presence", "mandatory"),
				Map.of("message", "2xx", "presence", "optional")));
		fields.put("ims_usage", "How IMS uses " + name + ".");
		fields.put("nodes", List.of(Map.of("node", "P-CSCF", "action", "checks", "when", "when " + name + " arrives")));
		fields.put("mistakes", List.of("a mistake with " + name));
		fields.put("example", name + ": x");
		fields.put("related", new ArrayList<>());
	}

	HeaderFixture with(String field, Object value) {
		fields.put(field, value);
		return this;
	}

	ContentFile file() {
		String body = "## How it works\n\nThe " + slug + " header fixture has a body long enough for the rule that "
				+ "wants forty words of explanation in every entry, so that a header page never stands empty and "
				+ "always says something about the header it describes, which this one does for " + slug + ".\n";
		return new ContentFile("content/headers/" + slug + ".md",
				"---\n" + YAML.writeValueAsString(fields).replaceFirst("^---\n", "") + "---\n" + body);
	}

}
