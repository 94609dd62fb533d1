package dev.sigref.ims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The QoS precondition status of one media stream (RFC 3312 §5), laid out as a table of current, desired and
 * confirmation status per status type, with a verdict: may the callee alert the user yet?
 */
public final class Preconditions {

	private static final String REFERENCE = "RFC 3312 §5";

	private record Line(String kind, String strength, String statusType, String direction, String raw) {
	}

	private Preconditions() {
	}

	/** @param attributes the {@code curr:...}, {@code des:...} and {@code conf:...} attributes, without {@code a=} */
	public static DecodedValue evaluate(List<String> attributes) {
		Node node = Node.of("preconditions", String.join("\n", attributes));
		List<Line> curr = new ArrayList<>();
		List<Line> des = new ArrayList<>();
		List<Line> conf = new ArrayList<>();
		for (String attribute : attributes) {
			Line line = parse(attribute, node);
			if (line == null) {
				continue;
			}
			switch (line.kind()) {
				case "curr" -> curr.add(line);
				case "des" -> des.add(line);
				default -> conf.add(line);
			}
		}
		boolean failure = false;
		boolean unknown = false;
		List<String> unmetMandatory = new ArrayList<>();
		List<String> unmetOptional = new ArrayList<>();
		for (Line d : des) {
			String current = currentDirection(curr, d.statusType());
			boolean met = covers(current, d.direction());
			String strength = d.strength();
			node.part(d.statusType(), "curr " + current + ", des " + strength + " " + d.direction(), "current: "
					+ current + "; desired: " + strength + " " + d.direction() + "; " + (met ? "met" : "not met"));
			switch (strength) {
				case "failure" -> failure = true;
				case "unknown" -> unknown = true;
				case "mandatory" -> {
					if (!met) {
						unmetMandatory.add(d.statusType() + " " + d.direction());
					}
				}
				case "optional" -> {
					if (!met) {
						unmetOptional.add(d.statusType() + " " + d.direction());
					}
				}
				default -> {
					// strength none: nothing is required
				}
			}
		}
		for (Line c : conf) {
			node.part("conf " + c.statusType(), c.direction(), "the sender wants to be told when the " + c.statusType()
					+ " resources for " + c.direction() + " are reserved (an UPDATE is expected)");
		}
		if (des.isEmpty() && !curr.isEmpty()) {
			node.warning("precondition-desired-missing", "current status is given but no a=des line, so nothing is"
					+ " required of the stream", REFERENCE);
		}
		String verdict;
		if (des.isEmpty()) {
			// RFC 3312 §5: the desired status is what makes a precondition; without a readable one there is none to meet
			verdict = node.hasErrors() ? "no readable a=des line: the preconditions cannot be evaluated"
					: "no a=des line: no precondition is set for this stream";
		}
		else if (failure) {
			verdict = "a precondition failed: the session cannot be set up (expect 580 Precondition Failure)";
		}
		else if (!unmetMandatory.isEmpty()) {
			verdict = "mandatory preconditions not met yet (" + String.join(", ", unmetMandatory) + "): resources must be"
					+ " reserved before the callee is alerted";
		}
		else if (unknown) {
			verdict = "the peer does not know the precondition status yet";
		}
		else if (!unmetOptional.isEmpty()) {
			verdict = "only optional preconditions are unmet (" + String.join(", ", unmetOptional)
					+ "): the session may proceed";
		}
		else {
			verdict = "all preconditions met: the callee may alert the user";
		}
		return node.meaning(verdict).build();
	}

	private static Line parse(String attribute, Node node) {
		int colon = attribute.indexOf(':');
		String kind = colon > 0 ? attribute.substring(0, colon).trim().toLowerCase(Locale.ROOT) : "";
		String[] words = colon > 0 ? attribute.substring(colon + 1).trim().toLowerCase(Locale.ROOT).split(" +") : new String[0];
		boolean isDes = "des".equals(kind);
		int expected = isDes ? 4 : 3;
		if (words.length != expected || !"qos".equals(words[0])) {
			node.error("precondition-attribute-malformed", "a=" + attribute + " is not \"" + kind + ":qos "
					+ (isDes ? "<strength> " : "") + "<status-type> <direction>\"", REFERENCE);
			return null;
		}
		String strength = isDes ? words[1] : "";
		String statusType = words[isDes ? 2 : 1];
		String direction = words[isDes ? 3 : 2];
		if (isDes && !List.of("mandatory", "optional", "none", "failure", "unknown").contains(strength)) {
			node.error("precondition-strength-invalid", "strength " + Syntax.quote(strength) + " in a=" + attribute
					+ " is none of mandatory, optional, none, failure, unknown", REFERENCE);
			return null;
		}
		if (!List.of("e2e", "local", "remote").contains(statusType)) {
			node.error("precondition-status-type-invalid", "status type " + Syntax.quote(statusType) + " in a=" + attribute
					+ " is none of e2e, local, remote", REFERENCE);
			return null;
		}
		if (!List.of("none", "send", "recv", "sendrecv").contains(direction)) {
			node.error("precondition-direction-invalid", "direction " + Syntax.quote(direction) + " in a=" + attribute
					+ " is none of none, send, recv, sendrecv", REFERENCE);
			return null;
		}
		return new Line(kind, strength, statusType, direction, attribute);
	}

	private static String currentDirection(List<Line> curr, String statusType) {
		for (Line c : curr) {
			if (c.statusType().equals(statusType)) {
				return c.direction();
			}
		}
		return "none";
	}

	private static boolean covers(String current, String desired) {
		return "none".equals(desired) || "sendrecv".equals(current) || current.equals(desired);
	}

}
