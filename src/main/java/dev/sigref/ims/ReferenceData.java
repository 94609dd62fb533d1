package dev.sigref.ims;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shared reference CSV files, read once from the classpath folder {@code /reference/} (the main project ships
 * the same files at the same path). A missing or unreadable file gives an empty table, never an exception: the
 * decoders then say "not in the reference table" instead of failing the whole decode.
 */
final class ReferenceData {

	record Q850Cause(int cause, String name, String causeClass) {
	}

	record ResponseCode(int code, String reasonPhrase, String reference, String status) {
	}

	record IsupToSip(int cause, int sipCode, String note) {
	}

	record ServiceEntry(String identifier, String kind, String meaning, String specReference) {
	}

	record HeaderEntry(String name, String compactForm, String reference, String status) {
	}

	private static final class Holder {

		static final ReferenceData INSTANCE = load();

	}

	private final Map<Integer, Q850Cause> q850;
	private final Map<Integer, ResponseCode> responses;
	private final List<IsupToSip> isupToSip;
	private final List<ServiceEntry> services;
	private final Map<String, HeaderEntry> headersByLowerName;
	private final Map<String, HeaderEntry> headersByCompactForm;

	private ReferenceData(Map<Integer, Q850Cause> q850, Map<Integer, ResponseCode> responses, List<IsupToSip> isupToSip,
			List<ServiceEntry> services, Map<String, HeaderEntry> headersByLowerName,
			Map<String, HeaderEntry> headersByCompactForm) {
		this.q850 = q850;
		this.responses = responses;
		this.isupToSip = isupToSip;
		this.services = services;
		this.headersByLowerName = headersByLowerName;
		this.headersByCompactForm = headersByCompactForm;
	}

	static ReferenceData get() {
		return Holder.INSTANCE;
	}

	Q850Cause q850(int cause) {
		return q850.get(cause);
	}

	ResponseCode response(int code) {
		return responses.get(code);
	}

	/** RFC 3398 §7.2.4.1 rows for this cause (cause 22 has two). */
	List<IsupToSip> isupToSip(int cause) {
		List<IsupToSip> rows = new ArrayList<>();
		for (IsupToSip row : isupToSip) {
			if (row.cause() == cause) {
				rows.add(row);
			}
		}
		return rows;
	}

	/** Rows for this identifier (case-insensitive); a name can be both a media feature tag and an indicator. */
	List<ServiceEntry> services(String identifier) {
		List<ServiceEntry> rows = new ArrayList<>();
		for (ServiceEntry row : services) {
			if (row.identifier().equalsIgnoreCase(identifier)) {
				rows.add(row);
			}
		}
		return rows;
	}

	HeaderEntry header(String nameOrCompactForm) {
		String key = Syntax.lower(nameOrCompactForm).trim();
		HeaderEntry entry = headersByLowerName.get(key);
		return entry != null ? entry : headersByCompactForm.get(key);
	}

	private static ReferenceData load() {
		Map<Integer, Q850Cause> q850 = new LinkedHashMap<>();
		for (Map<String, String> row : rows("q850-causes.csv")) {
			int cause = (int) Syntax.decimal(row.get("cause"));
			if (cause >= 0) {
				q850.put(cause, new Q850Cause(cause, row.getOrDefault("name", ""), row.getOrDefault("class", "")));
			}
		}
		Map<Integer, ResponseCode> responses = new LinkedHashMap<>();
		for (Map<String, String> row : rows("sip-response-codes.csv")) {
			int code = (int) Syntax.decimal(row.get("code"));
			if (code >= 0) {
				responses.put(code, new ResponseCode(code, row.getOrDefault("reason_phrase", ""),
						row.getOrDefault("reference", ""), row.getOrDefault("status", "")));
			}
		}
		List<IsupToSip> isupToSip = new ArrayList<>();
		for (Map<String, String> row : rows("sip-to-q850.csv")) {
			if ("isup_to_sip".equals(row.get("direction"))) {
				int cause = (int) Syntax.decimal(row.get("q850_cause"));
				int code = (int) Syntax.decimal(row.get("sip_code"));
				if (cause >= 0 && code >= 0) {
					isupToSip.add(new IsupToSip(cause, code, row.getOrDefault("note", "")));
				}
			}
		}
		List<ServiceEntry> services = new ArrayList<>();
		for (Map<String, String> row : rows("ims-icsi-iari.csv")) {
			services.add(new ServiceEntry(row.getOrDefault("identifier", ""), row.getOrDefault("kind", ""),
					row.getOrDefault("meaning", ""), row.getOrDefault("spec_reference", "")));
		}
		Map<String, HeaderEntry> byName = new LinkedHashMap<>();
		Map<String, HeaderEntry> byCompact = new LinkedHashMap<>();
		for (Map<String, String> row : rows("sip-headers.csv")) {
			HeaderEntry entry = new HeaderEntry(row.getOrDefault("header_name", ""), row.getOrDefault("compact_form", ""),
					row.getOrDefault("reference", ""), row.getOrDefault("status", ""));
			byName.put(Syntax.lower(entry.name()), entry);
			if (!entry.compactForm().isEmpty()) {
				byCompact.put(Syntax.lower(entry.compactForm()), entry);
			}
		}
		return new ReferenceData(Collections.unmodifiableMap(q850), Collections.unmodifiableMap(responses),
				List.copyOf(isupToSip), List.copyOf(services), Collections.unmodifiableMap(byName),
				Collections.unmodifiableMap(byCompact));
	}

	private static List<Map<String, String>> rows(String file) {
		try (InputStream in = ReferenceData.class.getResourceAsStream("/reference/" + file)) {
			if (in == null) {
				return List.of();
			}
			return ReferenceCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException unreadable) {
			return List.of();
		}
	}


}
