package dev.sigref.decode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import dev.sigref.catalog.Catalog;
import dev.sigref.catalog.CatalogSnapshot;
import dev.sigref.catalog.MessageDefinition;
import dev.sigref.catalog.MessageKind;
import dev.sigref.catalog.SipRegistry;
import dev.sigref.catalog.Slugs;
import dev.sigref.ims.DecodedValue;
import dev.sigref.ims.ImsDecoders;
import dev.sigref.ims.ImsFinding;
import dev.sigref.sip.Finding;
import dev.sigref.sip.Severity;
import dev.sigref.sip.Header;
import dev.sigref.sip.ParseResult;
import dev.sigref.sip.SipMessage;
import dev.sigref.sip.TextPosition;
import dev.sigref.sip.UndecodedBlock;
import dev.sigref.sip.SipParser;

/** Parses a paste and joins every message to its reference entry. Keeps nothing: the paste lives only in the result. */
@Service
public class TraceDecoder {

	static final Comparator<Finding> SEVERITY_THEN_LINE = Comparator.comparing(Finding::severity)
		.thenComparingInt(Finding::line)
		.thenComparingInt(Finding::column);

	private final Catalog catalog;

	public TraceDecoder(Catalog catalog) {
		this.catalog = catalog;
	}

	public DecodedTrace decode(String paste) {
		return decode(SipParser.parse(paste), paste, 1, Integer.MAX_VALUE);
	}

	/** Decodes raw bytes: UTF-8 text, or text with binary bodies whose Content-Length counts bytes. */
	public DecodedTrace decode(byte[] paste) {
		return decode(paste, 1, Integer.MAX_VALUE);
	}

	/**
	 * Decodes raw bytes, every message in full on the given page only; the others carry their summary (start line,
	 * metadata, findings), so that a trace of 10,000 messages lists all of them without a page of hundreds of MB.
	 */
	public DecodedTrace decode(byte[] paste, int page, int pageSize) {
		return decode(SipParser.parse(paste), new String(paste, java.nio.charset.StandardCharsets.ISO_8859_1), page,
				pageSize);
	}

	private DecodedTrace decode(ParseResult result, String paste, int page, int pageSize) {
		CatalogSnapshot snapshot = catalog.snapshot();
		int total = result.messages().size();
		int pages = Math.max(1, (int) Math.ceil(total / (double) pageSize));
		int current = Math.min(Math.max(1, page), pages);
		long firstLong = (long) (current - 1) * pageSize + 1;
		int first = (int) Math.min(firstLong, Integer.MAX_VALUE);
		int last = (int) Math.min(firstLong + pageSize - 1, total);
		List<DecodedMessage> messages = new ArrayList<>(total);
		for (SipMessage m : result.messages()) {
			int number = m.index() + 1;
			messages.add(number >= first && number <= last ? decode(m, snapshot) : summary(m, snapshot));
		}
		List<Finding> all = new ArrayList<>(result.findings());
		for (UndecodedBlock u : result.undecoded()) {
			if (u.sdp() != null) {
				all.addAll(sdpBlockFindings(u));
			}
		}
		List<Finding> findings = all.stream().sorted(SEVERITY_THEN_LINE).toList();
		return new DecodedTrace(messages, result.undecoded(), findings, countLines(paste),
				new DecodedTrace.Page(current, pages, first, last), TraceLadders.build(messages, snapshot));
	}

	/**
	 * A message off the page shown in full: its start line, metadata and findings, the 3GPP decoders' included, so
	 * that its counts in the trace table and the tally are those it has when shown in full.
	 */
	private static DecodedMessage summary(SipMessage m, CatalogSnapshot snapshot) {
		MessageDefinition entry = entryFor(m, snapshot).orElse(null);
		List<Finding> all = new ArrayList<>(m.findings());
		ValuePositions positions = null;
		for (Header h : m.headers()) {
			positions = headerFindings(m, h, ImsDecoders.decodeHeader(h.canonicalName(), h.rawValue()), positions, all);
		}
		BodyView body = BodyView.of(m.body());
		bodyFindings(m, body, positions, all);
		return new DecodedMessage(m.index() + 1, m, describe(m), entry, all.stream().sorted(SEVERITY_THEN_LINE).toList(),
				List.of(), List.of(), body, List.of(), false, entry == null ? List.of() : snapshot.flowsUsing(entry));
	}

	/** Adds the findings of a header's 3GPP reading, each at its value; the positions are made once per message. */
	private static ValuePositions headerFindings(SipMessage m, Header h, List<DecodedValue> ims,
			ValuePositions positions, List<Finding> out) {
		if (!hasFindings(ims)) {
			return positions;
		}
		ValuePositions p = positions == null ? new ValuePositions(m) : positions;
		collectAll(ims, p, p.valueSpan(h), new TextPosition(h.line(), h.column()), out);
		return p;
	}

	/**
	 * Adds the 3GPP findings of the body: SMS over IP and the 3GPP XML body, and the SDP read in IMS terms (codec
	 * modes, bit rates, preconditions), multipart parts included; each placed at its value in the body when found there,
	 * else at the body's first line. The SDP reading's grammar findings are left out: the SDP parser reports those.
	 */
	private static void bodyFindings(SipMessage m, BodyView body, ValuePositions positions, List<Finding> out) {
		List<DecodedValue> values = new ArrayList<>(body.bodyImsValues());
		values.addAll(body.sdpImsValues());
		if (!hasFindings(values)) {
			return;
		}
		ValuePositions p = positions == null ? new ValuePositions(m) : positions;
		collectAll(values, p, p.bodySpan(), p.bodyStart(), out);
	}

	/** The 3GPP findings of an SDP pasted without its message, each placed at its value in the block. */
	static List<Finding> sdpBlockFindings(UndecodedBlock block) {
		List<Finding> out = new ArrayList<>();
		collectAll(ImsDecoders.decodeSdp(block.sdp().text()), new ValuePositions(block),
				new int[] { 0, block.text().length() }, new TextPosition(block.firstLine(), 1), out);
		return out;
	}

	private static void addFindings(DecodedValue v, TextPosition here, List<Finding> out) {
		for (ImsFinding f : v.findings()) {
			if (reportable(f)) {
				out.add(new Finding(Severity.valueOf(f.severity().name()), f.code(), here.line(), here.column(),
						f.reference(), f.message()));
			}
		}
	}

	/**
	 * Whether a 3GPP decoder's finding joins the message's: not the SDP reading's checks of SDP grammar (an m= or b=
	 * line, an rtpmap, a precondition attribute), which the SDP parser reports with codes of its own.
	 */
	private static boolean reportable(ImsFinding f) {
		String code = f.code();
		return !code.startsWith("sdp-") && !code.equals("precondition-attribute-malformed")
				&& !code.equals("precondition-strength-invalid") && !code.equals("precondition-status-type-invalid")
				&& !code.equals("precondition-direction-invalid");
	}

	private static void collectAll(List<DecodedValue> values, ValuePositions positions, int[] span,
			TextPosition parent, List<Finding> out) {
		int from = span == null ? 0 : span[0];
		for (DecodedValue v : values) {
			from = collect(v, positions, span == null ? null : new int[] { from, span[1] }, parent, out);
		}
	}

	/** The reference entry for a message: by status code for a response, by method for a request. */
	public static Optional<MessageDefinition> entryFor(SipMessage m, CatalogSnapshot snapshot) {
		String key = m.isRequest() ? m.method() : String.valueOf(m.statusCode());
		return key == null ? Optional.empty() : snapshot.findByKey(key);
	}

	private DecodedMessage decode(SipMessage m, CatalogSnapshot snapshot) {
		List<Finding> all = new ArrayList<>(m.findings());
		List<StructureNode> structure = new ArrayList<>(m.headers().size());
		List<HeaderDecode> decodes = new ArrayList<>();
		ValuePositions positions = null;
		for (Header h : m.headers()) {
			List<DecodedValue> ims = ImsDecoders.decodeHeader(h.canonicalName(), h.rawValue());
			decodes.add(new HeaderDecode(h, ims));
			positions = headerFindings(m, h, ims, positions, all);
			List<StructureNode> parts = new ArrayList<>();
			int i = 1;
			for (Object v : h.parsed()) {
				StructureNode node = StructureNode.of(h.parsed().size() > 1 ? "value " + i : "value", v);
				i++;
				if (node != null) {
					parts.add(node);
				}
			}
			for (DecodedValue v : ims) {
				parts.add(StructureNode.of3gpp(v));
			}
			structure.add(new StructureNode(h.canonicalName(), h.rawValue(), parts));
		}
		BodyView body = BodyView.of(m.body());
		bodyFindings(m, body, positions, all);
		List<Finding> findings = all.stream().sorted(SEVERITY_THEN_LINE).toList();
		MessageDefinition entry = entryFor(m, snapshot).orElse(null);
		return new DecodedMessage(m.index() + 1, m, describe(m), entry, findings, lines(m, findings), structure,
				body, decodes, true, entry == null ? List.of() : snapshot.flowsUsing(entry));
	}

	private static boolean hasFindings(List<DecodedValue> values) {
		return values.stream().anyMatch(v -> !v.allFindings().isEmpty());
	}

	/**
	 * The 3GPP decoders' findings join the message's, each pointing at the value it is about: the value's text is
	 * looked for inside its parent's, so that a short value ("1") is not matched elsewhere on the line; a value not
	 * found as written (a derived one, or one a fold split) takes its parent's place, and the header's at the top.
	 */
	private static int collect(DecodedValue v, ValuePositions positions, int[] span, TextPosition parent,
			List<Finding> out) {
		int at = span == null ? -1 : positions.find(v.raw(), span[0], span[1]);
		TextPosition here = at < 0 ? parent : positions.position(at);
		// a value's parts follow it, within it (a header parameter) or on the lines after it (an SDP media section)
		int[] inner = at < 0 ? span : new int[] { at, span[1] };
		addFindings(v, here, out);
		// siblings are searched one after the other, so that a value written twice is placed at each copy
		int from = inner == null ? 0 : inner[0];
		for (DecodedValue part : v.parts()) {
			from = collect(part, positions, inner == null ? null : new int[] { from, inner[1] }, here, out);
		}
		return at < 0 ? (span == null ? 0 : span[0]) : at + v.raw().length();
	}

	/** "INVITE request to tel:+12025550199", "486 Busy Here: client failure response to INVITE". */
	static String describe(SipMessage m) {
		if (m.isRequest()) {
			String uri = m.requestUri() == null ? "" : " to " + m.startLine().split(" ", 3)[1];
			return m.method() + " request" + uri;
		}
		int code = m.statusCode();
		String phrase = SipRegistry.get().responseCode(code).map(SipRegistry.ResponseCode::reasonPhrase).orElse(null);
		String kind = MessageKind.ofStatusCode(code).map(k -> k.label().replaceAll(" \\(.*", "").toLowerCase())
			.orElse("response");
		StringBuilder sb = new StringBuilder().append(code).append(' ')
			.append(phrase != null ? phrase : m.reasonPhrase()).append(": ").append(kind);
		if (m.method() != null) {
			sb.append(" to ").append(m.method());
		}
		if (phrase != null && m.reasonPhrase() != null && !phrase.equalsIgnoreCase(m.reasonPhrase().strip())) {
			sb.append(" (sent with the reason phrase \"").append(m.reasonPhrase()).append("\")");
		}
		if (phrase == null) {
			sb.append(" (not in the IANA registry)");
		}
		return sb.toString();
	}

	private static List<MessageLine> lines(SipMessage m, List<Finding> findings) {
		String[] texts = m.raw().split("\r?\n", -1);
		int count = texts.length;
		if (count > 1 && texts[count - 1].isEmpty()) {
			count--;
		}
		List<TextPosition> starts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			starts.add(m.lineStart(i));
		}
		List<List<Finding>> byRawLine = findingsByRawLine(starts, findings);
		List<MessageLine> out = new ArrayList<>(count);
		boolean inBody = false;
		int previousNumber = -1;
		for (int i = 0; i < count; i++) {
			String text = texts[i];
			int number = starts.get(i).line();
			// lines of a one-line or dumped message share a paste line: only the first carries its anchor
			boolean anchor = number != previousNumber;
			previousNumber = number;
			List<Finding> here = byRawLine.get(i);
			if (i == 0) {
				out.add(new MessageLine(number, anchor, "start", null, text, null, here));
			}
			else if (inBody) {
				out.add(new MessageLine(number, anchor, "body", null, text, null, here));
			}
			else if (text.isEmpty()) {
				inBody = true;
				out.add(new MessageLine(number, anchor, "blank", null, text, null, here));
			}
			else if (text.charAt(0) == ' ' || text.charAt(0) == '\t') {
				out.add(new MessageLine(number, anchor, "folded", null, text, null, here));
			}
			else {
				int colon = text.indexOf(':');
				if (colon <= 0) {
					out.add(new MessageLine(number, anchor, "header", null, text, null, here));
				}
				else {
					String name = text.substring(0, colon);
					String slug = SipRegistry.get().header(name.strip()).map(h -> Slugs.kebab(h.name())).orElse(null);
					out.add(new MessageLine(number, anchor, "header", name, text.substring(colon), slug, here));
				}
			}
		}
		return out;
	}

	/**
	 * The findings on each line of the message text. A finding belongs to the line that starts on its paste line, or,
	 * when several do (a one-line message unfolded, a hex dump decoded), to the last of them that starts at or before
	 * its column.
	 */
	private static List<List<Finding>> findingsByRawLine(List<TextPosition> starts, List<Finding> findings) {
		Map<Integer, List<Integer>> rawLinesByNumber = new TreeMap<>();
		List<List<Finding>> out = new ArrayList<>(starts.size());
		for (int i = 0; i < starts.size(); i++) {
			rawLinesByNumber.computeIfAbsent(starts.get(i).line(), k -> new ArrayList<>(1)).add(i);
			out.add(new ArrayList<>(0));
		}
		for (Finding f : findings) {
			List<Integer> candidates = rawLinesByNumber.get(f.line());
			if (candidates == null) {
				continue;
			}
			int chosen = candidates.get(0);
			for (int i : candidates) {
				if (starts.get(i).column() <= f.column()) {
					chosen = i;
				}
			}
			out.get(chosen).add(f);
		}
		return out;
	}

	/** The lines of the paste as an editor counts them: a final line end starts no further line. */
	private static int countLines(String text) {
		int n = text.isEmpty() ? 0 : 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n' && i + 1 < text.length()) {
				n++;
			}
		}
		return n;
	}

}
