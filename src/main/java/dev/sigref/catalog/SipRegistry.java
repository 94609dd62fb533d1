package dev.sigref.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.sigref.ims.ReferenceCsv;

/**
 * The IANA SIP registries (response codes, methods, header fields with compact forms, option tags) as shipped in
 * {@code classpath:/reference}. Read once; immutable.
 */
public final class SipRegistry {

	public record ResponseCode(int code, String reasonPhrase, String reference, boolean deprecated) {
	}

	public record Method(String name, String reference) {
	}

	public record HeaderField(String name, String compactForm, String reference, String status) {
	}

	private static final SipRegistry INSTANCE = load();

	private final Map<Integer, ResponseCode> responseCodes;

	private final Map<String, Method> methods;

	private final Map<String, HeaderField> headersByLowerName;

	private final Map<String, HeaderField> headersByCompactForm;

	private SipRegistry(Map<Integer, ResponseCode> responseCodes, Map<String, Method> methods,
			Map<String, HeaderField> headersByLowerName, Map<String, HeaderField> headersByCompactForm) {
		this.responseCodes = Collections.unmodifiableMap(responseCodes);
		this.methods = Collections.unmodifiableMap(methods);
		this.headersByLowerName = Collections.unmodifiableMap(headersByLowerName);
		this.headersByCompactForm = Collections.unmodifiableMap(headersByCompactForm);
	}

	public static SipRegistry get() {
		return INSTANCE;
	}

	public Map<Integer, ResponseCode> responseCodes() {
		return responseCodes;
	}

	public Map<String, Method> methods() {
		return methods;
	}

	public Optional<ResponseCode> responseCode(int code) {
		return Optional.ofNullable(responseCodes.get(code));
	}

	public Optional<Method> method(String name) {
		return Optional.ofNullable(methods.get(name));
	}

	/** A header by its full name in any case, or by its compact form ("v" is Via). */
	public Optional<HeaderField> header(String nameOrCompactForm) {
		String lower = nameOrCompactForm.toLowerCase(Locale.ROOT);
		HeaderField byName = headersByLowerName.get(lower);
		return byName != null ? Optional.of(byName) : Optional.ofNullable(headersByCompactForm.get(lower));
	}

	public List<HeaderField> headers() {
		return List.copyOf(headersByLowerName.values());
	}

	private static SipRegistry load() {
		Map<Integer, ResponseCode> codes = new LinkedHashMap<>();
		for (Map<String, String> row : csv("sip-response-codes.csv")) {
			int code = Integer.parseInt(row.get("code"));
			codes.put(code, new ResponseCode(code, row.get("reason_phrase"), row.get("reference"),
					"deprecated".equals(row.get("status"))));
		}
		Map<String, Method> methods = new LinkedHashMap<>();
		for (Map<String, String> row : csv("sip-methods.csv")) {
			methods.put(row.get("method"), new Method(row.get("method"), row.get("reference")));
		}
		Map<String, HeaderField> byName = new LinkedHashMap<>();
		Map<String, HeaderField> byCompact = new LinkedHashMap<>();
		for (Map<String, String> row : csv("sip-headers.csv")) {
			HeaderField field = new HeaderField(row.get("header_name"), row.get("compact_form"), row.get("reference"),
					row.get("status"));
			byName.put(field.name().toLowerCase(Locale.ROOT), field);
			if (!field.compactForm().isEmpty()) {
				byCompact.put(field.compactForm().toLowerCase(Locale.ROOT), field);
			}
		}
		return new SipRegistry(codes, methods, byName, byCompact);
	}

	/** Rows of a registry file as column-name maps, read with the reference-data reader of the ims package. */
	static List<Map<String, String>> csv(String file) {
		try (InputStream in = SipRegistry.class.getResourceAsStream("/reference/" + file)) {
			if (in == null) {
				throw new IllegalStateException("missing registry file reference/" + file);
			}
			return ReferenceCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
