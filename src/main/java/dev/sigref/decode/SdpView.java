package dev.sigref.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.sigref.sip.sdp.Fmtp;
import dev.sigref.sip.sdp.MediaDescription;
import dev.sigref.sip.sdp.Precondition;
import dev.sigref.sip.sdp.RtpMap;
import dev.sigref.sip.sdp.SessionDescription;

/** An SDP body laid out as tables: the session, then per media line its codecs, bandwidth, direction, preconditions. */
public record SdpView(SessionDescription session, List<Media> media) {

	/** Static RTP payload types (RFC 3551 table 4 and 5) used when an offer leaves out a=rtpmap. */
	private static final Map<String, String> STATIC_PAYLOAD_TYPES = Map.of("0", "PCMU/8000", "3", "GSM/8000", "4",
			"G723/8000", "8", "PCMA/8000", "9", "G722/8000", "13", "CN/8000", "18", "G729/8000", "34", "H263/90000");

	public record Media(MediaDescription description, List<Codec> codecs, List<Precondition> preconditions) {
	}

	/**
	 * @param payloadType the format number of the m-line
	 * @param encoding "AMR-WB/16000/1", from a=rtpmap or the static table, or null when neither names it
	 * @param fmtp the a=fmtp parameters as written, or null
	 */
	public record Codec(String payloadType, String encoding, String fmtp, boolean staticType) {
	}

	public static SdpView of(SessionDescription session) {
		List<Media> media = new ArrayList<>();
		for (MediaDescription m : session.media()) {
			List<Codec> codecs = new ArrayList<>();
			for (String pt : m.formats()) {
				RtpMap map = m.rtpMap(pt);
				String fmtp = m.fmtps().stream().filter(f -> f.format().equals(pt)).map(Fmtp::parameters)
					.findFirst().orElse(null);
				if (map != null) {
					String enc = map.encoding() + "/" + map.clockRate()
							+ (map.encodingParameters() != null ? "/" + map.encodingParameters() : "");
					codecs.add(new Codec(pt, enc, fmtp, false));
				}
				else {
					codecs.add(new Codec(pt, STATIC_PAYLOAD_TYPES.get(pt), fmtp, STATIC_PAYLOAD_TYPES.containsKey(pt)));
				}
			}
			media.add(new Media(m, codecs, m.preconditions()));
		}
		return new SdpView(session, media);
	}

}
