package dev.sigref.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import dev.sigref.catalog.MessageDefinition.SpecReference;

/** An IMS procedure as written in content/flows: who takes part and the ordered steps between them. */
public record FlowDefinition(String slug, String title, String family, String summary, List<String> technology,
		List<String> deployments, List<Participant> participants, List<Step> steps, List<SpecReference> specs,
		List<String> related, String bodyHtml, String sourcePath) {

	@JsonIgnore
	public String url() {
		return "/flows/" + slug;
	}

	/** The message keys of the steps that are SIP messages, in order: "REGISTER", "401"… for trace matching. */
	@JsonIgnore
	public List<String> messageSlugs() {
		return steps.stream().map(Step::message).filter(m -> m != null && !m.isEmpty()).toList();
	}

	public record Participant(String id, String label, String node) {
	}

	/**
	 * @param message slug of the message entry, or null for a step that is not SIP (a Diameter exchange)
	 */
	public record Step(String from, String to, String message, String label, String note) {
	}

}
