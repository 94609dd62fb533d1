package dev.sigref.decode;

import java.util.List;

import dev.sigref.sip.BinaryBody;
import dev.sigref.sip.Body;
import dev.sigref.sip.BodyPart;
import dev.sigref.sip.EmptyBody;
import dev.sigref.sip.MultipartBody;
import dev.sigref.sip.SdpBody;
import dev.sigref.sip.TextBody;

/**
 * A body as the page shows it.
 *
 * @param kind {@code sdp}, {@code multipart}, {@code text}, {@code binary} or {@code empty}
 * @param contentType the Content-Type as written, or null
 * @param sdp the SDP tables (kind sdp)
 * @param text the body text (kind text, and the raw SDP)
 * @param hex the bytes in hex (kind binary)
 * @param length the body length in bytes (kind binary)
 * @param parts the parts, each with its own headers (kind multipart)
 * @param partHeaders the part's own header lines as "Name: value" (inside a multipart)
 * @param ims the SDP read in IMS terms: codec modes, bandwidth, precondition status and whether the offer can proceed
 */
public record BodyView(String kind, String contentType, SdpView sdp, String text, String hex, int length,
		List<BodyView> parts, List<String> partHeaders, List<StructureNode> ims) {

	static BodyView of(Body body) {
		return of(body, List.of());
	}

	private static BodyView of(Body body, List<String> partHeaders) {
		if (body instanceof SdpBody sdp) {
			List<StructureNode> ims = dev.sigref.ims.ImsDecoders.decodeSdp(sdp.text()).stream()
				.map(StructureNode::of3gpp).toList();
			return new BodyView("sdp", sdp.contentType(), sdp.session() == null ? null : SdpView.of(sdp.session()),
					sdp.text(), null, 0, List.of(), partHeaders, ims);
		}
		if (body instanceof MultipartBody multi) {
			List<BodyView> parts = multi.parts().stream().map(BodyView::ofPart).toList();
			return new BodyView("multipart", multi.contentType(), null, null, null, 0, parts, partHeaders, List.of());
		}
		if (body instanceof TextBody text) {
			return new BodyView("text", text.contentType(), null, text.text(), null, 0, List.of(), partHeaders, List.of());
		}
		if (body instanceof BinaryBody bin) {
			return new BodyView("binary", bin.contentType(), null, null, spaced(bin.hex()), bin.length(), List.of(),
					partHeaders, List.of());
		}
		return new BodyView("empty", body instanceof EmptyBody e ? e.contentType() : null, null, null, null, 0,
				List.of(), partHeaders, List.of());
	}

	private static BodyView ofPart(BodyPart part) {
		return of(part.body(), part.headers().stream().map(h -> h.name() + ": " + h.rawValue()).toList());
	}

	/** "0a1b2c…" shown as "0a 1b 2c …" in lines of 32 bytes. */
	private static String spaced(String hex) {
		StringBuilder sb = new StringBuilder(hex.length() * 3 / 2);
		for (int i = 0; i + 1 < hex.length(); i += 2) {
			if (i > 0) {
				sb.append(i % 64 == 0 ? '\n' : ' ');
			}
			sb.append(hex, i, i + 2);
		}
		return sb.toString();
	}

}
