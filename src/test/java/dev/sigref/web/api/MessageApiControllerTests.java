package dev.sigref.web.api;

import static org.hamcrest.Matchers.hasSize;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.sigref.catalog.Catalog;
import dev.sigref.catalog.TestCatalogs;

@WebMvcTest(MessageApiController.class)
class MessageApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Catalog catalog;

	@BeforeEach
	void catalog() {
		given(catalog.snapshot()).willReturn(TestCatalogs.standard());
	}

	@Test
	void listsEveryEntryWithItsUrl() throws Exception {
		mvc.perform(get("/api/messages"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(4)))
			.andExpect(jsonPath("$[?(@.slug=='604-does-not-exist-anywhere')].code").value(604))
			.andExpect(jsonPath("$[?(@.slug=='604-does-not-exist-anywhere')].kind").value("global-failure"))
			.andExpect(jsonPath("$[?(@.slug=='604-does-not-exist-anywhere')].url")
				.value("/messages/ims/604-does-not-exist-anywhere"))
			.andExpect(jsonPath("$[?(@.slug=='invite')].method").value("INVITE"));
	}

	@Test
	void returnsTheWholeEntry() throws Exception {
		mvc.perform(get("/api/messages/ims/486-busy-here"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(486))
			.andExpect(jsonPath("$.reason").value("Busy Here"))
			.andExpect(jsonPath("$.kind").value("client-failure"))
			.andExpect(jsonPath("$.ies[1].name").value("Call-ID"))
			.andExpect(jsonPath("$.ies[1].presence").value("mandatory"))
			.andExpect(jsonPath("$.troubleshooting.causes[0]").exists())
			.andExpect(jsonPath("$.next[0]").value("ack"));
	}

	@Test
	void answersAnUnknownEntryWithAProblemDocument() throws Exception {
		mvc.perform(get("/api/messages/ims/999-nothing"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.slug").value("999-nothing"))
			.andExpect(jsonPath("$.detail").value("no message entry '999-nothing' in protocol family 'ims'"));
	}

}
