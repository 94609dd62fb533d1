package dev.sigref.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.sigref.catalog.Catalog;
import dev.sigref.catalog.TestCatalogs;

@WebMvcTest({ MessageController.class, HomeController.class, SearchController.class, SitemapController.class })
@Import(PageCaching.class)
class MessageControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Catalog catalog;

	@BeforeEach
	void catalog() {
		given(catalog.snapshot()).willReturn(TestCatalogs.standard());
	}

	@Test
	void showsAMessageWithEveryField() throws Exception {
		mvc.perform(get("/messages/ims/604-does-not-exist-anywhere"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>604 Does Not Exist Anywhere</h1>")))
			.andExpect(content().string(containsString("Release added")))
			.andExpect(content().string(containsString("Procedures where used")))
			.andExpect(content().string(containsString("id=\"ie-call-id\"")))
			.andExpect(content().string(containsString("href=\"/messages/ims/ack\"")))
			.andExpect(content().string(containsString("href=\"/messages/ims/invite\"")))
			.andExpect(content().string(containsString("RFC 3261 §21.4.7")))
			.andExpect(content().string(containsString("rel=\"canonical\" href=\"http://localhost/messages/ims/604-does-not-exist-anywhere\"")))
			.andExpect(header().exists("ETag"));
	}

	@Test
	void escapesEntryTextInThePage() throws Exception {
		mvc.perform(get("/messages/ims/604-does-not-exist-anywhere"))
			.andExpect(content().string(containsString("no such user &lt;b&gt;anywhere&lt;/b&gt;")))
			.andExpect(content().string(not(containsString("<b>anywhere</b>"))));
	}

	@Test
	void answersNotModifiedWhenTheBrowserHasTheCurrentPage() throws Exception {
		MvcResult first = mvc.perform(get("/messages/ims/486-busy-here")).andReturn();
		String etag = first.getResponse().getHeader("ETag");
		mvc.perform(get("/messages/ims/486-busy-here").header("If-None-Match", etag))
			.andExpect(status().isNotModified());
	}

	@Test
	void answersAnUnknownSlugWithA404ThatSuggestsNearEntries() throws Exception {
		mvc.perform(get("/messages/ims/604"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no entry “604” in the ims family.")))
			.andExpect(content().string(containsString("href=\"/messages/ims/604-does-not-exist-anywhere\"")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void redirectsShortFormsToTheStableUrl() throws Exception {
		mvc.perform(get("/sip/604")).andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/messages/ims/604-does-not-exist-anywhere"));
		mvc.perform(get("/sip/INVITE")).andExpect(redirectedUrl("/messages/ims/invite"));
		mvc.perform(get("/sip/invite")).andExpect(redirectedUrl("/messages/ims/invite"));
		mvc.perform(get("/sip/699")).andExpect(status().isNotFound());
	}

	@Test
	void filtersTheCatalogWithoutJavaScript() throws Exception {
		mvc.perform(get("/messages").param("class", "4xx"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("486 Busy Here")))
			.andExpect(content().string(not(containsString(">604 Does Not Exist Anywhere<"))))
			.andExpect(content().string(containsString("1 of 4 entries")));
		mvc.perform(get("/messages").param("interface", "ISC"))
			.andExpect(content().string(containsString("1 of 4 entries")));
		mvc.perform(get("/messages").param("direction", "from-ue"))
			.andExpect(content().string(containsString(">ACK<")))
			.andExpect(content().string(containsString("1 of 4 entries")));
		mvc.perform(get("/messages").param("class", "requests"))
			.andExpect(content().string(containsString("2 of 4 entries")));
	}

	@Test
	void searchJumpsStraightToAnExactCodeOrMethod() throws Exception {
		mvc.perform(get("/search").param("q", " 486 ")).andExpect(redirectedUrl("/messages/ims/486-busy-here"));
		mvc.perform(get("/search").param("q", "ack")).andExpect(redirectedUrl("/messages/ims/ack"));
	}

	@Test
	void searchFindsByNameHeaderAndText() throws Exception {
		mvc.perform(get("/search").param("q", "busy"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/messages/ims/486-busy-here\"")));
		mvc.perform(get("/search").param("q", "Via"))
			.andExpect(content().string(containsString("href=\"/messages/ims/invite\"")));
		mvc.perform(get("/search").param("q", "nothing-matches-this"))
			.andExpect(content().string(containsString("Nothing matches")));
	}

	@Test
	void searchEscapesTheQuery() throws Exception {
		mvc.perform(get("/search").param("q", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void homeListsFamiliesAndMostUsedEntries() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/messages?family=ims\"")))
			.andExpect(content().string(containsString("href=\"/messages/ims/604-does-not-exist-anywhere\"")));
	}

	@Test
	void sitemapListsEveryEntry() throws Exception {
		mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<loc>http://localhost/messages/ims/486-busy-here</loc>")))
			.andExpect(content().string(containsString("<loc>http://localhost/messages/ims/invite</loc>")));
	}

	@Test
	void sendsSecurityHeaders() throws Exception {
		mvc.perform(get("/messages/ims/invite"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"));
	}

}
