package dev.sigref.ims;

import java.util.ArrayList;
import java.util.List;

/** The Reason header (RFC 3326): {@code Q.850;cause=16;text="..."} and {@code SIP;cause=487}, possibly several. */
public final class ReasonHeader {

	private static final String REFERENCE = "RFC 3326 §2";

	private ReasonHeader() {
	}

	public static List<DecodedValue> decode(String value) {
		List<DecodedValue> reasons = new ArrayList<>();
		for (String reason : Syntax.splitNonEmpty(value, ',')) {
			reasons.add(reason(reason));
		}
		return reasons;
	}

	private static DecodedValue reason(String text) {
		List<Param> params = Syntax.params(text);
		Node node = Node.of("Reason", text);
		String protocol = params.isEmpty() ? "" : params.get(0).name();
		node.part("protocol", protocol, switch (Syntax.lower(protocol)) {
			case "q.850" -> "the cause is an ITU-T Q.850 (ISDN/ISUP) cause value";
			case "sip" -> "the cause is a SIP response code";
			default -> "protocol not known to Sigref";
		});
		Param causeParam = Syntax.find(params, "cause");
		Param textParam = Syntax.find(params, "text");
		if (textParam != null) {
			node.part("text", textParam.valueOrEmpty(), "free text for humans; the cause is what counts");
		}
		if (causeParam == null) {
			return node.error("reason-cause-missing", "the reason " + Syntax.quote(text) + " has no cause parameter",
					REFERENCE).build();
		}
		long cause = Syntax.decimal(causeParam.valueOrEmpty());
		if (cause < 0 || cause > Integer.MAX_VALUE) {
			return node.error("reason-cause-not-a-number", "cause " + Syntax.quote(causeParam.valueOrEmpty())
					+ " is not a number", REFERENCE).build();
		}
		if ("q.850".equalsIgnoreCase(protocol)) {
			DecodedValue q850 = Q850.cause((int) cause);
			node.part(q850);
			return node.meaning("Q.850 " + q850.meaning()).build();
		}
		if ("sip".equalsIgnoreCase(protocol)) {
			DecodedValue sip = sipCause((int) cause);
			node.part(sip);
			return node.meaning(sip.meaning()).build();
		}
		node.info("reason-protocol-unknown", "the reason protocol " + Syntax.quote(protocol)
				+ " is not q.850 or sip, so cause " + cause + " is shown as is", REFERENCE);
		return node.meaning(protocol + " cause " + cause).build();
	}

	/** A SIP status code as a Reason cause, named from the response code table. */
	static DecodedValue sipCause(int code) {
		Node node = Node.of("SIP cause", String.valueOf(code));
		ReferenceData.ResponseCode response = ReferenceData.get().response(code);
		if (response == null) {
			return node.meaning("SIP status " + code + " (not registered)").warning("sip-cause-unknown", "sip cause " + code
					+ " is not a registered response code", "IANA SIP Response Codes").build();
		}
		node.part("response", String.valueOf(code), response.reasonPhrase() + " (" + response.reference() + ")");
		return node.meaning("SIP " + code + " " + response.reasonPhrase()).build();
	}

}
