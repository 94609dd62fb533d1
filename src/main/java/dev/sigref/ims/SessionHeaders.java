package dev.sigref.ims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Session-Expires and Min-SE (RFC 4028), Privacy (RFC 3323, RFC 3325, RFC 7044) and P-Early-Media (RFC 5009). */
public final class SessionHeaders {

	private static final String TIMER_REFERENCE = "RFC 4028 §4";
	private static final String PRIVACY_REFERENCE = "RFC 3323 §4.2";
	private static final String EARLY_MEDIA_REFERENCE = "RFC 5009 §5";

	private SessionHeaders() {
	}

	/** Session-Expires ({@code 1800;refresher=uac}) or Min-SE ({@code 90}). */
	public static DecodedValue sessionTimer(String headerLabel, String value) {
		List<Param> params = Syntax.params(value);
		Node node = Node.of(headerLabel, value);
		String delta = params.isEmpty() ? "" : params.get(0).name();
		long seconds = Syntax.decimal(delta);
		if (seconds < 0) {
			return node.error("session-interval-not-a-number", headerLabel + " " + Syntax.quote(delta)
					+ " is not a number of seconds", TIMER_REFERENCE).build();
		}
		node.part("delta-seconds", delta, seconds + " s (" + (seconds / 60) + " min " + (seconds % 60) + " s)");
		if (seconds < 90) {
			node.error("session-interval-too-small", headerLabel + " " + seconds
					+ " is below 90 seconds, the smallest interval allowed", TIMER_REFERENCE);
		}
		boolean minSe = "min-se".equalsIgnoreCase(headerLabel);
		String refresher = null;
		for (int i = 1; i < params.size(); i++) {
			Param p = params.get(i);
			if (p.name().equalsIgnoreCase("refresher") && !minSe) {
				refresher = Syntax.lower(p.valueOrEmpty());
				String who = switch (refresher) {
					case "uac" -> "the caller side (the UAC of the dialog-creating request) sends the refreshes";
					case "uas" -> "the called side (the UAS) sends the refreshes";
					default -> null;
				};
				if (who == null) {
					node.part("refresher", p.valueOrEmpty(), "").error("session-refresher-invalid", "refresher "
							+ Syntax.quote(p.valueOrEmpty()) + " is neither uac nor uas", TIMER_REFERENCE);
				}
				else {
					node.part("refresher", p.valueOrEmpty(), who);
				}
			}
			else {
				node.part(p.name(), p.valueOrEmpty(), "");
			}
		}
		if (minSe) {
			return node.meaning("the sender refuses session intervals shorter than " + seconds + " s").build();
		}
		String meaning = "the session is refreshed at least every " + seconds + " s, else it is torn down";
		if (refresher == null) {
			meaning += "; no refresher chosen yet (the answerer picks one)";
		}
		return node.meaning(meaning).build();
	}

	/** Privacy: {@code id; header; session; user; none; critical; history}. */
	public static DecodedValue privacy(String value) {
		Node node = Node.of("Privacy", value);
		List<String> values = new ArrayList<>();
		for (String piece : Syntax.splitNonEmpty(value, ';')) {
			values.add(piece.toLowerCase(Locale.ROOT));
			String meaning = switch (piece.toLowerCase(Locale.ROOT)) {
				case "id" -> "hide the asserted identity (P-Asserted-Identity) from the remote party (RFC 3325)";
				case "header" -> "hide headers that reveal the user (Contact, Via, Call-Info...) (RFC 3323)";
				case "session" -> "anonymise the media: addresses in SDP (RFC 3323)";
				case "user" -> "user-level privacy the user applied itself (RFC 3323)";
				case "none" -> "no privacy: the network must not apply any (RFC 3323)";
				case "critical" -> "the call must fail if the requested privacy cannot be given (RFC 3323)";
				case "history" -> "hide the History-Info entries (RFC 7044)";
				default -> null;
			};
			if (meaning == null) {
				node.part(piece, "", "").warning("privacy-value-unknown", "privacy value " + Syntax.quote(piece)
						+ " is not defined", PRIVACY_REFERENCE);
			}
			else {
				node.part(piece, "", meaning);
			}
		}
		if (values.contains("none") && values.size() > 1) {
			node.error("privacy-none-combined", "privacy 'none' cannot be combined with other values in "
					+ Syntax.quote(value), PRIVACY_REFERENCE);
		}
		boolean hidden = values.contains("id") || values.contains("header") || values.contains("user");
		return node.meaning(values.contains("none") ? "the user asks for no privacy"
				: hidden ? "the caller's identity must be withheld from the called party (CLIR)" : "privacy requested").build();
	}

	/** P-Early-Media: one direction per media line, or {@code supported}. */
	public static DecodedValue earlyMedia(String value) {
		Node node = Node.of("P-Early-Media", value);
		int position = 0;
		for (String piece : Syntax.splitNonEmpty(value, ',')) {
			String v = piece.toLowerCase(Locale.ROOT);
			String meaning = switch (v) {
				case "supported" -> "the sender understands P-Early-Media";
				case "sendrecv" -> "early media authorised in both directions";
				case "sendonly" -> "early media authorised from the sender of this message only";
				case "recvonly" -> "early media authorised towards the sender of this message only";
				case "inactive" -> "no early media authorised";
				case "gated" -> "a network node gates this early media (it is not yet flowing)";
				default -> null;
			};
			position++;
			String label = "supported".equals(v) ? "supported" : "m-line " + position;
			if (meaning == null) {
				node.part(label, piece, "").warning("early-media-value-unknown", "p-early-media value " + Syntax.quote(piece)
						+ " is not defined", EARLY_MEDIA_REFERENCE);
			}
			else {
				node.part(label, piece, meaning);
			}
		}
		return node.meaning("supported".equalsIgnoreCase(value.trim()) ? "the sender can handle early-media authorisation"
				: "the network authorises early media (for example a ringback tone or announcement) per media line").build();
	}

}
