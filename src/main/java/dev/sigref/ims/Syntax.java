package dev.sigref.ims;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Small, tolerant scanners for the SIP value syntax the decoders meet: separators outside quoted strings and angle
 * brackets, parameters, quoted strings, percent-encoding, hex and base64. Every method runs in linear time and
 * returns something sensible for any input, because pasted traces are often cut, re-wrapped or hand-edited.
 */
final class Syntax {

	private Syntax() {
	}

	/** Splits on {@code separator} where it is not inside a quoted string or angle brackets; trims each piece. */
	static List<String> split(String text, char separator) {
		List<String> pieces = new ArrayList<>();
		if (text == null) {
			return pieces;
		}
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		boolean angled = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				current.append(c);
				if (c == '\\' && i + 1 < text.length()) {
					current.append(text.charAt(++i));
				}
				else if (c == '"') {
					quoted = false;
				}
				continue;
			}
			if (c == '"') {
				quoted = true;
			}
			else if (c == '<') {
				angled = true;
			}
			else if (c == '>') {
				angled = false;
			}
			else if (c == separator && !angled) {
				pieces.add(current.toString().trim());
				current.setLength(0);
				continue;
			}
			current.append(c);
		}
		pieces.add(current.toString().trim());
		return pieces;
	}

	/** Splits and drops empty pieces (", ," in a header list is noise, not a value). */
	static List<String> splitNonEmpty(String text, char separator) {
		List<String> pieces = split(text, separator);
		pieces.removeIf(String::isEmpty);
		return pieces;
	}

	/** Removes surrounding double quotes and backslash escapes; leaves unquoted text trimmed. */
	static String unquote(String text) {
		if (text == null) {
			return "";
		}
		String t = text.trim();
		if (t.length() >= 1 && t.charAt(0) == '"') {
			int end = t.length() >= 2 && t.charAt(t.length() - 1) == '"' ? t.length() - 1 : t.length();
			StringBuilder out = new StringBuilder(end);
			for (int i = 1; i < end; i++) {
				char c = t.charAt(i);
				if (c == '\\' && i + 1 < end) {
					c = t.charAt(++i);
				}
				out.append(c);
			}
			return out.toString();
		}
		return t;
	}

	/** Removes one pair of surrounding angle brackets, if present. */
	static String stripAngles(String text) {
		String t = text == null ? "" : text.trim();
		if (t.startsWith("<") && t.endsWith(">") && t.length() >= 2) {
			return t.substring(1, t.length() - 1).trim();
		}
		if (t.startsWith("<")) {
			return t.substring(1).trim();
		}
		return t;
	}

	/** Parses {@code a=1;b;c="x;y"} into ordered parameters (a leading {@code ;} is ignored). */
	static List<Param> params(String text) {
		return params(text, ';');
	}

	/** Parses {@code a="1", b=2} (the auth-param list of RFC 3261 §25.1) into ordered parameters. */
	static List<Param> commaParams(String text) {
		return params(text, ',');
	}

	private static List<Param> params(String text, char separator) {
		List<Param> params = new ArrayList<>();
		for (String piece : splitNonEmpty(text, separator)) {
			params.add(Param.parse(piece));
		}
		return params;
	}

	static Param find(List<Param> params, String name) {
		for (Param p : params) {
			if (p.name().equalsIgnoreCase(name)) {
				return p;
			}
		}
		return null;
	}

	static String lower(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT);
	}

	static boolean isDigits(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	static boolean isHex(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean hexDigit = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
			if (!hexDigit) {
				return false;
			}
		}
		return true;
	}

	/** Parses a decimal number of at most 18 digits; -1 when it is not one. */
	static long decimal(String text) {
		String t = text == null ? "" : text.trim();
		if (!isDigits(t) || t.length() > 18) {
			return -1;
		}
		return Long.parseLong(t);
	}

	/** Parses hex of at most 15 digits; -1 when it is not hex. */
	static long hex(String text) {
		if (!isHex(text) || text.length() > 15) {
			return -1;
		}
		return Long.parseLong(text, 16);
	}

	static String hex(byte[] bytes, int from, int to) {
		StringBuilder out = new StringBuilder((to - from) * 2);
		for (int i = from; i < to; i++) {
			out.append(Character.forDigit((bytes[i] >> 4) & 0xF, 16)).append(Character.forDigit(bytes[i] & 0xF, 16));
		}
		return out.toString().toUpperCase(Locale.ROOT);
	}

	/** Decodes standard base64 (padding optional, whitespace ignored); null when the text is not base64. */
	static byte[] base64(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder compact = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c)) {
				compact.append(c);
			}
		}
		try {
			return Base64.getDecoder().decode(compact.toString());
		}
		catch (IllegalArgumentException notBase64) {
			return null;
		}
	}

	/** Decodes %XX escapes as UTF-8; a broken escape is kept as written rather than rejected. */
	static String percentDecode(String text) {
		if (text == null || text.indexOf('%') < 0) {
			return text == null ? "" : text;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%' && i + 2 < text.length() && isHex(text.substring(i + 1, i + 3))) {
				bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
				i += 2;
			}
			else {
				byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(encoded, 0, encoded.length);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	/** Shortens a value for quoting in a message, so a pasted megabyte never ends up in a finding. */
	static String quote(String text) {
		String t = text == null ? "" : text;
		return "'" + (t.length() > 80 ? t.substring(0, 77) + "..." : t) + "'";
	}

	/** Value of a hex field written as {@code 0x1A2B (6699)}. */
	static String hexAndDecimal(long value, int hexDigits) {
		return "0x" + String.format(Locale.ROOT, "%0" + hexDigits + "X", value) + " (" + value + ")";
	}

}
