package dev.sigref.ims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** RFC 4180 reader for the reference files: header row, CRLF or LF, quoted fields with doubled quotes. */
public final class ReferenceCsv {

	private ReferenceCsv() {
	}

	public static List<Map<String, String>> parse(String text) {
		List<List<String>> records = records(text);
		List<Map<String, String>> rows = new ArrayList<>();
		if (records.isEmpty()) {
			return rows;
		}
		List<String> header = records.get(0);
		for (int r = 1; r < records.size(); r++) {
			List<String> fields = records.get(r);
			if (fields.size() == 1 && fields.get(0).isEmpty()) {
				continue;
			}
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i).trim().toLowerCase(Locale.ROOT), i < fields.size() ? fields.get(i) : "");
			}
			rows.add(row);
		}
		return rows;
	}

	private static List<List<String>> records(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				records.add(fields);
				fields = new ArrayList<>();
			}
			else if (c != '\uFEFF') {
				field.append(c);
			}
		}
		if (field.length() > 0 || !fields.isEmpty()) {
			fields.add(field.toString());
			records.add(fields);
		}
		return records;
	}

}
