package dev.sigref.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.sigref.decode.DecoderProperties;

/**
 * Marks every decoder response no-store, so no browser or proxy cache keeps a paste, and turns away a paste whose declared size is already over the limit before anything reads it. A form field is
 * percent-encoded, which can triple its size on the wire, so forms get three times the limit here and the exact check
 * on the decoded text afterwards.
 */
@Component
class PasteGuardFilter extends OncePerRequestFilter {

	private final DecoderProperties properties;

	PasteGuardFilter(DecoderProperties properties) {
		this.properties = properties;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || !(path.equals("/decode") || path.equals("/api/decode"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Cache-Control", "no-store");
		long max = properties.getMaxPasteSize().toBytes();
		boolean api = request.getRequestURI().endsWith("/api/decode");
		long allowed = api ? max : max * 3 + 1024;
		if (request.getContentLengthLong() > allowed) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setCharacterEncoding("UTF-8");
			if (api) {
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getWriter().write("{\"type\":\"https://sigref.dev/problems/paste-too-large\",\"title\":"
						+ "\"Paste too large\",\"status\":413,\"detail\":\"the paste is larger than the " + max
						+ "-byte limit; split the trace and send it in parts\",\"limitBytes\":" + max + "}");
			}
			else {
				response.setContentType(MediaType.TEXT_HTML_VALUE);
				response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
						+ "<title>Paste too large | Sigref</title><link rel=\"stylesheet\" href=\"/css/sigref.css\">"
						+ "</head><body><main><h1>Paste too large</h1><p>The decoder takes up to " + (max / 1024)
						+ " KiB of text at a time. Split the trace and decode it in parts.</p>"
						+ "<p><a href=\"/decode\">Back to the decoder</a></p></main></body></html>");
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
