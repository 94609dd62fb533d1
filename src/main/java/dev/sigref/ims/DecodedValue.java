package dev.sigref.ims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A decoded value as a tree: the web page shows it beside the raw text and the JSON API serialises it as is.
 *
 * @param label what the value is, usually the parameter or field name (for example {@code utran-cell-id-3gpp})
 * @param raw the text exactly as it appeared (may be empty for derived nodes)
 * @param meaning one sentence in plain words; empty when the label says it all
 * @param parts the sub-values, in the order they appear in the raw text
 * @param findings what is wrong, ambiguous or worth knowing about this node (not about its parts)
 */
public record DecodedValue(String label, String raw, String meaning, List<DecodedValue> parts, List<ImsFinding> findings) {

	public DecodedValue {
		label = label == null ? "" : label;
		raw = raw == null ? "" : raw;
		meaning = meaning == null ? "" : meaning;
		parts = parts == null ? List.of() : List.copyOf(parts);
		findings = findings == null ? List.of() : List.copyOf(findings);
	}

	/** A node with no parts and no findings. */
	public static DecodedValue leaf(String label, String raw, String meaning) {
		return new DecodedValue(label, raw, meaning, List.of(), List.of());
	}

	/** The first direct part with this label (case-insensitive). */
	public Optional<DecodedValue> part(String partLabel) {
		return parts.stream().filter(p -> p.label().equalsIgnoreCase(partLabel)).findFirst();
	}

	/** The findings of this node and of every node below it, depth first. */
	public List<ImsFinding> allFindings() {
		List<ImsFinding> all = new ArrayList<>();
		collect(this, all);
		return all;
	}

	/** Whether this node or a node below it carries a finding with this code. */
	public boolean hasFinding(String code) {
		return allFindings().stream().anyMatch(f -> f.code().equals(code));
	}

	private static void collect(DecodedValue value, List<ImsFinding> into) {
		into.addAll(value.findings());
		for (DecodedValue part : value.parts()) {
			collect(part, into);
		}
	}

}
