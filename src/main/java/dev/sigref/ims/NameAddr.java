package dev.sigref.ims;

import java.util.List;

/**
 * A name-addr or addr-spec with its header parameters (RFC 3261 §20.10): {@code "Alice" <sip:a@b;lr>;tag=1}.
 * Without angle brackets every {@code ;} parameter belongs to the header, not to the URI (RFC 3261 §20).
 *
 * @param displayName the display name without quotes, or empty
 * @param uri the URI without angle brackets
 * @param params the header parameters after the URI
 */
record NameAddr(String displayName, String uri, List<Param> params) {

	static NameAddr parse(String entry) {
		String e = entry == null ? "" : entry.trim();
		int open = indexOutsideQuotes(e, '<');
		if (open >= 0) {
			int close = e.indexOf('>', open);
			String display = Syntax.unquote(e.substring(0, open).trim());
			String uri = close > open ? e.substring(open + 1, close).trim() : e.substring(open + 1).trim();
			String rest = close > open ? e.substring(close + 1) : "";
			return new NameAddr(display, uri, Syntax.params(rest));
		}
		List<String> pieces = Syntax.split(e, ';');
		String uri = pieces.get(0);
		return new NameAddr("", uri, Syntax.params(e.substring(Math.min(e.length(), uri.length()))));
	}

	Param param(String name) {
		return Syntax.find(params, name);
	}

	private static int indexOutsideQuotes(String text, char wanted) {
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == '\\' && quoted) {
				i++;
			}
			else if (c == wanted && !quoted) {
				return i;
			}
		}
		return -1;
	}

}
