package dev.sigref.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One reference entry as written in its Markdown file, validated, with the body rendered to HTML.
 * Immutable: the catalog hands the same instance to every request until the next import.
 */
public record MessageDefinition(
		String protocol,
		String slug,
		MessageKind kind,
		Integer code,
		String reason,
		String method,
		String title,
		String fullName,
		String summary,
		List<String> technology,
		List<String> deployments,
		List<Direction> directions,
		List<String> interfaces,
		String bearer,
		List<String> triggers,
		String purpose,
		List<SpecReference> specs,
		String introduced,
		String security,
		String syntax,
		String example,
		List<InformationElement> ies,
		Troubleshooting troubleshooting,
		List<String> previous,
		List<String> next,
		String nextNote,
		List<String> procedures,
		List<String> related,
		String bodyHtml,
		String sourcePath) {

	@JsonIgnore
	public boolean isRequest() {
		return kind == MessageKind.REQUEST;
	}

	/** The code as text for responses ("604"), the method for requests ("INVITE"). */
	@JsonIgnore
	public String key() {
		return isRequest() ? method : String.valueOf(code);
	}

	/** "1xx" … "6xx" for responses, "requests" for requests: the catalog's class filter. */
	@JsonIgnore
	public String messageClass() {
		return isRequest() ? "requests" : (code / 100) + "xx";
	}

	@JsonIgnore
	public String url() {
		return "/messages/" + protocol + "/" + slug;
	}

	public record Direction(String from, String to, String when) {

		@JsonIgnore
		public boolean fromUe() {
			return "UE".equals(from);
		}

		@JsonIgnore
		public boolean toUe() {
			return "UE".equals(to);
		}

	}

	public record SpecReference(String doc, String section, String about) {

		/** "RFC 3261 §21.6.4", "3GPP TS 24.229 clause 5.3.2.1". */
		@JsonIgnore
		public String label() {
			return doc.startsWith("RFC") ? doc + " §" + section : doc + " clause " + section;
		}

	}

	public record InformationElement(String name, Presence presence, String condition, String description,
			String inPractice) {

		/** Fragment id of the IE row: "ie-call-id". */
		@JsonIgnore
		public String anchor() {
			return "ie-" + Slugs.kebab(name);
		}

	}

	public record Troubleshooting(List<String> causes, List<String> inspect, String nextStep) {
	}

	public enum Presence {

		MANDATORY, OPTIONAL, CONDITIONAL;

		@JsonValue
		public String label() {
			return name().toLowerCase();
		}

	}

}
