package dev.sigref.web.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

import dev.sigref.decode.DecodedMessage;
import dev.sigref.decode.DecodedTrace;
import dev.sigref.decode.HeaderDecode;
import dev.sigref.ims.DecodedValue;
import dev.sigref.ims.ImsDecoders;
import dev.sigref.sip.Finding;
import dev.sigref.sip.Header;
import dev.sigref.sip.HeaderValue;
import dev.sigref.sip.MessageMetadata;
import dev.sigref.sip.SdpBody;
import dev.sigref.sip.SipMessage;
import dev.sigref.sip.UndecodedBlock;

/** The JSON of {@code POST /api/decode}: the field names are part of the API and stay stable. */
record DecodeResponse(List<MessageJson> messages, List<UndecodedJson> undecoded, List<FindingJson> findings) {

	static DecodeResponse of(DecodedTrace trace) {
		return new DecodeResponse(trace.messages().stream().map(MessageJson::of).toList(),
				trace.undecoded().stream().map(UndecodedJson::of).toList(),
				trace.findings().stream().map(FindingJson::of).toList());
	}

	record MessageJson(int index, String startLine, String kind, String method, Integer statusCode,
			String reasonPhrase, String description, String requestUri, int firstLine, int lastLine,
			MetadataJson metadata, List<HeaderJson> headers, List<DecodedValue> sdp3gpp, List<DecodedValue> body3gpp,
			@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type") Object body,
			List<FindingJson> findings, LinkJson reference,
			List<LinkJson> flows) {

		static MessageJson of(DecodedMessage d) {
			SipMessage m = d.message();
			String requestUri = m.isRequest() && m.startLine().split(" ").length > 1 ? m.startLine().split(" ")[1] : null;
			return new MessageJson(d.number(), m.startLine(), m.isRequest() ? "request" : "response", m.method(),
					m.isRequest() ? null : m.statusCode(), m.isRequest() ? null : m.reasonPhrase(), d.description(),
					requestUri, m.firstLine(), m.lastLine(), MetadataJson.of(m.metadata()),
					d.decodes().stream().map(HeaderJson::of).toList(),
					d.body().sdpImsValues(), d.body().bodyImsValues(), m.body(),
					d.findings().stream().map(FindingJson::of).toList(),
					d.entry() == null ? null : new LinkJson(d.entry().title(), d.entry().url()),
					d.flows().stream().map(f -> new LinkJson(f.title(), f.url())).toList());
		}

	}

	/**
	 * @param parsed the parsed value: one object whose "type" names it ({@code ViaValue}, {@code NameAddr}…), or
	 * {@code {"type":"ValueList","elements":[…]}} for a header line that holds several comma-separated values
	 */
	record HeaderJson(String name, String canonicalName, String compactForm, String value, int line, int column,
			@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type") Object parsed,
			List<DecodedValue> decoded) {

		static HeaderJson of(HeaderDecode decode) {
			Header h = decode.header();
			List<HeaderValue> values = h.parsed();
			Object parsed = values.isEmpty() ? null : values.size() == 1 ? values.get(0) : new ValueList(values);
			return new HeaderJson(h.name(), h.canonicalName(), h.compactForm(), h.rawValue(), h.line(), h.column(),
					parsed, decode.values());
		}

	}

	record ValueList(List<HeaderValue> elements) {
	}

	record MetadataJson(String tool, String timestamp, String source, String destination, String transport) {

		static MetadataJson of(MessageMetadata meta) {
			if (meta == null || meta.isEmpty()) {
				return null;
			}
			return new MetadataJson(meta.tool(), meta.timestamp(),
					meta.source() == null ? null : meta.source().toString(),
					meta.destination() == null ? null : meta.destination().toString(), meta.transport());
		}

	}

	record FindingJson(String severity, String code, int line, int column, String message, String reference) {

		static FindingJson of(Finding f) {
			return new FindingJson(f.severity().name().toLowerCase(), f.code(), f.line(), f.column(), f.message(),
					f.reference());
		}

	}

	/**
	 * @param decoration true for what a log or copy put around decoded messages, false for text no message holds
	 * @param sdp an SDP description pasted without its SIP message, read on its own; null for other blocks
	 * @param sdp3gpp that description read in IMS terms; null when {@code sdp} is
	 */
	record UndecodedJson(int firstLine, int lastLine, String reason, boolean decoration, String text, SdpBody sdp,
			List<DecodedValue> sdp3gpp) {

		static UndecodedJson of(UndecodedBlock u) {
			return new UndecodedJson(u.firstLine(), u.lastLine(), u.reason(), u.isDecoration(), u.text(), u.sdp(),
					u.sdp() == null ? null : ImsDecoders.decodeSdp(u.sdp().text()));
		}

	}

	record LinkJson(String title, String url) {
	}

}
