package dev.sigref.web.api;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.springframework.stereotype.Component;

import dev.sigref.sip.Body;
import dev.sigref.sip.HeaderValue;
import dev.sigref.sip.Uri;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes decode results as JSON. The parser's values are plain records (the {@code sip} package knows nothing of
 * Jackson), so the "type" property that tells a ViaValue from a NameAddr is added here with mix-ins.
 */
@Component
class DecodeJson {

	@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
	interface Typed {
	}

	private final JsonMapper mapper;

	DecodeJson(JsonMapper mapper) {
		this.mapper = mapper.rebuild()
			.addMixIn(HeaderValue.class, Typed.class)
			.addMixIn(Uri.class, Typed.class)
			.addMixIn(Body.class, Typed.class)
			.build();
	}

	String write(Object value) {
		return mapper.writeValueAsString(value);
	}

}
