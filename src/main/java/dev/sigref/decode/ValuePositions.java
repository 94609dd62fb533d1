package dev.sigref.decode;

import java.util.Arrays;

import dev.sigref.sip.Header;
import dev.sigref.sip.SipMessage;
import dev.sigref.sip.TextPosition;

/**
 * Where a decoded value stands in the paste, so that a 3GPP decoder's finding points at the value it is about (the
 * cell identity inside P-Access-Network-Info) instead of the start of its header line.
 */
final class ValuePositions {

	private final SipMessage message;

	private final String raw;

	/** Offset in {@code raw} where each of its lines starts. */
	private final int[] lineOffsets;

	ValuePositions(SipMessage message) {
		this.message = message;
		this.raw = message.raw();
		int[] offsets = new int[16];
		int n = 0;
		offsets[n++] = 0;
		for (int i = raw.indexOf('\n'); i >= 0 && i + 1 < raw.length(); i = raw.indexOf('\n', i + 1)) {
			if (n == offsets.length) {
				offsets = Arrays.copyOf(offsets, n * 2);
			}
			offsets[n++] = i + 1;
		}
		this.lineOffsets = Arrays.copyOf(offsets, n);
	}

	/**
	 * The span of {@code header}'s value in the message text, its folded continuation lines included, as
	 * {@code [from, to)}; null when the header's line cannot be found (a rewritten paste that moved it).
	 */
	int[] valueSpan(Header header) {
		for (int i = 0; i < lineOffsets.length; i++) {
			TextPosition start = message.lineStart(i);
			if (start.line() != header.line() || start.column() != header.column()) {
				continue;
			}
			int from = raw.indexOf(':', lineOffsets[i]);
			int end = i + 1;
			while (end < lineOffsets.length && lineOffsets[end] < raw.length()
					&& (raw.charAt(lineOffsets[end]) == ' ' || raw.charAt(lineOffsets[end]) == '\t')) {
				end++;
			}
			int to = end < lineOffsets.length ? lineOffsets[end] : raw.length();
			return from < 0 || from >= to ? null : new int[] { from + 1, to };
		}
		return null;
	}

	/** Where the body starts in the paste: the line after the first empty one, or the last line when there is none. */
	TextPosition bodyStart() {
		for (int i = 1; i < lineOffsets.length; i++) {
			int end = i + 1 < lineOffsets.length ? lineOffsets[i + 1] : raw.length();
			if (raw.substring(lineOffsets[i], end).strip().isEmpty()) {
				return message.lineStart(Math.min(i + 1, lineOffsets.length - 1));
			}
		}
		return message.lineStart(lineOffsets.length - 1);
	}

	/** The body's span in the message text ({@code [from, to)}), or null when the message has no empty line. */
	int[] bodySpan() {
		for (int i = 1; i < lineOffsets.length; i++) {
			int end = i + 1 < lineOffsets.length ? lineOffsets[i + 1] : raw.length();
			if (raw.substring(lineOffsets[i], end).strip().isEmpty()) {
				return new int[] { end, raw.length() };
			}
		}
		return null;
	}

	/** Where {@code value} first occurs in {@code [from, to)} of the message text, or -1. */
	int find(String value, int from, int to) {
		if (value.isEmpty()) {
			return -1;
		}
		int at = raw.indexOf(value, from);
		return at >= 0 && at + value.length() <= to ? at : -1;
	}

	/** The paste position of offset {@code at} of the message text. */
	TextPosition position(int at) {
		int i = Arrays.binarySearch(lineOffsets, at);
		int line = i >= 0 ? i : -i - 2;
		TextPosition start = message.lineStart(line);
		return new TextPosition(start.line(), start.column() + at - lineOffsets[line]);
	}

}
