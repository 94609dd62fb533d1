package dev.sigref.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.view.RedirectView;

import dev.sigref.catalog.Catalog;
import dev.sigref.catalog.CatalogSnapshot;
import dev.sigref.catalog.HeaderDefinition;
import dev.sigref.catalog.MessageDefinition;
import dev.sigref.catalog.SipRegistry;
import dev.sigref.catalog.Slugs;

@Controller
class HeaderController {

	private final Catalog catalog;

	private final PageCaching caching;

	HeaderController(Catalog catalog, PageCaching caching) {
		this.catalog = catalog;
		this.caching = caching;
	}

	@GetMapping("/headers")
	String listHeaders(Model model) {
		List<HeaderDefinition> headers = catalog.snapshot().headers();
		Map<String, List<HeaderDefinition>> byLetter = new TreeMap<>();
		for (HeaderDefinition h : headers) {
			byLetter.computeIfAbsent(h.name().substring(0, 1).toUpperCase(), k -> new java.util.ArrayList<>()).add(h);
		}
		model.addAttribute("byLetter", byLetter);
		model.addAttribute("total", headers.size());
		return "headers/list";
	}

	/** The entry; a compact form ({@code /headers/v}) or another spelling ({@code /headers/Via}) redirects to it. */
	@GetMapping("/headers/{slug}")
	Object showHeader(@PathVariable String slug, Model model, WebRequest request) {
		CatalogSnapshot snapshot = catalog.snapshot();
		Optional<HeaderDefinition> header = snapshot.findHeader(slug);
		if (header.isEmpty()) {
			String canonical = SipRegistry.get().header(slug).map(h -> Slugs.kebab(h.name())).orElse(Slugs.kebab(slug));
			if (!canonical.equals(slug) && snapshot.findHeader(canonical).isPresent()) {
				RedirectView redirect = new RedirectView("/headers/" + canonical);
				redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
				return redirect;
			}
			throw new HeaderNotFoundException(slug);
		}
		HeaderDefinition h = header.get();
		if (caching.notModified(request, snapshot, h.url())) {
			return null;
		}
		model.addAttribute("header", h);
		model.addAttribute("messages", messagesCarrying(snapshot, h));
		model.addAttribute("related", h.related().stream().map(snapshot::findHeader).flatMap(Optional::stream).toList());
		return "headers/show";
	}

	/** The message entries whose information-element table has a row for this header. */
	private static List<MessageDefinition> messagesCarrying(CatalogSnapshot snapshot, HeaderDefinition h) {
		return snapshot.entries().stream()
			.filter(m -> m.ies().stream().anyMatch(ie -> ie.name().equalsIgnoreCase(h.name())))
			.toList();
	}

}
