package dev.sigref.web.api;

import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.sigref.catalog.Catalog;
import dev.sigref.catalog.MessageDefinition;
import dev.sigref.web.MessageNotFoundException;

@RestController
@RequestMapping("/api/messages")
class MessageApiController {

	private final Catalog catalog;

	MessageApiController(Catalog catalog) {
		this.catalog = catalog;
	}

	/** One row per entry, enough to build links. */
	record MessageSummary(String protocol, String slug, String title, String kind, Integer code, String method,
			String url) {

		static MessageSummary of(MessageDefinition d) {
			return new MessageSummary(d.protocol(), d.slug(), d.title(), d.kind().id(), d.code(), d.method(), d.url());
		}

	}

	@GetMapping
	ResponseEntity<List<MessageSummary>> listMessages() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.body(catalog.snapshot().entries().stream().map(MessageSummary::of).toList());
	}

	@GetMapping("/{protocol}/{slug}")
	ResponseEntity<MessageDefinition> showMessage(@PathVariable String protocol, @PathVariable String slug) {
		MessageDefinition entry = catalog.snapshot()
			.find(protocol, slug)
			.orElseThrow(() -> new MessageNotFoundException(protocol, slug));
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(entry);
	}

}
