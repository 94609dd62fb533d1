package dev.sigref.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The catalog page's filters, all optional: family, class ("1xx"… "6xx" or "requests"), direction ("from-ue",
 * "to-ue", "network"), interface, and free text.
 */
public record CatalogFilter(String family, String messageClass, String direction, String iface, String text) {

	public static final List<String> CLASSES = List.of("requests", "1xx", "2xx", "3xx", "4xx", "5xx", "6xx");

	public static final List<String> DIRECTIONS = List.of("from-ue", "to-ue", "network");

	boolean matches(MessageDefinition d) {
		if (present(family) && !family.equals(d.protocol())) {
			return false;
		}
		if (present(messageClass) && !messageClass.equals(d.messageClass())) {
			return false;
		}
		if (present(iface) && !d.interfaces().contains(iface)) {
			return false;
		}
		if (present(direction)) {
			boolean hit = switch (direction) {
				case "from-ue" -> d.directions().stream().anyMatch(MessageDefinition.Direction::fromUe);
				case "to-ue" -> d.directions().stream().anyMatch(MessageDefinition.Direction::toUe);
				case "network" -> d.directions().stream().anyMatch(x -> !x.fromUe() && !x.toUe());
				default -> true;
			};
			if (!hit) {
				return false;
			}
		}
		return true;
	}

	boolean matchesText(String indexText) {
		return terms(text).stream().allMatch(indexText::contains);
	}

	public boolean isEmpty() {
		return !present(family) && !present(messageClass) && !present(direction) && !present(iface) && !present(text);
	}

	static List<String> terms(String query) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		return Arrays.stream(query.toLowerCase(Locale.ROOT).trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
	}

	private static boolean present(String s) {
		return s != null && !s.isBlank();
	}

}
