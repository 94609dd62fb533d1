package dev.sigref.web.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ApiDocsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void documentsTheJsonApiWithOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").exists())
			.andExpect(jsonPath("$.paths['/api/decode'].post.requestBody.content['text/plain']").exists())
			.andExpect(jsonPath("$.paths['/api/decode'].post.responses['413']").exists())
			.andExpect(jsonPath("$.paths['/api/messages'].get").exists())
			.andExpect(jsonPath("$.paths['/api/messages/{protocol}/{slug}'].get").exists())
			.andExpect(jsonPath("$.components.schemas.DecodeResponse.properties.messages").exists());
	}

	@Test
	void answersAnUnknownApiPathWithAProblemDocument() throws Exception {
		mvc.perform(get("/api/nothing-here"))
			.andExpect(status().isNotFound());
	}

}
