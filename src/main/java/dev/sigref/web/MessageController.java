package dev.sigref.web;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.view.RedirectView;

import dev.sigref.catalog.Catalog;
import dev.sigref.catalog.CatalogFilter;
import dev.sigref.catalog.CatalogSnapshot;
import dev.sigref.catalog.MessageDefinition;

@Controller
class MessageController {

	private final Catalog catalog;

	private final PageCaching caching;

	MessageController(Catalog catalog, PageCaching caching) {
		this.catalog = catalog;
		this.caching = caching;
	}

	@GetMapping("/messages")
	String listMessages(@RequestParam Optional<String> family, @RequestParam(name = "class") Optional<String> messageClass,
			@RequestParam Optional<String> direction, @RequestParam(name = "interface") Optional<String> iface,
			@RequestParam Optional<String> q, Model model) {
		CatalogSnapshot snapshot = catalog.snapshot();
		CatalogFilter filter = new CatalogFilter(family.orElse(null), messageClass.orElse(null),
				direction.orElse(null), iface.orElse(null), q.orElse(null));
		List<MessageDefinition> entries = snapshot.filter(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("entries", entries);
		model.addAttribute("total", snapshot.entries().size());
		model.addAttribute("families", snapshot.families().keySet());
		model.addAttribute("classes", CatalogFilter.CLASSES);
		model.addAttribute("directions", CatalogFilter.DIRECTIONS);
		model.addAttribute("interfaces", new TreeSet<>(snapshot.entries()
			.stream()
			.flatMap(d -> d.interfaces().stream())
			.toList()));
		return "messages/list";
	}

	@GetMapping("/messages/{protocol}/{slug}")
	String showMessage(@PathVariable String protocol, @PathVariable String slug, Model model, WebRequest request) {
		CatalogSnapshot snapshot = catalog.snapshot();
		MessageDefinition entry = snapshot.find(protocol, slug)
			.orElseThrow(() -> new MessageNotFoundException(protocol, slug));
		if (caching.notModified(request, snapshot, entry.url())) {
			return null;
		}
		model.addAttribute("entry", entry);
		model.addAttribute("previous", snapshot.previousOf(entry));
		model.addAttribute("next", snapshot.nextOf(entry));
		model.addAttribute("flows", snapshot.flowsUsing(entry));
		model.addAttribute("headerSlugs", snapshot.headers().stream()
			.collect(java.util.stream.Collectors.toMap(h -> h.name().toLowerCase(), h -> h.url(), (a, b) -> a)));
		model.addAttribute("related", resolve(snapshot, entry, entry.related()));
		return "messages/show";
	}

	/** Short forms: {@code /sip/604} and {@code /sip/INVITE} redirect to the entry's stable URL. */
	@GetMapping("/sip/{key}")
	RedirectView redirectShortForm(@PathVariable String key) {
		MessageDefinition entry = catalog.snapshot()
			.findByKey(key)
			.orElseThrow(() -> new MessageNotFoundException("ims", key));
		RedirectView redirect = new RedirectView(entry.url());
		redirect.setStatusCode(org.springframework.http.HttpStatus.MOVED_PERMANENTLY);
		return redirect;
	}

	private static List<MessageDefinition> resolve(CatalogSnapshot snapshot, MessageDefinition entry,
			List<String> slugs) {
		return slugs.stream().map(s -> snapshot.find(entry.protocol(), s)).flatMap(Optional::stream).toList();
	}

}
