package dev.sigref.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

import dev.sigref.catalog.Catalog;
import dev.sigref.catalog.CatalogSnapshot;

@Controller
class HomeController {

	/** The entries engineers open most when a VoLTE call or registration fails. */
	static final List<String> MOST_USED = List.of("invite", "register", "prack", "update", "bye", "cancel",
			"100-trying", "183-session-progress", "180-ringing", "200-ok", "401-unauthorized", "403-forbidden",
			"404-not-found", "408-request-timeout", "480-temporarily-unavailable", "486-busy-here",
			"487-request-terminated", "488-not-acceptable-here", "503-service-unavailable", "580-precondition-failure",
			"603-decline", "604-does-not-exist-anywhere");

	private final Catalog catalog;

	private final PageCaching caching;

	HomeController(Catalog catalog, PageCaching caching) {
		this.catalog = catalog;
		this.caching = caching;
	}

	@GetMapping("/")
	String showHome(Model model, WebRequest request) {
		CatalogSnapshot snapshot = catalog.snapshot();
		if (caching.notModified(request, snapshot, "home")) {
			return null;
		}
		model.addAttribute("families", snapshot.families());
		model.addAttribute("mostUsed", MOST_USED.stream()
			.map(slug -> snapshot.find("ims", slug))
			.flatMap(Optional::stream)
			.toList());
		model.addAttribute("entryCount", snapshot.entries().size());
		return "home";
	}

}
