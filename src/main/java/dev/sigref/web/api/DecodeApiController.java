package dev.sigref.web.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ProblemDetail;

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
	@Operation(summary = "Decode pasted SIP",
			description = "Parses one message or a whole trace (log decoration allowed), validates it against RFC 3261 "
					+ "and 3GPP TS 24.229, decodes 3GPP values and links each message to its reference entry. "
					+ "Nothing sent is stored or logged.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "text/plain", schema = @Schema(type = "string",
							example = "SIP/2.0 604 Does Not Exist Anywhere\r\nVia: …"))),
			responses = {
					@ApiResponse(responseCode = "200", description = "the decoded paste",
							content = @Content(mediaType = "application/json",
									schema = @Schema(implementation = DecodeResponse.class))),
					@ApiResponse(responseCode = "400", description = "empty body",
							content = @Content(mediaType = "application/problem+json",
									schema = @Schema(implementation = ProblemDetail.class))),
					@ApiResponse(responseCode = "413", description = "paste over the size limit",
							content = @Content(mediaType = "application/problem+json",
									schema = @Schema(implementation = ProblemDetail.class))) })
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
