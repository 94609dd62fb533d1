package dev.sigref.decode;

import java.util.List;

import dev.sigref.sip.Finding;

/**
 * One line of a decoded message as the page shows it: the text split for highlighting, and the findings on it.
 *
 * @param number 1-based line in the paste
 * @param anchor whether this is the first line of the message shown with this number (the one links point to)
 * @param part {@code start}, {@code header}, {@code folded}, {@code blank} or {@code body}
 * @param name the header name as written (header lines only)
 * @param rest what follows the name (the colon and the value), or the whole line for other parts
 * @param headerSlug the header's page slug ({@code via}), or null when it is not a registered header
 * @param findings findings that point at this line
 */
public record MessageLine(int number, boolean anchor, String part, String name, String rest, String headerSlug,
		List<Finding> findings) {

	public boolean marked() {
		return !findings.isEmpty();
	}

	/** The most severe finding's severity in lower case, for the line's mark. */
	public String mark() {
		return findings.isEmpty() ? "" : findings.get(0).severity().name().toLowerCase();
	}

}
