package dev.sigref.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import dev.sigref.catalog.Catalog;
import dev.sigref.catalog.CatalogSnapshot;
import dev.sigref.catalog.FlowDefinition;
import dev.sigref.catalog.HeaderDefinition;
import dev.sigref.catalog.MessageDefinition;

/** The real content, imported at start-up: every message, flow and header page renders, and the API lists them. */
@SpringBootTest
@AutoConfigureMockMvc
class EveryPageRendersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalog catalog;

	@Test
	void everyMessageEntryRendersWithItsTitle() throws Exception {
		CatalogSnapshot snapshot = catalog.snapshot();
		assertThat(snapshot.entries()).hasSizeGreaterThanOrEqualTo(89);
		List<String> failures = new ArrayList<>();
		for (MessageDefinition d : snapshot.entries()) {
			MvcResult r = mvc.perform(get(d.url())).andReturn();
			String body = r.getResponse().getContentAsString();
			if (r.getResponse().getStatus() != 200 || !body.contains("<h1>" + HtmlUtils.htmlEscape(d.title()) + "</h1>")) {
				failures.add(d.url() + " -> " + r.getResponse().getStatus());
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void everyFlowAndHeaderPageRenders() throws Exception {
		CatalogSnapshot snapshot = catalog.snapshot();
		List<String> failures = new ArrayList<>();
		for (FlowDefinition f : snapshot.flows()) {
			int status = mvc.perform(get(f.url())).andReturn().getResponse().getStatus();
			if (status != 200) {
				failures.add(f.url() + " -> " + status);
			}
		}
		for (HeaderDefinition h : snapshot.headers()) {
			int status = mvc.perform(get(h.url())).andReturn().getResponse().getStatus();
			if (status != 200) {
				failures.add(h.url() + " -> " + status);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void theApiListsEveryEntry() throws Exception {
		String json = mvc.perform(get("/api/messages")).andReturn().getResponse().getContentAsString();
		for (MessageDefinition d : catalog.snapshot().entries()) {
			assertThat(json).contains("\"url\":\"" + d.url() + "\"");
		}
	}

	@Test
	void theSeedEntryCarriesEveryFieldOfTheSeedPage() throws Exception {
		String page = mvc.perform(get("/messages/ims/604-does-not-exist-anywhere")).andReturn().getResponse()
			.getContentAsString();
		for (String field : List.of("Full message name", "Protocol", "Technology", "Common deployment", "Direction",
				"Interfaces", "Signalling bearer / channel", "Typical triggers", "Main purpose", "Main specification",
				"Release added", "Procedures where used", "Previous message(s)", "Next message(s)", "Security context",
				"Syntax", "Example", "Information elements", "In practice", "Likely causes", "What to inspect",
				"Next step")) {
			assertThat(page).as(field).contains(field);
		}
		assertThat(page).doesNotContain("See specification history").contains("href=\"/messages/ims/ack\"");
	}

	@Test
	void everyMessageUsedByAFlowLinksToThatFlow() throws Exception {
		CatalogSnapshot snapshot = catalog.snapshot();
		List<String> missing = new ArrayList<>();
		for (MessageDefinition d : snapshot.entries()) {
			String page = mvc.perform(get(d.url())).andReturn().getResponse().getContentAsString();
			for (FlowDefinition f : snapshot.flowsUsing(d)) {
				if (!page.contains("href=\"" + f.url() + "\"")) {
					missing.add(d.slug() + " -> " + f.slug());
				}
			}
		}
		assertThat(missing).isEmpty();
	}

}
