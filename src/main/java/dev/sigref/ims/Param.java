package dev.sigref.ims;

/**
 * One {@code name[=value]} parameter as written.
 *
 * @param name the parameter name, trimmed, case kept
 * @param value the value with quotes removed, or null for a flag parameter such as {@code lr}
 * @param rawValue the value exactly as written (quotes kept), or null for a flag
 */
record Param(String name, String value, String rawValue) {

	static Param parse(String piece) {
		int eq = indexOfEqualsOutsideQuotes(piece);
		if (eq < 0) {
			return new Param(piece.trim(), null, null);
		}
		String raw = piece.substring(eq + 1).trim();
		return new Param(piece.substring(0, eq).trim(), Syntax.unquote(raw), raw);
	}

	boolean isFlag() {
		return value == null;
	}

	String valueOrEmpty() {
		return value == null ? "" : value;
	}

	private static int indexOfEqualsOutsideQuotes(String piece) {
		for (int i = 0; i < piece.length(); i++) {
			char c = piece.charAt(i);
			if (c == '"') {
				return -1;
			}
			if (c == '=') {
				return i;
			}
		}
		return -1;
	}

}
