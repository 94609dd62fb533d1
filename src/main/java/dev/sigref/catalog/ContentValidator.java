package dev.sigref.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.sigref.catalog.MessageDefinition.Direction;
import dev.sigref.catalog.MessageDefinition.InformationElement;
import dev.sigref.catalog.MessageDefinition.Presence;
import dev.sigref.catalog.MessageDefinition.SpecReference;
import dev.sigref.catalog.MessageDefinition.Troubleshooting;
import tools.jackson.databind.JsonNode;

/**
 * Checks every content file against docs/content-format.md and turns the valid ones into definitions. Never stops at
 * the first problem: the start-up error and the content test list all of them, each as {@code file:line: problem}.
 */
public final class ContentValidator {

	private static final Pattern WORD = Pattern.compile("[\\p{L}0-9]+");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

	private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^(?:content-length|l)[ \\t]*:[ \\t]*(\\d+)");

	private final SipRegistry registry;

	private final MarkdownRenderer markdown = new MarkdownRenderer();

	public ContentValidator(SipRegistry registry) {
		this.registry = registry;
	}

	public record Result(List<MessageDefinition> definitions, List<FlowDefinition> flows,
			List<HeaderDefinition> headers, List<ContentProblem> problems) {

		public boolean valid() {
			return problems.isEmpty();
		}

	}

	public Result validate(Collection<ContentFile> files) {
		List<ContentProblem> problems = new ArrayList<>();
		List<Parsed> parsed = new ArrayList<>();
		for (ContentFile file : files) {
			String kind = file.path().contains("/messages/") ? "message" : file.path().contains("/flows/") ? "flow"
					: file.path().contains("/headers/") ? "header" : null;
			if (kind == null) {
				problems.add(new ContentProblem(file.path(), 1, "unexpected file: entries live under content/messages/"
						+ "{protocol}/, content/flows/ or content/headers/"));
				continue;
			}
			readEntry(file, kind, problems).ifPresent(parsed::add);
		}
		checkLinks(parsed, problems);
		checkRepeatedSentences(parsed, problems);
		problems.sort(null);
		boolean ok = problems.isEmpty();
		return new Result(ok ? definitions(parsed, MessageDefinition.class) : List.of(),
				ok ? definitions(parsed, FlowDefinition.class) : List.of(),
				ok ? definitions(parsed, HeaderDefinition.class) : List.of(), List.copyOf(problems));
	}

	private static <T> List<T> definitions(List<Parsed> parsed, Class<T> type) {
		return parsed.stream().map(Parsed::definition).filter(type::isInstance).map(type::cast).toList();
	}

	private record Parsed(ContentFile file, YamlDocument yaml, FrontMatter frontMatter, Object definition) {
	}

	private Optional<Parsed> readEntry(ContentFile file, String kind, List<ContentProblem> problems) {
		Optional<FrontMatter> split = FrontMatter.split(file.text());
		if (split.isEmpty()) {
			problems.add(new ContentProblem(file.path(), 1,
					"no front matter: the file must start with a line '---' and the YAML block must end with one"));
			return Optional.empty();
		}
		FrontMatter fm = split.get();
		YamlDocument yaml;
		try {
			yaml = YamlDocument.read(fm.yaml(), FrontMatter.YAML_FIRST_LINE);
		}
		catch (YamlDocument.YamlSyntaxException ex) {
			problems.add(new ContentProblem(file.path(), ex.line(), "yaml: " + ex.getMessage()));
			return Optional.empty();
		}
		if (yaml.root() == null || !yaml.root().isObject()) {
			problems.add(new ContentProblem(file.path(), FrontMatter.YAML_FIRST_LINE,
					"front matter must be a map of fields"));
			return Optional.empty();
		}
		Fields f = new Fields(file, yaml, problems);
		Object definition = switch (kind) {
			case "message" -> new MessageReader(f, file, fm).read();
			case "flow" -> readFlow(f, file, fm);
			default -> readHeader(f, file, fm);
		};
		if (fm.body().isBlank() || WORD.matcher(fm.body()).results().count() < ContentRules.MIN_BODY_WORDS) {
			problems.add(new ContentProblem(file.path(), fm.bodyFirstLine(), "body has fewer than "
					+ ContentRules.MIN_BODY_WORDS + " words: it must explain the message in at least a paragraph"));
		}
		return Optional.of(new Parsed(file, yaml, fm, definition));
	}

	/** Reads one message entry's fields, adding a problem for each missing or mistyped one. */
	private final class MessageReader {

		private final Fields f;

		private final ContentFile file;

		private final FrontMatter fm;

		MessageReader(Fields f, ContentFile file, FrontMatter fm) {
			this.f = f;
			this.file = file;
			this.fm = fm;
		}

		MessageDefinition read() {
			String protocol = f.text("protocol");
			if (protocol != null && !ContentRules.PROTOCOLS.contains(protocol)) {
				f.problem("/protocol", "protocol '" + protocol + "' is not one of " + new TreeSet<>(ContentRules.PROTOCOLS));
			}
			if (protocol != null && !protocol.equals(file.parentDirectory())) {
				f.problem("/protocol", "protocol '" + protocol + "' but the file is under '" + file.parentDirectory() + "/'");
			}
			String kindId = f.text("kind");
			MessageKind kind = kindId == null ? null : MessageKind.fromId(kindId).orElse(null);
			if (kindId != null && kind == null) {
				f.problem("/kind", "kind '" + kindId + "' is not one of request, provisional, success, redirection, "
						+ "client-failure, server-failure, global-failure");
			}
			Integer code = null;
			String reason = null;
			String method = null;
			JsonNode root = f.yaml.root();
			if (root.has("code") || (kind != null && kind != MessageKind.REQUEST)) {
				code = f.integer("code");
				reason = f.text("reason");
				checkResponseIdentity(code, reason, kind);
			}
			else {
				method = f.text("method");
				checkRequestIdentity(method, kind);
			}
			List<Direction> directions = readDirections();
			List<String> interfaces = f.vocabulary("interfaces", ContentRules.INTERFACES, true);
			List<SpecReference> specs = readSpecs(code, method);
			String example = f.text("example");
			List<InformationElement> ies = readInformationElements();
			if (example != null && ies != null) {
				checkExample(example, ies);
			}
			// previous, next and procedures come from the flows; an entry may still give them for messages no flow uses
			List<String> next = f.optionalList("next");
			String nextNote = f.optionalText("next_note");
			return new MessageDefinition(protocol, file.baseName(), kind, code, reason, method, f.text("title"),
					f.text("full_name"), f.text("summary"), f.vocabulary("technology", ContentRules.TECHNOLOGIES, true),
					f.vocabulary("deployments", ContentRules.DEPLOYMENTS, true), directions, interfaces,
					f.text("bearer"), f.list("triggers", true), f.text("purpose"), specs, f.text("introduced"),
					f.text("security"), f.text("syntax"), example, ies, readTroubleshooting(),
					f.optionalList("previous"), next, nextNote, f.optionalList("procedures"), f.list("related", false),
					markdown.render(fm.body()), file.path());
		}

		private void checkResponseIdentity(Integer code, String reason, MessageKind kind) {
			if (code == null) {
				return;
			}
			Optional<SipRegistry.ResponseCode> registered = registry.responseCode(code);
			if (registered.isEmpty()) {
				f.problem("/code", "code " + code + " is not in the IANA response code registry");
				return;
			}
			String phrase = registered.get().reasonPhrase();
			if (reason != null && !reason.equals(phrase)) {
				f.problem("/reason", "reason '" + reason + "' should be the registered phrase '" + phrase + "'");
			}
			String slug = Slugs.ofResponse(code, phrase);
			if (!slug.equals(file.baseName())) {
				f.problem("", "file name should be " + slug + ".md for " + code + " " + phrase);
			}
			MessageKind expected = MessageKind.ofStatusCode(code).orElseThrow();
			if (kind != null && kind != expected) {
				f.problem("/kind", "kind '" + kind.id() + "' but " + code + " is a " + expected.id() + " response");
			}
		}

		private void checkRequestIdentity(String method, MessageKind kind) {
			if (method == null) {
				return;
			}
			if (registry.method(method).isEmpty()) {
				f.problem("/method", "method '" + method + "' is not in the IANA method registry");
			}
			if (!Slugs.ofRequest(method).equals(file.baseName())) {
				f.problem("", "file name should be " + Slugs.ofRequest(method) + ".md for " + method);
			}
			if (kind != null && kind != MessageKind.REQUEST) {
				f.problem("/kind", "kind '" + kind.id() + "' but an entry with a method is a request");
			}
		}

		private List<Direction> readDirections() {
			List<Direction> out = new ArrayList<>();
			JsonNode node = f.array("directions", true);
			if (node == null) {
				return out;
			}
			for (int i = 0; i < node.size(); i++) {
				String at = "/directions/" + i;
				String from = f.textAt(at + "/from", true);
				String to = f.textAt(at + "/to", true);
				String when = f.textAt(at + "/when", true);
				for (String n : new String[] { from, to }) {
					if (n != null && !ContentRules.NODES.contains(n)) {
						f.problem(at, "node '" + n + "' is not one of " + new TreeSet<>(ContentRules.NODES));
					}
				}
				out.add(new Direction(from, to, when));
			}
			return out;
		}

		private List<SpecReference> readSpecs(Integer code, String method) {
			String definingRfc = code != null ? registry.responseCode(code).map(SipRegistry.ResponseCode::reference).orElse(null)
					: method != null ? registry.method(method).map(SipRegistry.Method::reference).orElse(null) : null;
			return ContentValidator.readSpecs(f, definingRfc);
		}

		private List<InformationElement> readInformationElements() {
			JsonNode node = f.array("ies", true);
			if (node == null) {
				return null;
			}
			List<InformationElement> out = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < node.size(); i++) {
				String at = "/ies/" + i;
				String name = f.textAt(at + "/name", true);
				String presenceText = f.textAt(at + "/presence", true);
				String condition = f.textAt(at + "/condition", false);
				String description = f.textAt(at + "/description", true);
				String inPractice = f.textAt(at + "/in_practice", true);
				if (name != null) {
					boolean pseudo = ContentRules.PSEUDO_ELEMENTS.contains(name);
					Optional<SipRegistry.HeaderField> header = registry.header(name);
					if (!pseudo && (header.isEmpty() || !header.get().name().equals(name))) {
						f.problem(at + "/name", header.map(h -> "ie '" + name + "' should be written '" + h.name() + "'")
							.orElse("ie '" + name + "' is not a registered header field (nor Status-Line, "
									+ "Request-Line, Message body)"));
					}
					if (!seen.add(name.toLowerCase(Locale.ROOT))) {
						f.problem(at + "/name", "ie '" + name + "' has two rows");
					}
				}
				Presence presence = null;
				if (presenceText != null) {
					try {
						presence = Presence.valueOf(presenceText.toUpperCase(Locale.ROOT));
					}
					catch (IllegalArgumentException ex) {
						f.problem(at + "/presence",
								"presence '" + presenceText + "' is not mandatory, optional or conditional");
					}
				}
				if (presence == Presence.CONDITIONAL && condition == null) {
					f.problem(at + "/presence", "ie '" + name + "' is conditional: give its condition");
				}
				out.add(new InformationElement(name, presence, condition, description, inPractice));
			}
			return out;
		}

		/** Every header of the example needs an IE row, and its Content-Length must be true. */
		private void checkExample(String example, List<InformationElement> ies) {
			Set<String> rows = new HashSet<>();
			ies.stream().filter(ie -> ie.name() != null).forEach(ie -> rows.add(ie.name().toLowerCase(Locale.ROOT)));
			String text = example.replace("\r\n", "\n");
			int blank = text.indexOf("\n\n");
			String head = blank < 0 ? text : text.substring(0, blank);
			String body = blank < 0 ? "" : text.substring(blank + 2);
			String[] lines = head.split("\n");
			for (int i = 1; i < lines.length; i++) {
				String line = lines[i];
				int colon = line.indexOf(':');
				if (line.isEmpty() || line.charAt(0) == ' ' || line.charAt(0) == '\t' || colon <= 0) {
					continue;
				}
				String name = line.substring(0, colon).trim();
				Optional<SipRegistry.HeaderField> header = registry.header(name);
				if (header.isEmpty()) {
					f.problem("/example", "example header '" + name + "' is not a registered header field");
				}
				else if (!rows.contains(header.get().name().toLowerCase(Locale.ROOT))) {
					f.problem("/example", "example carries " + header.get().name() + " but ies has no row for it");
				}
			}
			if (!body.isBlank() && !rows.contains("message body")) {
				f.problem("/example", "example has a body but ies has no 'Message body' row");
			}
			Matcher m = CONTENT_LENGTH.matcher(head);
			if (m.find()) {
				long declared = Long.parseLong(m.group(1));
				long actual = crlfLength(body);
				if (declared != actual) {
					f.problem("/example", "content-length " + declared + " declared, " + actual
							+ " bytes in the example body (counted with CRLF line ends)");
				}
			}
		}

		private Troubleshooting readTroubleshooting() {
			JsonNode node = f.yaml.root().get("troubleshooting");
			if (node == null || !node.isObject()) {
				f.problem("/troubleshooting", "missing troubleshooting (causes, inspect, next_step)");
				return new Troubleshooting(List.of(), List.of(), null);
			}
			return new Troubleshooting(f.listAt("/troubleshooting/causes", true),
					f.listAt("/troubleshooting/inspect", true), f.textAt("/troubleshooting/next_step", true));
		}

	}

	/**
	 * Reads the specs list; when the registry names a defining document, one row must cite it.
	 */
	private static List<SpecReference> readSpecs(Fields f, String definingReference) {
		List<SpecReference> out = new ArrayList<>();
		JsonNode node = f.array("specs", true);
		if (node == null) {
			return out;
		}
		for (int i = 0; i < node.size(); i++) {
			String at = "/specs/" + i;
			String doc = f.textAt(at + "/doc", true);
			String section = f.textAt(at + "/section", true);
			String about = f.textAt(at + "/about", true);
			if (doc != null && !ContentRules.SPEC_DOCUMENT.matcher(doc).matches()) {
				f.problem(at + "/doc", "spec '" + doc + "' is not written 'RFC 3261' or '3GPP TS 24.229'");
			}
			if (section != null && !ContentRules.SPEC_SECTION.matcher(section).matches()) {
				f.problem(at + "/section",
						"section '" + section + "' is not a section number such as 21.6.4, 5.4.3.2 or Annex A");
			}
			out.add(new SpecReference(doc, section, about));
		}
		if (definingReference != null && !out.isEmpty()) {
			Set<String> cited = new HashSet<>();
			out.forEach(s -> cited.add(s.doc()));
			boolean citesOne = List.of(definingReference.split("; ")).stream()
				// registry references carry versions ("3GPP TS 24.229 v16.7.0") and notes ("RFC 6873 (name reserved …)")
				.map(r -> r.replaceFirst("\\s*\\(.*\\)$", "").replaceFirst(" v[0-9.]+$", ""))
				.anyMatch(cited::contains);
			if (!citesOne) {
				f.problem("/specs", "specs must cite the defining document from the IANA registry: " + definingReference);
			}
		}
		return out;
	}

	private FlowDefinition readFlow(Fields f, ContentFile file, FrontMatter fm) {
		if (!file.baseName().equals(Slugs.kebab(file.baseName()))) {
			f.problem("", "file name should be " + Slugs.kebab(file.baseName()) + ".md (lower case, hyphens)");
		}
		String family = f.text("family");
		if (family != null && !ContentRules.FLOW_FAMILIES.contains(family)) {
			f.problem("/family", "family '" + family + "' is not one of " + new TreeSet<>(ContentRules.FLOW_FAMILIES));
		}
		List<FlowDefinition.Participant> participants = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		JsonNode pnode = f.array("participants", true);
		for (int i = 0; pnode != null && i < pnode.size(); i++) {
			String at = "/participants/" + i;
			String id = f.textAt(at + "/id", true);
			String label = f.textAt(at + "/label", true);
			String node = f.textAt(at + "/node", true);
			if (id != null && !ids.add(id)) {
				f.problem(at + "/id", "participant id '" + id + "' is used twice");
			}
			if (node != null && !ContentRules.NODES.contains(node) && !ContentRules.EXTRA_NODES.contains(node)) {
				f.problem(at + "/node", "node '" + node + "' is not a known IMS node");
			}
			participants.add(new FlowDefinition.Participant(id, label, node));
		}
		List<FlowDefinition.Step> steps = new ArrayList<>();
		JsonNode snode = f.array("steps", true);
		for (int i = 0; snode != null && i < snode.size(); i++) {
			String at = "/steps/" + i;
			String from = f.textAt(at + "/from", true);
			String to = f.textAt(at + "/to", true);
			String message = f.textAt(at + "/message", false);
			String label = f.textAt(at + "/label", true);
			String note = f.textAt(at + "/note", false);
			for (String p : new String[] { from, to }) {
				if (p != null && !ids.contains(p)) {
					f.problem(at, "step " + (i + 1) + ": '" + p + "' is not a participant id of this flow");
				}
			}
			steps.add(new FlowDefinition.Step(from, to, message, label, note));
		}
		if (snode != null && snode.size() < 2) {
			f.problem("/steps", "a flow needs at least two steps");
		}
		return new FlowDefinition(file.baseName(), f.text("title"), family, f.text("summary"),
				f.vocabulary("technology", ContentRules.TECHNOLOGIES, true),
				f.vocabulary("deployments", ContentRules.DEPLOYMENTS, true), participants, steps, readSpecs(f, null),
				f.list("related", false), markdown.render(fm.body()), file.path());
	}

	private HeaderDefinition readHeader(Fields f, ContentFile file, FrontMatter fm) {
		String name = f.text("name");
		String compact = f.textAt("/compact_form", false);
		String status = f.text("status");
		String reference = null;
		if (name != null) {
			Optional<SipRegistry.HeaderField> field = registry.header(name);
			if (field.isEmpty() || !field.get().name().equalsIgnoreCase(name)) {
				f.problem("/name", "header '" + name + "' is not in the IANA header field registry");
			}
			else {
				SipRegistry.HeaderField h = field.get();
				reference = h.reference();
				if (!h.name().equals(name)) {
					f.problem("/name", "name should be written '" + h.name() + "'");
				}
				if (!Slugs.kebab(h.name()).equals(file.baseName())) {
					f.problem("", "file name should be " + Slugs.kebab(h.name()) + ".md");
				}
				if (!h.compactForm().equals(compact == null ? "" : compact)) {
					f.problem("/compact_form", "compact_form should be '" + h.compactForm() + "' as registered");
				}
				if (status != null && !status.equals(h.status())) {
					f.problem("/status", "status '" + status + "' but the registry says '" + h.status() + "'");
				}
			}
		}
		if (status != null && !ContentRules.HEADER_STATUS.contains(status)) {
			f.problem("/status", "status '" + status + "' is not active, deprecated or reserved");
		}
		List<HeaderDefinition.Usage> usedIn = new ArrayList<>();
		JsonNode unode = f.array("used_in", true);
		for (int i = 0; unode != null && i < unode.size(); i++) {
			String at = "/used_in/" + i;
			String message = f.textAt(at + "/message", true);
			String presence = f.textAt(at + "/presence", true);
			String condition = f.textAt(at + "/condition", false);
			if (message != null && registry.method(message).isEmpty()
					&& !(message.matches("[1-6][0-9][0-9]") && registry.responseCode(Integer.parseInt(message)).isPresent())
					&& !ContentRules.RESPONSE_CLASS.matcher(message).matches()
					&& !message.equals("all requests") && !message.equals("all responses")) {
				f.problem(at + "/message", "used_in '" + message + "' is not a method, a registered status code, "
						+ "a class such as 2xx, 'all requests' or 'all responses'");
			}
			if (presence != null && !ContentRules.HEADER_PRESENCE.contains(presence)) {
				f.problem(at + "/presence", "presence '" + presence + "' is not one of "
						+ new TreeSet<>(ContentRules.HEADER_PRESENCE));
			}
			if ("conditional".equals(presence) && condition == null) {
				f.problem(at + "/presence", "used_in '" + message + "' is conditional: give its condition");
			}
			usedIn.add(new HeaderDefinition.Usage(message, presence, condition));
		}
		List<HeaderDefinition.NodeRole> nodes = new ArrayList<>();
		JsonNode nnode = f.array("nodes", false);
		for (int i = 0; nnode != null && i < nnode.size(); i++) {
			String at = "/nodes/" + i;
			String node = f.textAt(at + "/node", true);
			String action = f.textAt(at + "/action", true);
			String when = f.textAt(at + "/when", true);
			if (node != null && !ContentRules.NODES.contains(node) && !ContentRules.EXTRA_NODES.contains(node)) {
				f.problem(at + "/node", "node '" + node + "' is not a known IMS node");
			}
			if (action != null && !ContentRules.HEADER_ACTIONS.contains(action)) {
				f.problem(at + "/action", "action '" + action + "' is not one of " + new TreeSet<>(ContentRules.HEADER_ACTIONS));
			}
			nodes.add(new HeaderDefinition.NodeRole(node, action, when));
		}
		return new HeaderDefinition(file.baseName(), name, compact == null ? "" : compact, status, f.text("summary"),
				readSpecs(f, reference), f.text("syntax"), usedIn, f.text("ims_usage"), nodes,
				f.list("mistakes", true), f.text("example"), f.list("related", false), markdown.render(fm.body()),
				file.path());
	}

	/** Body length as sent: every line ends in CRLF, the last one included. */
	static long crlfLength(String body) {
		if (body.isBlank()) {
			return 0;
		}
		String trimmed = body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
		long bytes = trimmed.getBytes(StandardCharsets.UTF_8).length;
		long lineCount = trimmed.chars().filter(c -> c == '\n').count() + 1;
		return bytes + lineCount * 2 - (lineCount - 1);
	}

	private void checkLinks(List<Parsed> parsed, List<ContentProblem> problems) {
		Set<String> messages = new HashSet<>();
		Set<String> flows = new HashSet<>();
		Set<String> headers = new HashSet<>();
		for (Parsed p : parsed) {
			if (p.definition() instanceof MessageDefinition d) {
				messages.add(d.protocol() + "/" + d.slug());
			}
			else if (p.definition() instanceof FlowDefinition d) {
				flows.add(d.slug());
			}
			else if (p.definition() instanceof HeaderDefinition d) {
				headers.add(d.slug());
			}
		}
		for (Parsed p : parsed) {
			if (p.definition() instanceof MessageDefinition d) {
				links(p, "previous", d.previous(), s -> messages.contains(d.protocol() + "/" + s), d.slug(),
						"content/messages/" + d.protocol() + "/", problems);
				links(p, "next", d.next(), s -> messages.contains(d.protocol() + "/" + s), d.slug(),
						"content/messages/" + d.protocol() + "/", problems);
				links(p, "related", d.related(), s -> messages.contains(d.protocol() + "/" + s), d.slug(),
						"content/messages/" + d.protocol() + "/", problems);
			}
			else if (p.definition() instanceof FlowDefinition d) {
				links(p, "related", d.related(), flows::contains, d.slug(), "content/flows/", problems);
				for (int i = 0; i < d.steps().size(); i++) {
					String m = d.steps().get(i).message();
					if (m != null && !messages.contains("ims/" + m)) {
						problems.add(new ContentProblem(p.file().path(), p.yaml().line("/steps/" + i + "/message"),
								"step " + (i + 1) + ": no message entry '" + m + "' under content/messages/ims/"));
					}
				}
			}
			else if (p.definition() instanceof HeaderDefinition d) {
				links(p, "related", d.related(), headers::contains, d.slug(), "content/headers/", problems);
			}
		}
	}

	private static void links(Parsed p, String field, List<String> slugs, java.util.function.Predicate<String> exists,
			String self, String where, List<ContentProblem> problems) {
		if (slugs == null) {
			return;
		}
		for (int i = 0; i < slugs.size(); i++) {
			String slug = slugs.get(i);
			if (!exists.test(slug)) {
				problems.add(new ContentProblem(p.file().path(), p.yaml().line("/" + field + "/" + i),
						field + ": no entry '" + slug + "' under " + where));
			}
			else if (slug.equals(self) && field.equals("related")) {
				problems.add(new ContentProblem(p.file().path(), p.yaml().line("/" + field + "/" + i),
						"related: an entry is not related to itself"));
			}
		}
	}

	/** A sentence that stands in more than three entries is boilerplate, and boilerplate says nothing. */
	private void checkRepeatedSentences(List<Parsed> parsed, List<ContentProblem> problems) {
		Map<String, Map<Parsed, String>> bySentence = new LinkedHashMap<>();
		for (Parsed p : parsed) {
			Set<String> textOfEntry = new LinkedHashSet<>();
			collectText(p.yaml().root(), textOfEntry);
			textOfEntry.add(p.frontMatter().body());
			for (String text : textOfEntry) {
				for (String sentence : SENTENCE_END.split(text.replaceAll("\\s+", " "))) {
					String key = normalize(sentence);
					if (!key.isEmpty()) {
						bySentence.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(p, sentence);
					}
				}
			}
		}
		bySentence.forEach((key, where) -> {
			if (where.size() > ContentRules.MAX_ENTRIES_PER_SENTENCE) {
				List<String> names = where.keySet().stream().map(p -> p.file().baseName()).toList();
				where.forEach((p, original) -> problems.add(new ContentProblem(p.file().path(),
						lineOf(p.file().text(), original), "sentence repeated in " + where.size() + " entries "
								+ names + ", at most " + ContentRules.MAX_ENTRIES_PER_SENTENCE + " allowed: \""
								+ abbreviate(original) + "\"")));
			}
		});
	}

	private static void collectText(JsonNode node, Set<String> out) {
		if (node == null) {
			return;
		}
		if (node.isString()) {
			out.add(node.stringValue());
		}
		else if (node.isContainer()) {
			for (JsonNode child : node.values()) {
				collectText(child, out);
			}
		}
	}

	private static String normalize(String sentence) {
		List<String> words = WORD.matcher(sentence.toLowerCase(Locale.ROOT)).results().map(java.util.regex.MatchResult::group).toList();
		return words.size() >= ContentRules.MIN_SENTENCE_WORDS ? String.join(" ", words) : "";
	}

	private static int lineOf(String text, String sentence) {
		String[] words = sentence.trim().split("\\s+");
		String probe = String.join(" ", List.of(words).subList(0, Math.min(3, words.length)));
		int at = text.indexOf(probe);
		return at < 0 ? 1 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
	}

	private static String abbreviate(String s) {
		String t = s.trim();
		return t.length() <= 90 ? t : t.substring(0, 87) + "...";
	}

	/** Typed access to front-matter fields that records a problem, with its line, for each bad one. */
	private static final class Fields {

		private final ContentFile file;

		private final YamlDocument yaml;

		private final List<ContentProblem> problems;

		Fields(ContentFile file, YamlDocument yaml, List<ContentProblem> problems) {
			this.file = file;
			this.yaml = yaml;
			this.problems = problems;
		}

		void problem(String pointer, String message) {
			problems.add(new ContentProblem(file.path(), yaml.line(pointer), message));
		}

		String text(String field) {
			return textAt("/" + field, true);
		}

		String optionalText(String field) {
			return textAt("/" + field, false);
		}

		String textAt(String pointer, boolean required) {
			JsonNode node = yaml.root().at(pointer);
			if (node.isMissingNode() || node.isNull() || (node.isString() && node.stringValue().isBlank())) {
				if (required) {
					problem(pointer, "missing " + name(pointer));
				}
				return null;
			}
			if (node.isIntegralNumber()) {
				return node.asString();
			}
			if (!node.isString()) {
				problem(pointer, name(pointer) + " should be text, found " + describe(node) + hint(node));
				return null;
			}
			return node.stringValue().strip();
		}

		Integer integer(String field) {
			JsonNode node = yaml.root().get(field);
			if (node == null || node.isNull()) {
				problem("/" + field, "missing " + field);
				return null;
			}
			if (!node.isInt()) {
				problem("/" + field, field + " should be a whole number, found " + describe(node));
				return null;
			}
			return node.intValue();
		}

		JsonNode array(String field, boolean nonEmpty) {
			JsonNode node = yaml.root().get(field);
			if (node == null || node.isNull()) {
				problem("/" + field, "missing " + field);
				return null;
			}
			if (!node.isArray()) {
				problem("/" + field, field + " should be a list, found " + describe(node));
				return null;
			}
			if (nonEmpty && node.isEmpty()) {
				problem("/" + field, field + " is empty");
			}
			return node;
		}

		List<String> optionalList(String field) {
			JsonNode node = yaml.root().get(field);
			return node == null || node.isNull() ? List.of() : listAt("/" + field, false);
		}

		List<String> list(String field, boolean nonEmpty) {
			return listAt("/" + field, nonEmpty);
		}

		List<String> listAt(String pointer, boolean nonEmpty) {
			JsonNode node = yaml.root().at(pointer);
			if (node.isMissingNode() || node.isNull()) {
				problem(pointer, "missing " + name(pointer));
				return null;
			}
			if (!node.isArray()) {
				problem(pointer, name(pointer) + " should be a list, found " + describe(node));
				return null;
			}
			if (nonEmpty && node.isEmpty()) {
				problem(pointer, name(pointer) + " is empty");
			}
			List<String> out = new ArrayList<>();
			for (int i = 0; i < node.size(); i++) {
				String item = textAt(pointer + "/" + i, true);
				if (item != null) {
					out.add(item);
				}
			}
			return out;
		}

		List<String> vocabulary(String field, Set<String> allowed, boolean nonEmpty) {
			List<String> values = list(field, nonEmpty);
			if (values != null) {
				for (int i = 0; i < values.size(); i++) {
					if (!allowed.contains(values.get(i))) {
						problem("/" + field + "/" + i,
								field + " '" + values.get(i) + "' is not one of " + new TreeSet<>(allowed));
					}
				}
			}
			return values;
		}

		/** YAML turns 16.7 into a number (and 21.10 into 21.1) and "a: b" into a map: say how to keep it text. */
		private static String hint(JsonNode node) {
			if (node.isNumber()) {
				return " (" + node + "): quote it, e.g. '" + node + "', or YAML may change it (21.10 becomes 21.1)";
			}
			if (node.isObject()) {
				return ": a plain YAML line containing ': ' is read as a map; quote the text or write it with >-";
			}
			return "";
		}

		private static String name(String pointer) {
			return pointer.substring(1).replace('/', '.');
		}

		private static String describe(JsonNode node) {
			return node.isArray() ? "a list" : node.isObject() ? "a map" : node.isNumber() ? "a number"
					: node.isBoolean() ? "true/false" : "'" + node + "'";
		}

	}

}
