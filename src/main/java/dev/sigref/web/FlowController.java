package dev.sigref.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

import dev.sigref.callflow.AsciiLadderRenderer;
import dev.sigref.callflow.Ladder;
import dev.sigref.callflow.MermaidRenderer;
import dev.sigref.callflow.SvgLadderRenderer;
import dev.sigref.catalog.Catalog;
import dev.sigref.catalog.CatalogSnapshot;
import dev.sigref.catalog.FlowDefinition;

@Controller
class FlowController {

	private final Catalog catalog;

	private final PageCaching caching;

	FlowController(Catalog catalog, PageCaching caching) {
		this.catalog = catalog;
		this.caching = caching;
	}

	@GetMapping("/flows")
	String listFlows(@RequestParam Optional<String> family, @RequestParam Optional<String> q, Model model) {
		CatalogSnapshot snapshot = catalog.snapshot();
		String text = q.orElse("").toLowerCase(Locale.ROOT).strip();
		List<FlowDefinition> flows = snapshot.flows().stream()
			.filter(f -> family.map(x -> x.isBlank() || x.equals(f.family())).orElse(true))
			.filter(f -> text.isEmpty() || (f.title() + " " + f.summary()).toLowerCase(Locale.ROOT).contains(text))
			.toList();
		model.addAttribute("flows", flows);
		model.addAttribute("total", snapshot.flows().size());
		model.addAttribute("families", new TreeSet<>(snapshot.flows().stream().map(FlowDefinition::family).toList()));
		model.addAttribute("family", family.orElse(""));
		model.addAttribute("q", q.orElse(""));
		return "flows/list";
	}

	@GetMapping("/flows/{slug}")
	String showFlow(@PathVariable String slug, Model model, WebRequest request) {
		CatalogSnapshot snapshot = catalog.snapshot();
		FlowDefinition flow = find(snapshot, slug);
		if (caching.notModified(request, snapshot, flow.url())) {
			return null;
		}
		model.addAttribute("flow", flow);
		model.addAttribute("ladder", new SvgLadderRenderer().render(FlowLadders.of(flow)));
		model.addAttribute("related", flow.related().stream().map(snapshot::findFlow).flatMap(Optional::stream).toList());
		return "flows/show";
	}

	@GetMapping(value = "/flows/{slug}.svg", produces = "image/svg+xml")
	ResponseEntity<String> exportSvg(@PathVariable String slug) {
		Ladder ladder = FlowLadders.of(find(catalog.snapshot(), slug));
		return export(new SvgLadderRenderer().render(ladder).svg(), MediaType.valueOf("image/svg+xml"));
	}

	@GetMapping(value = "/flows/{slug}.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> exportAscii(@PathVariable String slug) {
		Ladder ladder = FlowLadders.of(find(catalog.snapshot(), slug));
		return export(new AsciiLadderRenderer().render(ladder), MediaType.TEXT_PLAIN);
	}

	@GetMapping(value = "/flows/{slug}.mmd", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> exportMermaid(@PathVariable String slug) {
		Ladder ladder = FlowLadders.of(find(catalog.snapshot(), slug));
		return export(new MermaidRenderer().render(ladder), MediaType.TEXT_PLAIN);
	}

	private static FlowDefinition find(CatalogSnapshot snapshot, String slug) {
		return snapshot.findFlow(slug).orElseThrow(() -> new FlowNotFoundException(slug));
	}

	private static ResponseEntity<String> export(String body, MediaType type) {
		return ResponseEntity.ok()
			.contentType(new MediaType(type, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(body);
	}

}
