package dev.sigref.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.sigref.catalog.Catalog;
import dev.sigref.catalog.TestCatalogs;

@WebMvcTest({ FlowController.class, HeaderController.class, MessageController.class, SitemapController.class })
@Import(PageCaching.class)
class FlowAndHeaderControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Catalog catalog;

	@BeforeEach
	void catalog() {
		given(catalog.snapshot()).willReturn(TestCatalogs.withFlowsAndHeaders());
	}

	@Test
	void drawsAFlowAsAServerSideLadderWithLinkedArrowsAndANumberedStepList() throws Exception {
		String page = mvc.perform(get("/flows/initial-registration")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("<svg").contains("href=\"/messages/ims/401-unauthorized\"")
			.contains("<ol class=\"steps\">").contains("Cx MAR/MAA").contains("class=\"ladder-head\"");
		assertThat(page).doesNotContain("<script>alert(1)").doesNotContain("<registration>")
			.contains("Initial &lt;registration&gt;");
	}

	@Test
	void exportsTheLadderAsSvgAsciiAndMermaid() throws Exception {
		mvc.perform(get("/flows/initial-registration.svg"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
			.andExpect(content().string(containsString("<svg")));
		mvc.perform(get("/flows/initial-registration.txt"))
			.andExpect(content().string(containsString("REGISTER (no credentials)")))
			.andExpect(content().string(containsString("|")));
		mvc.perform(get("/flows/initial-registration.mmd"))
			.andExpect(content().string(containsString("sequenceDiagram")));
	}

	@Test
	void listsFlowsByFamily() throws Exception {
		mvc.perform(get("/flows").param("family", "registration"))
			.andExpect(content().string(containsString("href=\"/flows/initial-registration\"")));
		mvc.perform(get("/flows").param("family", "messaging"))
			.andExpect(content().string(not(containsString("href=\"/flows/initial-registration\""))));
	}

	@Test
	void answersAnUnknownFlowWith404() throws Exception {
		mvc.perform(get("/flows/nothing-here")).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("no call flow &#39;nothing-here&#39;")));
	}

	@Test
	void linksAMessageToTheFlowsThatUseItAndTakesItsNeighboursFromThem() throws Exception {
		mvc.perform(get("/messages/ims/401-unauthorized"))
			.andExpect(content().string(containsString("href=\"/flows/initial-registration\"")))
			.andExpect(content().string(containsString("href=\"/messages/ims/register\"")));
	}

	@Test
	void showsAHeaderPageAndRedirectsCompactFormsAndOtherSpellings() throws Exception {
		mvc.perform(get("/headers/via"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span>Via</span>")))
			.andExpect(content().string(containsString("href=\"/messages/ims/register#ie-via\"")));
		mvc.perform(get("/headers/v")).andExpect(status().isMovedPermanently()).andExpect(redirectedUrl("/headers/via"));
		mvc.perform(get("/headers/Call-ID")).andExpect(redirectedUrl("/headers/call-id"));
		mvc.perform(get("/headers/i")).andExpect(redirectedUrl("/headers/call-id"));
		mvc.perform(get("/headers/x-nothing")).andExpect(status().isNotFound());
	}

	@Test
	void linksEachIeRowToItsHeaderPage() throws Exception {
		mvc.perform(get("/messages/ims/register"))
			.andExpect(content().string(containsString("href=\"/headers/via\"")));
	}

	@Test
	void listsEveryHeader() throws Exception {
		mvc.perform(get("/headers"))
			.andExpect(content().string(containsString("href=\"/headers/call-id\"")))
			.andExpect(content().string(containsString("href=\"/headers/via\"")));
	}

	@Test
	void sitemapListsFlowsAndHeadersToo() throws Exception {
		mvc.perform(get("/sitemap.xml"))
			.andExpect(content().string(containsString("<loc>http://localhost/flows/initial-registration</loc>")))
			.andExpect(content().string(containsString("<loc>http://localhost/headers/via</loc>")))
			.andExpect(content().string(containsString("<loc>http://localhost/messages/ims/register</loc>")));
	}

}
