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

	public CatalogSnapshot(String version, List<MessageDefinition> definitions) {
		this.version = version;
		this.entries = definitions.stream().sorted(ORDER).toList();
		for (MessageDefinition d : entries) {
			byPath.put(d.protocol() + "/" + d.slug(), d);
			searchText.put(d, indexText(d));
		}
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

	/** Entries that mention every word of the query, best first: title, then header rows, then anywhere. */
	public List<SearchHit> search(String query) {
		List<String> terms = CatalogFilter.terms(query);
		if (terms.isEmpty()) {
			return List.of();
		}
		List<SearchHit> hits = new ArrayList<>();
		for (MessageDefinition d : entries) {
			String text = searchText.get(d);
			if (!terms.stream().allMatch(text::contains)) {
				continue;
			}
			int score = 0;
			String title = (d.title() + " " + d.fullName()).toLowerCase(Locale.ROOT);
			String q = String.join(" ", terms);
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
			hits.add(new SearchHit(d, score));
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

	public record SearchHit(MessageDefinition entry, int score) {
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
