package dev.sigref.decode;

import java.util.Arrays;
import java.util.function.IntFunction;

import dev.sigref.sip.Header;
import dev.sigref.sip.SipMessage;
import dev.sigref.sip.TextPosition;
import dev.sigref.sip.UndecodedBlock;

/**
 * Where a decoded value stands in the paste, so that a 3GPP decoder's finding points at the value it is about (the
 * cell identity inside P-Access-Network-Info) instead of the start of its header line.
 */
final class ValuePositions {

	/** Where line i (0-based) of {@code raw} starts in the paste. */
	private final IntFunction<TextPosition> lineStart;

	private final String raw;

	/** Offset in {@code raw} where each of its lines starts. */
	private final int[] lineOffsets;

	ValuePositions(SipMessage message) {
		this(message.raw(), message::lineStart);
	}

	/** Positions in a block of the paste: its text, starting at column 1 of {@code firstLine}. */
	ValuePositions(UndecodedBlock block) {
		this(block.text(), i -> new TextPosition(block.firstLine() + i, 1));
	}

	private ValuePositions(String raw, IntFunction<TextPosition> lineStart) {
		this.lineStart = lineStart;
		this.raw = raw;
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
			TextPosition start = lineStart.apply(i);
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
		int empty = emptyLine();
		return lineStart.apply(empty < 0 ? lineOffsets.length - 1 : Math.min(empty + 1, lineOffsets.length - 1));
	}

	/** The body's span in the message text ({@code [from, to)}), or null when the message has no empty line. */
	int[] bodySpan() {
		int empty = emptyLine();
		return empty < 0 ? null : new int[] { lineEnd(empty), raw.length() };
	}

	/** The first line after the start line that holds only blanks (the end of the headers), or -1. */
	private int emptyLine() {
		for (int i = 1; i < lineOffsets.length; i++) {
			if (raw.substring(lineOffsets[i], lineEnd(i)).isBlank()) {
				return i;
			}
		}
		return -1;
	}

	/** Where line {@code i} ends, its line end included. */
	private int lineEnd(int i) {
		return i + 1 < lineOffsets.length ? lineOffsets[i + 1] : raw.length();
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
		TextPosition start = lineStart.apply(line);
		return new TextPosition(start.line(), start.column() + at - lineOffsets[line]);
	}

}
