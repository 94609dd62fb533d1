package dev.sigref.ims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** History-Info (RFC 7044, with the RFC 4458 cause URI parameter) and Diversion (RFC 5806) entries, in order. */
public final class Redirection {

	private static final String HISTORY_REFERENCE = "RFC 7044 §4";
	private static final String CAUSE_REFERENCE = "RFC 4458 §3";
	private static final String DIVERSION_REFERENCE = "RFC 5806 §3";

	private Redirection() {
	}

	/** One node per hi-entry, in the order written. */
	public static List<DecodedValue> historyInfo(String value) {
		List<DecodedValue> entries = new ArrayList<>();
		for (String entry : Syntax.splitNonEmpty(value, ',')) {
			entries.add(historyEntry(entry));
		}
		return entries;
	}

	private static DecodedValue historyEntry(String entry) {
		NameAddr addr = NameAddr.parse(entry);
		Node node = Node.of("History-Info", entry);
		String uri = addr.uri();
		int headersAt = uri.indexOf('?');
		String uriPart = headersAt >= 0 ? uri.substring(0, headersAt) : uri;
		String embedded = headersAt >= 0 ? uri.substring(headersAt + 1) : "";
		node.part(Identities.publicIdentity(uriPart));
		Param index = addr.param("index");
		if (index == null) {
			node.error("history-info-index-missing", "the history-info entry " + Syntax.quote(entry)
					+ " has no index parameter", HISTORY_REFERENCE);
		}
		else {
			int depth = index.valueOrEmpty().split("\\.", -1).length;
			node.part("index", index.valueOrEmpty(), "position in the retargeting tree, level " + depth);
		}
		for (String tag : new String[] { "rc", "mp", "np" }) {
			Param p = addr.param(tag);
			if (p != null) {
				node.part(tag, p.valueOrEmpty(), switch (tag) {
					case "rc" -> "retargeted to a registered contact of the same user (entry " + p.valueOrEmpty() + ")";
					case "mp" -> "the target user changed, for example call forwarding (from entry " + p.valueOrEmpty() + ")";
					default -> "the target did not change (from entry " + p.valueOrEmpty() + ")";
				});
			}
		}
		String causeText = null;
		for (Param p : Syntax.params(uriPart.contains(";") ? uriPart.substring(uriPart.indexOf(';')) : "")) {
			if (p.name().equalsIgnoreCase("cause")) {
				DecodedValue cause = forwardingCause(p.valueOrEmpty());
				node.part(cause);
				causeText = cause.meaning();
			}
		}
		String reason = null;
		for (String header : embedded.split("&")) {
			int eq = header.indexOf('=');
			if (eq > 0 && header.substring(0, eq).equalsIgnoreCase("Reason")) {
				reason = Syntax.percentDecode(header.substring(eq + 1));
				node.parts(ReasonHeader.decode(reason));
			}
		}
		StringBuilder meaning = new StringBuilder("entry ").append(index == null ? "?" : index.valueOrEmpty()).append(": ")
			.append(uriPart);
		if (causeText != null) {
			meaning.append("; ").append(causeText);
		}
		if (reason != null) {
			meaning.append("; left with reason ").append(reason);
		}
		return node.meaning(meaning.toString()).build();
	}

	/** RFC 4458 cause values, which reuse SIP codes to say why a call was forwarded. */
	static DecodedValue forwardingCause(String value) {
		Node node = Node.of("cause", value);
		String meaning = switch (value.trim()) {
			case "404" -> "forwarded: unknown/not available";
			case "486" -> "forwarded: user busy";
			case "408" -> "forwarded: no reply";
			case "302" -> "forwarded: unconditional";
			case "487" -> "forwarded: deflection during alerting";
			case "480" -> "forwarded: deflection immediate response";
			case "503" -> "forwarded: mobile subscriber not reachable";
			default -> null;
		};
		if (meaning == null) {
			return node.meaning("forwarding cause not defined").warning("forwarding-cause-unknown", "cause "
					+ Syntax.quote(value) + " is not one of the rfc 4458 forwarding causes", CAUSE_REFERENCE).build();
		}
		return node.meaning(meaning).build();
	}

	/** One node per Diversion entry, in the order written. */
	public static List<DecodedValue> diversion(String value) {
		List<DecodedValue> entries = new ArrayList<>();
		for (String entry : Syntax.splitNonEmpty(value, ',')) {
			NameAddr addr = NameAddr.parse(entry);
			Node node = Node.of("Diversion", entry);
			node.part(Identities.publicIdentity(addr.uri()));
			String reason = null;
			for (Param p : addr.params()) {
				String name = p.name().toLowerCase(Locale.ROOT);
				switch (name) {
					case "reason" -> {
						reason = p.valueOrEmpty();
						String meaning = diversionReason(reason);
						node.part("reason", reason, meaning == null ? "" : meaning);
						if (meaning == null) {
							node.warning("diversion-reason-unknown", "diversion reason " + Syntax.quote(reason)
									+ " is not defined", DIVERSION_REFERENCE);
						}
					}
					case "counter" -> node.part("counter", p.valueOrEmpty(), "number of diversions this entry stands for");
					case "limit" -> node.part("limit", p.valueOrEmpty(), "maximum number of diversions allowed");
					case "privacy" -> node.part("privacy", p.valueOrEmpty(), "privacy of the diverting party");
					case "screen" -> node.part("screen", p.valueOrEmpty(), screening(p.valueOrEmpty()));
					default -> node.part(p.name(), p.valueOrEmpty(), "");
				}
			}
			entries.add(node.meaning("diverted by " + addr.uri() + (reason == null ? "" : " (" + reason + ")")).build());
		}
		return entries;
	}

	/** diversion-screen = "screen" EQUAL ( "yes" / "no" / token ) (RFC 5806 §3). */
	private static String screening(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "yes" -> "the network screened (verified) the diverting party's identity";
			case "no" -> "the diverting party's identity was not screened: it is as the user or an unverified element"
					+ " provided it";
			default -> "a screening value RFC 5806 does not define (yes or no)";
		};
	}

	private static String diversionReason(String reason) {
		return switch (reason.toLowerCase(Locale.ROOT)) {
			case "unknown" -> "reason not known";
			case "user-busy" -> "call forwarding on busy";
			case "no-answer" -> "call forwarding on no answer";
			case "unavailable" -> "the user was not reachable";
			case "unconditional" -> "call forwarding unconditional";
			case "time-of-day" -> "forwarded by a time-of-day rule";
			case "do-not-disturb" -> "the user set do-not-disturb";
			case "deflection" -> "the user deflected the call while it was alerting";
			case "follow-me" -> "forwarded by a follow-me service";
			case "out-of-service" -> "the user's terminal was out of service";
			case "away" -> "the user was away";
			default -> null;
		};
	}

}
