package dev.sigref.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.sigref.decode.DecodedTrace;
import dev.sigref.decode.DecoderProperties;
import dev.sigref.decode.PasteReader;
import dev.sigref.decode.TextExport;
import dev.sigref.decode.TraceDecoder;

/**
 * The decoder page. The paste lives only in the request and the rendered response: it is never stored, logged or put
 * in a URL by the server, and every response is marked no-store.
 */
@Controller
class DecodeController {

	private final TraceDecoder decoder;

	private final DecoderProperties properties;

	DecodeController(TraceDecoder decoder, DecoderProperties properties) {
		this.decoder = decoder;
		this.properties = properties;
	}

	@GetMapping("/decode")
	String showDecoder(Model model) {
		model.addAttribute("maxPasteSize", properties.getMaxPasteSize().toKilobytes());
		return "decode/decode";
	}

	/**
	 * Takes the form ({@code message}, and {@code format=text} for the plain-text export), or a raw paste sent as
	 * {@code text/plain}.
	 */
	@PostMapping("/decode")
	Object decode(HttpServletRequest request) throws IOException {
		long max = properties.getMaxPasteSize().toBytes();
		byte[] body = PasteReader.read(request.getInputStream(), max * 3 + 1024, max);
		byte[] paste;
		String format = null;
		int page = 1;
		String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
		if (contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
			Map<String, byte[]> form = FormBody.parse(body);
			paste = PasteReader.check(form.getOrDefault("message", new byte[0]), max);
			byte[] f = form.get("format");
			format = f == null ? null : new String(f, StandardCharsets.UTF_8);
			page = pageNumber(form.get("page"));
		}
		else {
			paste = PasteReader.check(body, max);
		}
		if ("text".equals(format)) {
			return exportText(paste);
		}
		ModelAndView mav = new ModelAndView("decode/decode");
		mav.addObject("maxPasteSize", properties.getMaxPasteSize().toKilobytes());
		mav.addObject("message", new String(paste, StandardCharsets.UTF_8));
		if (PasteReader.isBlank(paste)) {
			mav.addObject("emptyPaste", true);
			return mav;
		}
		DecodedTrace trace = decoder.decode(paste, page, properties.getPageSize());
		mav.addObject("trace", trace);
		mav.addObject("pageSize", properties.getPageSize());
		mav.addObject("expanded", properties.getExpandedMessages());
		return mav;
	}

	private static int pageNumber(byte[] field) {
		if (field == null) {
			return 1;
		}
		try {
			return Math.max(1, Integer.parseInt(new String(field, StandardCharsets.UTF_8).strip()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private ResponseEntity<String> exportText(byte[] paste) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		String text = TextExport.render(decoder.decode(paste), base);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("sigref-decode.txt").build().toString())
			.body(text);
	}

}
