package dev.sigref.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Builds a valid message entry file that a test can then break in one precise way. Every entry gets its own wording
 * (the slug is woven into each sentence), so that the repeated-sentence rule only fires when a test wants it to.
 */
final class EntryFixture {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private final Map<String, Object> fields = new LinkedHashMap<>();

	private final String slug;

	private String body;

	private EntryFixture(String slug) {
		this.slug = slug;
		this.body = "## How it works\n\nThe " + slug + " fixture explains itself with enough words to pass the body "
				+ "rule, which wants at least forty words of real explanation in every entry so that no page is "
				+ "empty. This paragraph is written for " + slug + " only, and it talks about nothing else at all, "
				+ "which keeps the repeated sentence rule quiet.\n";
	}

	static EntryFixture response(int code, String reason) {
		EntryFixture f = new EntryFixture(Slugs.ofResponse(code, reason));
		f.fields.put("protocol", "ims");
		f.fields.put("kind", MessageKind.ofStatusCode(code).orElseThrow().id());
		f.fields.put("code", code);
		f.fields.put("reason", reason);
		f.common(code + " " + reason, "SIP/2.0 " + code + " " + reason);
		return f;
	}

	static EntryFixture request(String method) {
		EntryFixture f = new EntryFixture(Slugs.ofRequest(method));
		f.fields.put("protocol", "ims");
		f.fields.put("kind", "request");
		f.fields.put("method", method);
		f.common(method, method + " sip:bob@ims.example.net SIP/2.0");
		return f;
	}

	private void common(String title, String startLine) {
		String s = slug;
		fields.put("title", title);
		fields.put("full_name", "SIP " + title + " (" + s + " fixture)");
		fields.put("summary", "Summary of " + s + ".");
		fields.put("technology", List.of("LTE", "5G"));
		fields.put("deployments", List.of("VoLTE", "VoNR"));
		fields.put("directions", List.of(Map.of("from", "S-CSCF", "to", "UE", "when", "when " + s + " happens")));
		fields.put("interfaces", List.of("Gm", "Mw"));
		fields.put("bearer", "bearer of " + s);
		fields.put("triggers", List.of("trigger of " + s));
		fields.put("purpose", "purpose of " + s);
		fields.put("specs", new ArrayList<>(List.of(Map.of("doc", "RFC 3261", "section", "21.4.7", "about", "about " + s),
				Map.of("doc", "3GPP TS 24.229", "section", "5.4.3.2", "about", "ims rules for " + s))));
		fields.put("introduced", "RFC 3261, June 2002 (" + s + ")");
		fields.put("security", "security of " + s);
		fields.put("syntax", startLine + "\nCall-ID: <id>\n");
		fields.put("example", startLine + "\nCall-ID: a84b4c76e66710@pc33\nContent-Length: 0\n");
		List<Map<String, Object>> ies = new ArrayList<>();
		ies.add(ie(startLine.startsWith("SIP/2.0") ? "Status-Line" : "Request-Line", "mandatory"));
		ies.add(ie("Call-ID", "mandatory"));
		ies.add(ie("Content-Length", "optional"));
		fields.put("ies", ies);
		fields.put("troubleshooting", Map.of("causes", List.of("cause of " + s), "inspect", List.of("inspect " + s),
				"next_step", "next step for " + s));
		fields.put("previous", new ArrayList<>());
		fields.put("next", new ArrayList<>());
		fields.put("next_note", "the transaction ends after " + s);
		fields.put("procedures", List.of("procedure using " + s));
		fields.put("related", new ArrayList<>());
	}

	private Map<String, Object> ie(String name, String presence) {
		Map<String, Object> ie = new LinkedHashMap<>();
		ie.put("name", name);
		ie.put("presence", presence);
		ie.put("description", name + " in " + slug);
		ie.put("in_practice", "what " + name + " looks like in " + slug);
		return ie;
	}

	EntryFixture with(String field, Object value) {
		fields.put(field, value);
		return this;
	}

	EntryFixture without(String field) {
		fields.remove(field);
		return this;
	}

	@SuppressWarnings("unchecked")
	EntryFixture withIe(String name, String presence) {
		((List<Map<String, Object>>) fields.get("ies")).add(ie(name, presence));
		return this;
	}

	EntryFixture body(String markdown) {
		this.body = markdown;
		return this;
	}

	String slug() {
		return slug;
	}

	String text() {
		return "---\n" + YAML.writeValueAsString(fields).replaceFirst("^---\n", "") + "---\n" + body;
	}

	ContentFile file() {
		return new ContentFile("content/messages/ims/" + slug + ".md", text());
	}

}
