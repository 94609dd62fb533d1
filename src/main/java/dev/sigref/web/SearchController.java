package dev.sigref.web;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.sigref.catalog.Catalog;
import dev.sigref.catalog.CatalogSnapshot;
import dev.sigref.catalog.MessageDefinition;

@Controller
class SearchController {

	/** Longer queries are cut: nobody types more, and the scan stays cheap. */
	static final int MAX_QUERY_LENGTH = 200;

	private final Catalog catalog;

	SearchController(Catalog catalog) {
		this.catalog = catalog;
	}

	/** An exact code ("604") or method ("invite") jumps to its page; anything else lists what matches. */
	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, Model model) {
		String query = q.strip();
		if (query.length() > MAX_QUERY_LENGTH) {
			query = query.substring(0, MAX_QUERY_LENGTH);
		}
		CatalogSnapshot snapshot = catalog.snapshot();
		Optional<MessageDefinition> exact = snapshot.findByKey(query);
		if (exact.isPresent()) {
			return "redirect:" + exact.get().url();
		}
		model.addAttribute("query", query);
		model.addAttribute("hits", snapshot.search(query));
		return "search/results";
	}

}
