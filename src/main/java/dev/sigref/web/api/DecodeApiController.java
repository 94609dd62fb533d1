package dev.sigref.web.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.sigref.decode.DecoderProperties;
import dev.sigref.decode.PasteReader;
import dev.sigref.decode.TraceDecoder;

@RestController
class DecodeApiController {

	private final TraceDecoder decoder;

	private final DecoderProperties properties;

	private final DecodeJson json;

	DecodeApiController(TraceDecoder decoder, DecoderProperties properties, DecodeJson json) {
		this.decoder = decoder;
		this.properties = properties;
		this.json = json;
	}

	/** Decodes a raw paste sent as the request body ({@code text/plain}); the body is read up to the limit only. */
	@PostMapping(value = "/api/decode", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> decode(HttpServletRequest request) throws IOException {
		long max = properties.getMaxPasteSize().toBytes();
		byte[] paste = PasteReader.read(request.getInputStream(), max, max);
		if (PasteReader.isBlank(paste)) {
			throw new EmptyPasteException();
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_JSON)
			.body(json.write(DecodeResponse.of(decoder.decode(paste))));
	}

	static class EmptyPasteException extends RuntimeException {

		EmptyPasteException() {
			super("the request body is empty: send the SIP text to decode as text/plain");
		}

	}

}
