package dev.sigref.web.api;

import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.sigref.catalog.Catalog;
import dev.sigref.catalog.FlowDefinition;
import dev.sigref.catalog.HeaderDefinition;
import dev.sigref.web.FlowNotFoundException;
import dev.sigref.web.HeaderNotFoundException;

/** Header entries and call flows as JSON. */
@RestController
class ReferenceApiController {

	private final Catalog catalog;

	ReferenceApiController(Catalog catalog) {
		this.catalog = catalog;
	}

	record HeaderSummary(String name, String compactForm, String status, String summary, String url) {
	}

	record FlowSummary(String slug, String title, String family, String summary, String url) {
	}

	@GetMapping("/api/headers")
	ResponseEntity<List<HeaderSummary>> listHeaders() {
		return ok(catalog.snapshot().headers().stream()
			.map(h -> new HeaderSummary(h.name(), h.compactForm(), h.status(), h.summary(), h.url()))
			.toList());
	}

	@GetMapping("/api/headers/{slug}")
	ResponseEntity<HeaderDefinition> showHeader(@PathVariable String slug) {
		return ok(catalog.snapshot().findHeader(slug).orElseThrow(() -> new HeaderNotFoundException(slug)));
	}

	@GetMapping("/api/flows")
	ResponseEntity<List<FlowSummary>> listFlows() {
		return ok(catalog.snapshot().flows().stream()
			.map(f -> new FlowSummary(f.slug(), f.title(), f.family(), f.summary(), f.url()))
			.toList());
	}

	@GetMapping("/api/flows/{slug}")
	ResponseEntity<FlowDefinition> showFlow(@PathVariable String slug) {
		return ok(catalog.snapshot().findFlow(slug).orElseThrow(() -> new FlowNotFoundException(slug)));
	}

	private static <T> ResponseEntity<T> ok(T body) {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(body);
	}

}
