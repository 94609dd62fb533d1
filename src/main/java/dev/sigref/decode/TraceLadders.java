package dev.sigref.decode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.sigref.callflow.Ladder;
import dev.sigref.callflow.Participant;
import dev.sigref.callflow.Procedure;
import dev.sigref.callflow.ProcedureMatch;
import dev.sigref.callflow.ProcedureMatcher;
import dev.sigref.callflow.Step;
import dev.sigref.callflow.SvgLadderRenderer;
import dev.sigref.catalog.CatalogSnapshot;
import dev.sigref.catalog.FlowDefinition;
import dev.sigref.catalog.MessageDefinition;
import dev.sigref.sip.Endpoint;
import dev.sigref.sip.HeaderValue;
import dev.sigref.sip.MessageMetadata;
import dev.sigref.sip.NameAddr;
import dev.sigref.sip.SipMessage;
import dev.sigref.sip.SipUri;
import dev.sigref.sip.Uri;
import dev.sigref.sip.ViaValue;

/**
 * Draws the decoded messages of a paste as ladders, one per dialog, and matches each dialog against the stored
 * procedures. Participants are the addresses of the log decoration; without one, the sender of a request is its top
 * Via and the receiver its Request-URI host (for a tel: URI its first Route, else where its responses came from), and
 * a response travels back between the two ends of its request.
 */
final class TraceLadders {

	private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{1,2}):(\\d{2}):(\\d{2})(?:[.,](\\d{1,9}))?");

	private TraceLadders() {
	}

	static List<DialogLadder> build(List<DecodedMessage> messages, CatalogSnapshot snapshot) {
		Map<String, List<DecodedMessage>> byDialog = new LinkedHashMap<>();
		for (DecodedMessage m : messages) {
			if (m.detailed()) {
				byDialog.computeIfAbsent(m.message().callId().orElse("(no Call-ID)"), k -> new ArrayList<>()).add(m);
			}
		}
		List<Procedure> procedures = procedures(snapshot);
		ProcedureMatcher matcher = new ProcedureMatcher();
		List<DialogLadder> out = new ArrayList<>();
		for (Map.Entry<String, List<DecodedMessage>> dialog : byDialog.entrySet()) {
			List<DecodedMessage> dm = dialog.getValue();
			Ladder ladder = ladder(dialog.getKey(), dm);
			List<String> keys = dm.stream().map(TraceLadders::key).toList();
			Optional<ProcedureMatch> match = procedures.isEmpty() ? Optional.empty() : matcher.match(keys, procedures);
			FlowDefinition flow = match.flatMap(pm -> snapshot.findFlow(pm.procedure().slug())).orElse(null);
			List<FlowDefinition> ties = new ArrayList<>();
			if (match.isPresent()) {
				for (Procedure p : procedures) {
					ProcedureMatch other = matcher.align(keys, p);
					if (!p.slug().equals(match.get().procedure().slug())
							&& Math.abs(other.score() - match.get().score()) < 1e-9
							&& other.matchedSteps() == match.get().matchedSteps()) {
						snapshot.findFlow(p.slug()).ifPresent(ties::add);
					}
				}
			}
			out.add(new DialogLadder(dialog.getKey(), new SvgLadderRenderer().render(ladder), dm.size(),
					match.orElse(null), flow, List.copyOf(ties)));
		}
		return out;
	}

	/** "INVITE" for a request, "486" for a response: the keys the procedure matcher compares. */
	static String key(DecodedMessage m) {
		return m.message().isRequest() ? m.message().method() : String.valueOf(m.message().statusCode());
	}

	private static List<Procedure> procedures(CatalogSnapshot snapshot) {
		List<Procedure> out = new ArrayList<>();
		for (FlowDefinition f : snapshot.flows()) {
			List<String> keys = f.messageSlugs().stream()
				.map(slug -> snapshot.find("ims", slug).map(MessageDefinition::key).orElse(slug))
				.toList();
			out.add(new Procedure(f.slug(), f.title(), keys));
		}
		return out;
	}

	static Ladder ladder(String callId, List<DecodedMessage> messages) {
		Map<String, Participant> participants = new LinkedHashMap<>();
		Map<String, String[]> requestEnds = new HashMap<>();
		Map<String, String> answeredFrom = answeredFrom(messages);
		List<Step> steps = new ArrayList<>();
		Double previousTime = null;
		int n = 1;
		for (DecodedMessage dm : messages) {
			SipMessage m = dm.message();
			String[] ends = ends(m, requestEnds, answeredFrom);
			String from = participant(participants, ends[0]);
			String to = participant(participants, ends[1]);
			Double time = secondsOfDay(m.metadata());
			String delta = null;
			if (time != null && previousTime != null) {
				double d = time - previousTime;
				if (d < 0) {
					d += 86_400;
				}
				delta = String.format("+%.3f s", d);
			}
			if (time != null) {
				previousTime = time;
			}
			String label = m.isRequest() ? m.method() : m.statusCode() + " " + (m.reasonPhrase() == null ? "" : m.reasonPhrase());
			var cseq = m.cseq();
			if (cseq.isPresent() && !m.isRequest()) {
				label += " (" + cseq.get().method() + ")";
			}
			steps.add(new Step(n++, from, to, label.strip(), "#" + dm.anchor(), null, delta));
		}
		return new Ladder("Call-ID " + callId, new ArrayList<>(participants.values()), steps);
	}

	/**
	 * For each transaction whose responses name where they came from, that address: the last Record-Route entry (the
	 * first hop of the route set the UAC builds, RFC 3261 §12.1.2), else a response's Contact. A request to a tel: URI
	 * without Route names no next hop of its own; its responses do.
	 */
	private static Map<String, String> answeredFrom(List<DecodedMessage> messages) {
		Map<String, String> out = new HashMap<>();
		for (DecodedMessage dm : messages) {
			SipMessage m = dm.message();
			if (m.isRequest()) {
				continue;
			}
			String key = transactionKey(m);
			if (out.containsKey(key)) {
				continue;
			}
			List<HeaderValue> rr = m.headers("Record-Route");
			String hop = !rr.isEmpty() && rr.get(rr.size() - 1) instanceof NameAddr last ? hostPort(last.uri()) : null;
			if (hop == null) {
				hop = m.contacts().stream().filter(c -> c.address() != null).map(c -> hostPort(c.address().uri()))
					.filter(h -> h != null).findFirst().orElse(null);
			}
			if (hop != null) {
				out.put(key, hop);
			}
		}
		return out;
	}

	/** host or host:port of a SIP URI, null for another scheme. */
	private static String hostPort(Uri uri) {
		return uri instanceof SipUri sip ? sip.host() + (sip.port() < 0 ? "" : ":" + sip.port()) : null;
	}

	/** Sender and receiver of a message, as addresses. */
	private static String[] ends(SipMessage m, Map<String, String[]> requestEnds, Map<String, String> answeredFrom) {
		MessageMetadata meta = m.metadata();
		String transactionKey = transactionKey(m);
		if (meta != null && meta.source() != null && meta.destination() != null) {
			String[] ends = { address(meta.source()), address(meta.destination()) };
			if (m.isRequest()) {
				requestEnds.put(transactionKey, ends);
			}
			return ends;
		}
		if (m.isRequest()) {
			String from = topVia(m).map(v -> v.port() < 0 ? v.host() : v.host() + ":" + v.port()).orElse("sender");
			String to = m.requestUri() instanceof SipUri uri ? hostPort(uri)
					: m.routes().stream().map(r -> hostPort(r.uri())).filter(h -> h != null).findFirst()
						.orElse(answeredFrom.getOrDefault(transactionKey, "next hop"));
			String[] ends = { from, to };
			requestEnds.put(transactionKey, ends);
			return ends;
		}
		String[] request = requestEnds.get(transactionKey);
		if (request != null) {
			return new String[] { request[1], request[0] };
		}
		String to = topVia(m).map(v -> v.port() < 0 ? v.host() : v.host() + ":" + v.port()).orElse("receiver");
		return new String[] { "responder", to };
	}

	private static Optional<ViaValue> topVia(SipMessage m) {
		return m.vias().stream().findFirst();
	}

	/** Requests and their responses share the top Via branch and the CSeq. */
	private static String transactionKey(SipMessage m) {
		String branch = topVia(m).map(ViaValue::branch).orElse("");
		String cseq = m.cseq().map(c -> c.number() + " " + c.method()).orElse("");
		return branch + "|" + cseq;
	}

	private static String address(Endpoint e) {
		return e.toString();
	}

	private static String participant(Map<String, Participant> participants, String address) {
		return participants.computeIfAbsent(address, a -> new Participant("p" + (participants.size() + 1), a)).id();
	}

	/** The time of day a log decoration gives, in seconds; null when it gives none the decoder can read. */
	static Double secondsOfDay(MessageMetadata meta) {
		if (meta == null || meta.timestamp() == null) {
			return null;
		}
		Matcher t = TIME_OF_DAY.matcher(meta.timestamp());
		if (!t.find()) {
			return null;
		}
		double fraction = t.group(4) == null ? 0 : Double.parseDouble("0." + t.group(4));
		return Integer.parseInt(t.group(1)) * 3600.0 + Integer.parseInt(t.group(2)) * 60 + Integer.parseInt(t.group(3))
				+ fraction;
	}

}
