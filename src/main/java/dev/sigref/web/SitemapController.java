package dev.sigref.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

import dev.sigref.catalog.Catalog;
import dev.sigref.catalog.MessageDefinition;

@RestController
class SitemapController {

	private final Catalog catalog;

	SitemapController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	String showSitemap() {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		url(xml, base + "/");
		url(xml, base + "/messages");
		url(xml, base + "/flows");
		url(xml, base + "/headers");
		url(xml, base + "/decode");
		var snapshot = catalog.snapshot();
		for (MessageDefinition d : snapshot.entries()) {
			url(xml, base + d.url());
		}
		snapshot.flows().forEach(f -> url(xml, base + f.url()));
		snapshot.headers().forEach(h -> url(xml, base + h.url()));
		return xml.append("</urlset>\n").toString();
	}

	private static void url(StringBuilder xml, String loc) {
		xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(loc)).append("</loc></url>\n");
	}

}
