package dev.sigref.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Every entry of one content version, with the indexes pages need. Immutable. */
public final class CatalogSnapshot {

	private static final Comparator<MessageDefinition> ORDER = Comparator
		.comparing((MessageDefinition d) -> d.isRequest() ? 0 : 1)
		.thenComparing(d -> d.isRequest() ? d.method() : String.format("%03d", d.code()));

	private static final Pattern TAGS = Pattern.compile("<[^>]+>");

	private final String version;

	private final List<MessageDefinition> entries;

	private final Map<String, MessageDefinition> byPath = new HashMap<>();

	private final Map<MessageDefinition, String> searchText = new HashMap<>();

	private final List<FlowDefinition> flows;

	private final Map<String, FlowDefinition> flowsBySlug = new HashMap<>();

	private final List<HeaderDefinition> headers;

	private final Map<String, HeaderDefinition> headersBySlug = new HashMap<>();

	private final Map<String, List<FlowDefinition>> flowsByMessage = new HashMap<>();

	private final Map<String, List<String>> previousByMessage = new HashMap<>();

	private final Map<String, List<String>> nextByMessage = new HashMap<>();

	public CatalogSnapshot(String version, List<MessageDefinition> definitions) {
		this(version, definitions, List.of(), List.of());
	}

	public CatalogSnapshot(String version, List<MessageDefinition> definitions, List<FlowDefinition> flows,
			List<HeaderDefinition> headers) {
		this.version = version;
		this.entries = definitions.stream().sorted(ORDER).toList();
		for (MessageDefinition d : entries) {
			byPath.put(d.protocol() + "/" + d.slug(), d);
			searchText.put(d, indexText(d));
		}
		this.flows = flows.stream()
			.sorted(Comparator.comparing(FlowDefinition::family).thenComparing(FlowDefinition::title))
			.toList();
		this.flows.forEach(f -> flowsBySlug.put(f.slug(), f));
		this.headers = headers.stream().sorted(Comparator.comparing(h -> h.name().toLowerCase(Locale.ROOT))).toList();
		this.headers.forEach(h -> headersBySlug.put(h.slug(), h));
		deriveFromFlows();
	}

	/** Where each message stands in the stored procedures: which flows use it, what comes before and after it. */
	private void deriveFromFlows() {
		for (FlowDefinition flow : flows) {
			List<String> sip = flow.messageSlugs();
			for (int i = 0; i < sip.size(); i++) {
				String slug = sip.get(i);
				List<FlowDefinition> using = flowsByMessage.computeIfAbsent(slug, k -> new ArrayList<>());
				if (!using.contains(flow)) {
					using.add(flow);
				}
				if (i > 0 && !sip.get(i - 1).equals(slug)) {
					addOnce(previousByMessage, slug, sip.get(i - 1));
				}
				if (i + 1 < sip.size() && !sip.get(i + 1).equals(slug)) {
					addOnce(nextByMessage, slug, sip.get(i + 1));
				}
			}
		}
	}

	private static void addOnce(Map<String, List<String>> map, String key, String value) {
		List<String> list = map.computeIfAbsent(key, k -> new ArrayList<>());
		if (!list.contains(value)) {
			list.add(value);
		}
	}

	public List<FlowDefinition> flows() {
		return flows;
	}

	public Optional<FlowDefinition> findFlow(String slug) {
		return Optional.ofNullable(flowsBySlug.get(slug));
	}

	public List<HeaderDefinition> headers() {
		return headers;
	}

	public Optional<HeaderDefinition> findHeader(String slug) {
		return Optional.ofNullable(headersBySlug.get(slug));
	}

	/** The flows in which this message is a step. */
	public List<FlowDefinition> flowsUsing(MessageDefinition message) {
		return flowsByMessage.getOrDefault(message.slug(), List.of());
	}

	/**
	 * The messages that come just before this one in the stored flows; for a message no flow uses, the entry's own
	 * list.
	 */
	public List<MessageDefinition> previousOf(MessageDefinition message) {
		return resolve(message, previousByMessage.get(message.slug()), message.previous());
	}

	/** The messages that come just after this one in the stored flows, or the entry's own list. */
	public List<MessageDefinition> nextOf(MessageDefinition message) {
		return resolve(message, nextByMessage.get(message.slug()), message.next());
	}

	private List<MessageDefinition> resolve(MessageDefinition message, List<String> derived, List<String> typed) {
		List<String> slugs = derived != null ? derived : typed == null ? List.of() : typed;
		return slugs.stream().map(s -> find(message.protocol(), s)).flatMap(Optional::stream).toList();
	}

	/** The content version: the ETag of every page rendered from this snapshot. */
	public String version() {
		return version;
	}

	public List<MessageDefinition> entries() {
		return entries;
	}

	public Optional<MessageDefinition> find(String protocol, String slug) {
		return Optional.ofNullable(byPath.get(protocol + "/" + slug));
	}

	/** "604" finds the 604 entry, "invite" or "INVITE" the INVITE entry; anything else finds nothing. */
	public Optional<MessageDefinition> findByKey(String key) {
		String k = key.trim();
		return entries.stream().filter(d -> d.key().equalsIgnoreCase(k)).findFirst();
	}

	/** Protocol families present, in order, with their entry counts. */
	public Map<String, Long> families() {
		Map<String, Long> out = new LinkedHashMap<>();
		entries.forEach(d -> out.merge(d.protocol(), 1L, Long::sum));
		return out;
	}

	public List<MessageDefinition> filter(CatalogFilter filter) {
		return entries.stream().filter(filter::matches).filter(d -> filter.matchesText(searchText.get(d))).toList();
	}

	/** Entries, headers and flows that mention every word of the query, best first: title, header rows, text. */
	public List<SearchHit> search(String query) {
		List<String> terms = CatalogFilter.terms(query);
		if (terms.isEmpty()) {
			return List.of();
		}
		String q = String.join(" ", terms);
		List<SearchHit> hits = new ArrayList<>();
		for (HeaderDefinition h : headers) {
			String name = h.name().toLowerCase(Locale.ROOT);
			String text = (name + " " + h.summary() + " " + h.imsUsage() + " " + h.syntax()).toLowerCase(Locale.ROOT);
			if (terms.stream().allMatch(text::contains)) {
				int score = name.equals(q) || h.compactForm().equalsIgnoreCase(q) ? 1000 : name.contains(q) ? 90 : 5;
				hits.add(new SearchHit(h.name(), h.url(), "Header field", h.summary(), score));
			}
		}
		for (FlowDefinition f : flows) {
			String title = f.title().toLowerCase(Locale.ROOT);
			String text = (title + " " + f.summary() + " " + String.join(" ", f.steps().stream().map(FlowDefinition.Step::label).toList())
					+ " " + TAGS.matcher(f.bodyHtml()).replaceAll(" ")).toLowerCase(Locale.ROOT);
			if (terms.stream().allMatch(text::contains)) {
				hits.add(new SearchHit(f.title(), f.url(), "Call flow", f.summary(), title.contains(q) ? 95 : 8));
			}
		}
		for (MessageDefinition d : entries) {
			String text = searchText.get(d);
			if (!terms.stream().allMatch(text::contains)) {
				continue;
			}
			int score = 0;
			String title = (d.title() + " " + d.fullName()).toLowerCase(Locale.ROOT);
			if (title.contains(q)) {
				score += 100;
			}
			for (String t : terms) {
				if (title.contains(t)) {
					score += 20;
				}
				if (d.ies() != null && d.ies().stream().anyMatch(ie -> ie.name().equalsIgnoreCase(t))) {
					score += 10;
				}
				score += Math.min(10, occurrences(text, t));
			}
			hits.add(new SearchHit(d.title(), d.url(), d.kind().label(), d.summary(), score));
		}
		hits.sort(Comparator.comparingInt(SearchHit::score).reversed());
		return hits;
	}

	/** Entries whose slug is close to a slug that does not exist: for the 404 page. */
	public List<MessageDefinition> suggestionsFor(String slug) {
		String wanted = slug.toLowerCase(Locale.ROOT);
		String head = wanted.split("-")[0];
		return entries.stream()
			.map(d -> Map.entry(d, similarity(wanted, head, d)))
			.filter(e -> e.getValue() > 0)
			.sorted(Map.Entry.<MessageDefinition, Integer>comparingByValue().reversed())
			.limit(5)
			.map(Map.Entry::getKey)
			.toList();
	}

	/** One search result of any kind: a message entry, a header entry or a call flow. */
	public record SearchHit(String title, String url, String kind, String summary, int score) {
	}

	private static int similarity(String wanted, String head, MessageDefinition d) {
		String slug = d.slug();
		if (!head.isEmpty() && slug.split("-")[0].equals(head)) {
			return 100;
		}
		if (!wanted.isEmpty() && (slug.contains(wanted) || wanted.contains(slug))) {
			return 80;
		}
		int distance = levenshtein(wanted, slug.length() > wanted.length() + 3 ? slug.substring(0, Math.min(slug.length(), wanted.length())) : slug);
		return distance <= 2 ? 60 - distance : 0;
	}

	private static int levenshtein(String a, String b) {
		int[] prev = new int[b.length() + 1];
		int[] cur = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			prev[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			cur[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		return prev[b.length()];
	}

	private static int occurrences(String text, String term) {
		int n = 0;
		for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length())) {
			n++;
		}
		return n;
	}

	private static String indexText(MessageDefinition d) {
		StringBuilder sb = new StringBuilder();
		for (Object o : List.of(nz(d.title()), nz(d.fullName()), nz(d.key()), nz(d.summary()), nz(d.purpose()),
				nz(d.bearer()), nz(d.introduced()), nz(d.security()), nz(d.example()))) {
			sb.append(o).append('\n');
		}
		d.triggers().forEach(t -> sb.append(t).append('\n'));
		d.interfaces().forEach(t -> sb.append(t).append('\n'));
		d.ies().forEach(ie -> sb.append(ie.name()).append('\n').append(nz(ie.description())).append('\n')
			.append(nz(ie.inPractice())).append('\n'));
		d.troubleshooting().causes().forEach(t -> sb.append(t).append('\n'));
		d.troubleshooting().inspect().forEach(t -> sb.append(t).append('\n'));
		d.specs().forEach(s -> sb.append(s.label()).append(' ').append(nz(s.about())).append('\n'));
		sb.append(TAGS.matcher(nz(d.bodyHtml())).replaceAll(" "));
		return sb.toString().toLowerCase(Locale.ROOT);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
