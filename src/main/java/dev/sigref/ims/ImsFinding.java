package dev.sigref.ims;

import java.util.Objects;

/**
 * One observation about a decoded value.
 *
 * @param severity how much it matters
 * @param code stable kebab-case identifier, for example {@code imei-check-digit-wrong}; the web page and tests key on it
 * @param message a plain lower-case sentence that quotes the value it is about
 * @param reference the clause that states the rule, for example {@code 3GPP TS 23.003 §6.2.1}
 */
public record ImsFinding(Severity severity, String code, String message, String reference) {

	public ImsFinding {
		Objects.requireNonNull(severity, "severity");
		code = code == null ? "" : code;
		message = message == null ? "" : message;
		reference = reference == null ? "" : reference;
	}

	public static ImsFinding error(String code, String message, String reference) {
		return new ImsFinding(Severity.ERROR, code, message, reference);
	}

	public static ImsFinding warning(String code, String message, String reference) {
		return new ImsFinding(Severity.WARNING, code, message, reference);
	}

	public static ImsFinding info(String code, String message, String reference) {
		return new ImsFinding(Severity.INFO, code, message, reference);
	}

}
