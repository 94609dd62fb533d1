package dev.sigref.catalog;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a SIP message is: a request, or a response of one of the six classes. */
public enum MessageKind {


	REQUEST("request", "Request", 0), PROVISIONAL("provisional", "Provisional response (1xx)", 1),
	SUCCESS("success", "Success response (2xx)", 2), REDIRECTION("redirection", "Redirection response (3xx)", 3),
	CLIENT_FAILURE("client-failure", "Client failure response (4xx)", 4),
	SERVER_FAILURE("server-failure", "Server failure response (5xx)", 5),
	GLOBAL_FAILURE("global-failure", "Global failure response (6xx)", 6);

	private final String id;

	private final String label;

	private final int responseClass;

	MessageKind(String id, String label, int responseClass) {
		this.id = id;
		this.label = label;
		this.responseClass = responseClass;
	}

	@JsonValue
	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	@JsonCreator
	public static MessageKind ofId(String id) {
		return fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown kind " + id));
	}

	public static Optional<MessageKind> fromId(String id) {
		return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
	}

	/** The kind a status code belongs to: 604 is a global failure. */
	public static Optional<MessageKind> ofStatusCode(int code) {
		int cls = code / 100;
		return Arrays.stream(values()).filter(k -> k.responseClass == cls && cls > 0).findFirst();
	}

}
