package dev.sigref.catalog;

import java.util.Optional;

/**
 * The YAML block between the two {@code ---} lines at the top of a content file, and the Markdown after it. Split by
 * hand because commonmark's front-matter extension reads only a subset of YAML and fails on some valid input.
 *
 * @param yaml the front matter text
 * @param body the Markdown body
 * @param bodyFirstLine the 1-based line number where the body starts in the file
 */
record FrontMatter(String yaml, String body, int bodyFirstLine) {

	/** Front matter yaml starts on line 2 of the file. */
	static final int YAML_FIRST_LINE = 2;

	static Optional<FrontMatter> split(String text) {
		String normalized = text.replace("\r\n", "\n");
		if (normalized.startsWith("\uFEFF")) {
			normalized = normalized.substring(1);
		}
		if (!normalized.startsWith("---\n")) {
			return Optional.empty();
		}
		int end = normalized.indexOf("\n---\n", 3);
		boolean atEof = false;
		if (end < 0 && normalized.endsWith("\n---")) {
			end = normalized.length() - 4;
			atEof = true;
		}
		if (end < 0) {
			return Optional.empty();
		}
		String yaml = normalized.substring(4, end + 1);
		String body = atEof ? "" : normalized.substring(end + 5);
		int bodyFirstLine = YAML_FIRST_LINE + (int) yaml.chars().filter(c -> c == '\n').count() + 1;
		return Optional.of(new FrontMatter(yaml, body, bodyFirstLine));
	}

}
