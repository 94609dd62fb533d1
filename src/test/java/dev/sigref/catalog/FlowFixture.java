package dev.sigref.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.dataformat.yaml.YAMLMapper;

/** A valid flow file (registration: REGISTER, 401, REGISTER, 200) that a test can break in one place. */
final class FlowFixture {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private final Map<String, Object> fields = new LinkedHashMap<>();

	private final String slug;

	FlowFixture(String slug) {
		this.slug = slug;
		fields.put("title", "Registration fixture " + slug);
		fields.put("family", "registration");
		fields.put("summary", "The " + slug + " fixture registers a UE.");
		fields.put("technology", List.of("LTE"));
		fields.put("deployments", List.of("VoLTE"));
		fields.put("participants", List.of(Map.of("id", "ue", "label", "UE", "node", "UE"),
				Map.of("id", "scscf", "label", "S-CSCF", "node", "S-CSCF"),
				Map.of("id", "hss", "label", "HSS", "node", "HSS")));
		List<Map<String, Object>> steps = new ArrayList<>();
		steps.add(step("ue", "scscf", "register", "REGISTER (no credentials)"));
		steps.add(step("scscf", "hss", null, "Cx MAR/MAA"));
		steps.add(step("scscf", "ue", "401-unauthorized", "401 (AKA challenge)"));
		steps.add(step("ue", "scscf", "register", "REGISTER (RES)"));
		steps.add(step("scscf", "ue", "200-ok", "200 OK"));
		fields.put("steps", steps);
		fields.put("specs", List.of(Map.of("doc", "3GPP TS 24.229", "section", "5.1.1.2", "about", "about " + slug)));
		fields.put("related", new ArrayList<>());
	}

	private static Map<String, Object> step(String from, String to, String message, String label) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("from", from);
		s.put("to", to);
		if (message != null) {
			s.put("message", message);
		}
		s.put("label", label);
		return s;
	}

	FlowFixture with(String field, Object value) {
		fields.put(field, value);
		return this;
	}

	@SuppressWarnings("unchecked")
	FlowFixture withStep(String from, String to, String message, String label) {
		((List<Map<String, Object>>) fields.get("steps")).add(step(from, to, message, label));
		return this;
	}

	ContentFile file() {
		String body = "## How it works\n\nThe " + slug + " procedure fixture has a body long enough for the rule that "
				+ "wants forty words of explanation: it registers, it is challenged, it answers the challenge with the "
				+ "result computed by its SIM, and it is registered afterwards, which is all this fixture is about.\n";
		return new ContentFile("content/flows/" + slug + ".md",
				"---\n" + YAML.writeValueAsString(fields).replaceFirst("^---\n", "") + "---\n" + body);
	}

}
