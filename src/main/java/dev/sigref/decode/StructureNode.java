package dev.sigref.decode;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.sigref.sip.Param;

/**
 * A parsed value as a labelled tree, for the "structure" view: built from the parser's records by their components, so
 * every field the parser extracts is shown without a template per header type.
 */
public record StructureNode(String label, String value, List<StructureNode> children) {

	private static final int MAX_DEPTH = 6;

	public static StructureNode leaf(String label, String value) {
		return new StructureNode(label, value, List.of());
	}

	/** The tree of a record, list or scalar; absent values (null, -1, empty lists) are left out. */
	public static StructureNode of(String label, Object value) {
		return build(label, value, 0);
	}

	/** A 3GPP decode as a tree: "utran-cell-id-3gpp: 3102601A2B01C3D05 → E-UTRAN cell … of PLMN 310-260". */
	public static StructureNode of3gpp(dev.sigref.ims.DecodedValue v) {
		String value = v.meaning() == null || v.meaning().isBlank() ? v.raw()
				: v.raw() == null || v.raw().isEmpty() ? v.meaning() : v.raw() + " → " + v.meaning();
		List<StructureNode> children = new ArrayList<>();
		for (dev.sigref.ims.DecodedValue part : v.parts()) {
			children.add(of3gpp(part));
		}
		return new StructureNode("3GPP " + v.label(), value, children);
	}

	public boolean isLeaf() {
		return children.isEmpty();
	}

	private static StructureNode build(String label, Object value, int depth) {
		if (value == null) {
			return null;
		}
		if (value instanceof Param p) {
			return leaf(p.name(), p.isFlag() ? "(flag)" : p.value());
		}
		if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
				|| value instanceof Enum<?> || depth >= MAX_DEPTH) {
			return absent(value) ? null : leaf(label, String.valueOf(value));
		}
		if (value instanceof Collection<?> list) {
			if (list.isEmpty()) {
				return null;
			}
			List<StructureNode> children = new ArrayList<>();
			int i = 1;
			for (Object item : list) {
				StructureNode child = build(label + " " + i++, item, depth + 1);
				if (child != null) {
					children.add(child);
				}
			}
			return new StructureNode(label, null, children);
		}
		if (value.getClass().isRecord()) {
			List<StructureNode> children = new ArrayList<>();
			for (RecordComponent c : value.getClass().getRecordComponents()) {
				try {
					StructureNode child = build(humanize(c.getName()), c.getAccessor().invoke(value), depth + 1);
					if (child != null) {
						children.add(child);
					}
				}
				catch (ReflectiveOperationException ex) {
					children.add(leaf(humanize(c.getName()), "(unreadable)"));
				}
			}
			return new StructureNode(label, null, children);
		}
		return leaf(label, String.valueOf(value));
	}

	/** The parser writes -1 for an absent port and 0 for an absent line. */
	private static boolean absent(Object value) {
		return (value instanceof Integer i && i < 0) || (value instanceof Long l && l < 0)
				|| (value instanceof CharSequence s && s.isEmpty());
	}

	/** "displayName" becomes "display name". */
	static String humanize(String camel) {
		StringBuilder sb = new StringBuilder(camel.length() + 4);
		for (int i = 0; i < camel.length(); i++) {
			char c = camel.charAt(i);
			if (Character.isUpperCase(c) && i > 0) {
				sb.append(' ').append(Character.toLowerCase(c));
			}
			else {
				sb.append(c);
			}
		}
		return sb.toString();
	}

}
