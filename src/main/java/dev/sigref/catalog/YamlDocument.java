package dev.sigref.catalog;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Front matter read with Jackson YAML, plus the line where each value starts, so that a problem can name its line.
 * Paths are JSON pointers: {@code /ies/3/in_practice}.
 */
final class YamlDocument {

	private static final YAMLMapper MAPPER = YAMLMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final JsonNode root;

	private final Map<String, Integer> lines;

	private final int firstLine;

	private YamlDocument(JsonNode root, Map<String, Integer> lines, int firstLine) {
		this.root = root;
		this.lines = lines;
		this.firstLine = firstLine;
	}

	/**
	 * Reads the YAML text.
	 * @param yaml the front matter
	 * @param firstLine the file line the YAML text starts on
	 * @throws YamlSyntaxException with the file line of the error
	 */
	static YamlDocument read(String yaml, int firstLine) {
		try {
			JsonNode root = MAPPER.readTree(yaml);
			return new YamlDocument(root, index(yaml, firstLine), firstLine);
		}
		catch (JacksonException ex) {
			int line = ex.getLocation() != null && ex.getLocation().getLineNr() > 0
					? ex.getLocation().getLineNr() - 1 + firstLine : firstLine;
			throw new YamlSyntaxException(line, ex.getOriginalMessage());
		}
	}

	JsonNode root() {
		return root;
	}

	/** The file line of the value at this JSON pointer, or of its nearest ancestor that has one. */
	int line(String pointer) {
		String p = pointer;
		while (true) {
			Integer line = lines.get(p);
			if (line != null) {
				return line;
			}
			int slash = p.lastIndexOf('/');
			if (slash <= 0) {
				return firstLine;
			}
			p = p.substring(0, slash);
		}
	}

	private static Map<String, Integer> index(String yaml, int firstLine) {
		Map<String, Integer> lines = new HashMap<>();
		try (JsonParser parser = MAPPER.createParser(yaml)) {
			walk(parser, parser.nextToken(), "", lines, firstLine);
		}
		return lines;
	}

	private static void walk(JsonParser parser, JsonToken token, String path, Map<String, Integer> lines,
			int firstLine) {
		if (token == null) {
			return;
		}
		lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr() - 1 + firstLine);
		if (token == JsonToken.START_OBJECT) {
			for (JsonToken t = parser.nextToken(); t == JsonToken.PROPERTY_NAME; t = parser.nextToken()) {
				String child = path + "/" + parser.currentName();
				lines.put(child, parser.currentTokenLocation().getLineNr() - 1 + firstLine);
				walk(parser, parser.nextToken(), child, lines, firstLine);
			}
		}
		else if (token == JsonToken.START_ARRAY) {
			int i = 0;
			for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY && t != null; t = parser.nextToken()) {
				walk(parser, t, path + "/" + i++, lines, firstLine);
			}
		}
	}

	static final class YamlSyntaxException extends RuntimeException {

		private final int line;

		YamlSyntaxException(int line, String message) {
			super(message);
			this.line = line;
		}

		int line() {
			return line;
		}

	}

}
