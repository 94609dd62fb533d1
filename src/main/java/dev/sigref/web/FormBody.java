package dev.sigref.web;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads an {@code application/x-www-form-urlencoded} body into raw field bytes. The decoder does not let the servlet
 * container parse its form: the container fails on bytes that are not UTF-8 and then logs the field's value, which
 * would put a pasted message in the server log.
 */
final class FormBody {

	private FormBody() {
	}

	static Map<String, byte[]> parse(byte[] body) {
		Map<String, byte[]> fields = new HashMap<>();
		int start = 0;
		while (start <= body.length) {
			int end = indexOf(body, (byte) '&', start);
			int eq = indexOf(body, (byte) '=', start);
			if (end > start) {
				if (eq < 0 || eq > end) {
					fields.putIfAbsent(string(decode(body, start, end)), new byte[0]);
				}
				else {
					fields.putIfAbsent(string(decode(body, start, eq)), decode(body, eq + 1, end));
				}
			}
			start = end + 1;
		}
		return fields;
	}

	private static int indexOf(byte[] b, byte c, int from) {
		for (int i = from; i < b.length; i++) {
			if (b[i] == c) {
				return i;
			}
		}
		return c == '&' ? b.length : -1;
	}

	/** '+' is a space and %XX a byte; a malformed escape is kept as written rather than refused. */
	private static byte[] decode(byte[] b, int from, int to) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
		for (int i = from; i < to; i++) {
			byte c = b[i];
			if (c == '+') {
				out.write(' ');
			}
			else if (c == '%' && i + 2 < to && hex(b, i + 1) >= 0 && hex(b, i + 2) >= 0) {
				out.write(hex(b, i + 1) * 16 + hex(b, i + 2));
				i += 2;
			}
			else {
				out.write(c);
			}
		}
		return out.toByteArray();
	}

	private static int hex(byte[] b, int i) {
		if (i >= b.length) {
			return -1;
		}
		int c = b[i];
		return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
	}

	private static String string(byte[] bytes) {
		return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
	}

}
