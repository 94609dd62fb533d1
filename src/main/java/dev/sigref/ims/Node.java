package dev.sigref.ims;

import java.util.ArrayList;
import java.util.List;

/** Mutable builder for {@link DecodedValue}; decoders fill it in while they scan and freeze it at the end. */
final class Node {

	private final String label;
	private final String raw;
	private String meaning = "";
	private final List<DecodedValue> parts = new ArrayList<>();
	private final List<ImsFinding> findings = new ArrayList<>();

	private Node(String label, String raw) {
		this.label = label;
		this.raw = raw;
	}

	static Node of(String label, String raw) {
		return new Node(label, raw);
	}

	Node meaning(String text) {
		this.meaning = text == null ? "" : text;
		return this;
	}

	String meaning() {
		return meaning;
	}

	Node part(DecodedValue part) {
		if (part != null) {
			parts.add(part);
		}
		return this;
	}

	Node parts(List<DecodedValue> more) {
		more.forEach(this::part);
		return this;
	}

	Node part(String partLabel, String partRaw, String partMeaning) {
		return part(DecodedValue.leaf(partLabel, partRaw, partMeaning));
	}

	Node finding(ImsFinding finding) {
		findings.add(finding);
		return this;
	}

	Node error(String code, String message, String reference) {
		return finding(ImsFinding.error(code, message, reference));
	}

	Node warning(String code, String message, String reference) {
		return finding(ImsFinding.warning(code, message, reference));
	}

	Node info(String code, String message, String reference) {
		return finding(ImsFinding.info(code, message, reference));
	}

	boolean hasErrors() {
		return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
	}

	DecodedValue build() {
		return new DecodedValue(label, raw, meaning, parts, findings);
	}

}
