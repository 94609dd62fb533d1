package dev.sigref.decode;

import java.util.HexFormat;
import java.util.List;

import dev.sigref.ims.DecodedValue;
import dev.sigref.ims.ImsDecoders;
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
 * @param ims the body read in IMS terms: for SDP codec modes, bandwidth, precondition status and whether the offer can
 * proceed; for SMS over IP the RP message and its TPDU; for the 3GPP XML body the alternative service asked for
 * @param imsValues the same reading as the 3GPP decoders return it, findings included (empty for a multipart body,
 * whose parts carry their own)
 */
public record BodyView(String kind, String contentType, SdpView sdp, String text, String hex, int length,
		List<BodyView> parts, List<String> partHeaders, List<StructureNode> ims, List<DecodedValue> imsValues) {

	static BodyView of(Body body) {
		return of(body, List.of());
	}

	private static BodyView of(Body body, List<String> partHeaders) {
		if (body instanceof SdpBody sdp) {
			List<DecodedValue> values = ImsDecoders.decodeSdp(sdp.text());
			return new BodyView("sdp", sdp.contentType(), sdp.session() == null ? null : SdpView.of(sdp.session()),
					sdp.text(), null, 0, List.of(), partHeaders, nodes(values), values);
		}
		if (body instanceof MultipartBody multi) {
			List<BodyView> parts = multi.parts().stream().map(BodyView::ofPart).toList();
			return new BodyView("multipart", multi.contentType(), null, null, null, 0, parts, partHeaders, List.of(),
					List.of());
		}
		if (body instanceof TextBody text) {
			List<DecodedValue> values = ImsDecoders.decodeBody(text.contentType(), null, text.text());
			return new BodyView("text", text.contentType(), null, text.text(), null, 0, List.of(), partHeaders,
					nodes(values), values);
		}
		if (body instanceof BinaryBody bin) {
			List<DecodedValue> values = ImsDecoders.decodeBody(bin.contentType(), HexFormat.of().parseHex(bin.hex()), null);
			return new BodyView("binary", bin.contentType(), null, null, spaced(bin.hex()), bin.length(), List.of(),
					partHeaders, nodes(values), values);
		}
		return new BodyView("empty", body instanceof EmptyBody e ? e.contentType() : null, null, null, null, 0,
				List.of(), partHeaders, List.of(), List.of());
	}

	private static List<StructureNode> nodes(List<DecodedValue> values) {
		return values.stream().map(StructureNode::of3gpp).toList();
	}

	/**
	 * The 3GPP reading of an SMS-over-IP or 3GPP XML body, or of such parts of a multipart body (not SDP, which has its
	 * own reading); empty otherwise.
	 */
	public List<DecodedValue> bodyImsValues() {
		return collect(false);
	}

	/** The SDP read in IMS terms: this body's, or that of each SDP part of a multipart body; empty otherwise. */
	public List<DecodedValue> sdpImsValues() {
		return collect(true);
	}

	private List<DecodedValue> collect(boolean sdpValues) {
		if (kind.equals("multipart")) {
			return parts.stream().flatMap(p -> p.collect(sdpValues).stream()).toList();
		}
		return kind.equals("sdp") == sdpValues ? imsValues : List.of();
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
