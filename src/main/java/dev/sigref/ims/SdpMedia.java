package dev.sigref.ims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SDP read the way an IMS engineer reads it (RFC 8866): per media line the codecs from rtpmap/fmtp with their
 * modes (AMR and AMR-WB RFC 4867, EVS 3GPP TS 26.445 Annex A, telephone-event RFC 4733, H.264 RFC 6184, H.265
 * RFC 7798), the bandwidth lines (RFC 3556 for RS/RR), the direction and the precondition status (RFC 3312).
 */
public final class SdpMedia {

	private static final String AMR_REFERENCE = "RFC 4867 §8.1";
	private static final String EVS_REFERENCE = "3GPP TS 26.445 Annex A";
	private static final String BANDWIDTH_REFERENCE = "RFC 3556 §2";

	private static final String[] AMR_RATES = { "4.75", "5.15", "5.90", "6.70", "7.40", "7.95", "10.2", "12.2" };
	private static final String[] AMR_WB_RATES = { "6.60", "8.85", "12.65", "14.25", "15.85", "18.25", "19.85", "23.05",
			"23.85" };
	private static final Set<String> EVS_RATES = Set.of("5.9", "7.2", "8", "9.6", "13.2", "16.4", "24.4", "32", "48", "64",
			"96", "128");
	private static final List<String> EVS_BANDWIDTHS = List.of("nb", "wb", "swb", "fb");

	/** Static payload types of RFC 3551 §6 that often appear without an rtpmap. */
	private static final Map<String, String> STATIC_TYPES = Map.of("0", "PCMU/8000", "3", "GSM/8000", "4", "G723/8000",
			"8", "PCMA/8000", "9", "G722/8000", "13", "CN/8000", "18", "G729/8000", "34", "H263/90000");

	private SdpMedia() {
	}

	/** One node per m-line of the SDP body; session-level bandwidth and direction lines are applied to every stream. */
	public static List<DecodedValue> describe(String sdp) {
		List<String> sessionLines = new ArrayList<>();
		List<List<String>> media = new ArrayList<>();
		for (String line : (sdp == null ? "" : sdp).split("\n", -1)) {
			String l = line.strip();
			if (l.length() < 2 || l.charAt(1) != '=') {
				continue;
			}
			if (l.startsWith("m=")) {
				media.add(new ArrayList<>(List.of(l)));
			}
			else if (media.isEmpty()) {
				sessionLines.add(l);
			}
			else {
				media.get(media.size() - 1).add(l);
			}
		}
		List<DecodedValue> out = new ArrayList<>();
		List<String> sessionBandwidths = bandwidths(sessionLines);
		if (!sessionBandwidths.isEmpty()) {
			// RFC 8866 §5.8: a session-level b= is for the whole session, shown once, not credited to each stream
			Node session = Node.of("session level", String.join(" ", sessionBandwidths))
				.meaning("bandwidth for the whole session, all streams together");
			for (String b : sessionBandwidths) {
				session.part(bandwidth(b, true));
			}
			out.add(session.build());
		}
		for (List<String> block : media) {
			out.add(mediaLine(block, sessionLines));
		}
		return out;
	}

	private static DecodedValue mediaLine(List<String> block, List<String> sessionLines) {
		String mLine = block.get(0);
		String[] fields = mLine.substring(2).trim().split(" +");
		Node node = Node.of("m=" + (fields.length > 0 ? fields[0] : ""), mLine);
		if (fields.length < 4) {
			return node.error("sdp-media-line-malformed", "the media line " + Syntax.quote(mLine)
					+ " needs media, port, protocol and at least one format", "RFC 8866 §5.14").build();
		}
		String port = fields[1];
		Map<String, String> rtpmap = new LinkedHashMap<>();
		Map<String, String> fmtp = new LinkedHashMap<>();
		List<String> attributes = new ArrayList<>();
		List<String> bandwidths = bandwidths(block.subList(1, block.size()));
		String direction = null;
		for (String line : concat(sessionLines, block.subList(1, block.size()))) {
			if (line.startsWith("a=")) {
				String attribute = line.substring(2);
				String name = attribute.contains(":") ? attribute.substring(0, attribute.indexOf(':')) : attribute;
				String rest = attribute.contains(":") ? attribute.substring(attribute.indexOf(':') + 1).trim() : "";
				switch (name.toLowerCase(Locale.ROOT)) {
					case "rtpmap" -> putFirstWord(rtpmap, rest);
					case "fmtp" -> putFirstWord(fmtp, rest);
					case "sendrecv", "sendonly", "recvonly", "inactive" -> direction = name.toLowerCase(Locale.ROOT);
					case "curr", "des", "conf" -> attributes.add(attribute);
					default -> {
						// other attributes carry nothing IMS-specific for this view
					}
				}
			}
		}
		List<String> codecNames = new ArrayList<>();
		for (int i = 3; i < fields.length; i++) {
			String pt = fields[i];
			String map = rtpmap.getOrDefault(pt, STATIC_TYPES.get(pt));
			String encoding = map == null ? "" : map.split("/")[0];
			Node codec = Node.of("payload type " + pt, map == null ? pt : pt + " " + map);
			if (map == null) {
				if ("0".equals(port)) {
					// RFC 3264 §6: the formats of a rejected stream are not used, so they need no rtpmap
					node.part(codec.meaning("format of a rejected stream, not used").build());
				}
				else {
					node.part(codec.meaning("dynamic payload type without rtpmap").error("sdp-rtpmap-missing",
							"payload type " + pt + " has no a=rtpmap line, so its codec is unknown", "RFC 8866 §6.6")
						.build());
				}
				continue;
			}
			DecodedValue params = describeFmtp(encoding, fmtp.getOrDefault(pt, ""));
			codec.meaning(params.meaning()).parts(params.parts());
			params.findings().forEach(codec::finding);
			node.part(codec.build());
			codecNames.add(shortName(encoding, fmtp.getOrDefault(pt, "")));
		}
		for (String b : bandwidths) {
			node.part(bandwidth(b));
		}
		String effectiveDirection = direction == null ? "sendrecv" : direction;
		node.part("direction", effectiveDirection, switch (effectiveDirection) {
			case "sendonly" -> "the sender of this SDP only sends (for example it puts the call on hold)";
			case "recvonly" -> "the sender of this SDP only receives";
			case "inactive" -> "no media flows in either direction";
			default -> direction == null ? "send and receive (the default, no attribute given)" : "send and receive";
		});
		String verdict = null;
		if (!attributes.isEmpty()) {
			DecodedValue preconditions = Preconditions.evaluate(attributes);
			node.part(preconditions);
			verdict = preconditions.meaning();
		}
		StringBuilder meaning = new StringBuilder(fields[0]).append(" on port ").append(port).append(" over ")
			.append(fields[2]).append(": ").append(codecNames.isEmpty() ? "no known codec" : String.join(", ", codecNames))
			.append("; ").append(effectiveDirection);
		if ("0".equals(port)) {
			meaning.append("; port 0: this stream is rejected or disabled");
		}
		if (verdict != null) {
			meaning.append("; ").append(verdict);
		}
		return node.meaning(meaning.toString()).build();
	}

	/** Explains the fmtp parameters of one codec; the meaning names the codec and its mode. */
	public static DecodedValue describeFmtp(String encodingName, String fmtpParameters) {
		String encoding = encodingName == null ? "" : encodingName.trim();
		String raw = fmtpParameters == null ? "" : fmtpParameters.trim();
		Node node = Node.of(encoding, raw);
		List<Param> params = Syntax.params(raw);
		switch (encoding.toUpperCase(Locale.ROOT)) {
			case "AMR" -> amr(node, params, AMR_RATES, "AMR narrowband speech (8 kHz)");
			case "AMR-WB" -> amr(node, params, AMR_WB_RATES, "AMR-WB wideband speech (16 kHz, HD voice)");
			case "EVS" -> evs(node, params);
			case "TELEPHONE-EVENT" -> telephoneEvent(node, raw);
			case "H264" -> h264(node, params);
			case "H265" -> h265(node, params);
			case "PCMU" -> node.meaning("G.711 mu-law, 64 kbit/s narrowband");
			case "PCMA" -> node.meaning("G.711 A-law, 64 kbit/s narrowband");
			case "G722" -> node.meaning("G.722 wideband speech, 64 kbit/s");
			case "G729" -> node.meaning("G.729 narrowband speech, 8 kbit/s");
			case "CN" -> node.meaning("comfort noise");
			default -> {
				node.meaning(encoding + " codec");
				params.forEach(p -> node.part(p.name(), p.valueOrEmpty(), ""));
			}
		}
		return node.build();
	}

	private static void amr(Node node, List<Param> params, String[] rates, String what) {
		boolean octetAlign = false;
		List<String> needOctetAlign = new ArrayList<>();
		StringBuilder modes = new StringBuilder();
		for (Param p : params) {
			String name = p.name().toLowerCase(Locale.ROOT);
			String v = p.valueOrEmpty();
			switch (name) {
				case "mode-set" -> {
					// the finding sits on the parameter, so that the decoder page can point at it
					Node part = Node.of("mode-set", p.name() + "=" + v);
					List<String> kbps = new ArrayList<>();
					for (String mode : v.split(",")) {
						long m = Syntax.decimal(mode.trim());
						if (m < 0 || m >= rates.length) {
							part.error("amr-mode-set-invalid", "mode " + Syntax.quote(mode.trim()) + " in mode-set "
									+ Syntax.quote(v) + " does not exist; the modes are 0 to " + (rates.length - 1),
									AMR_REFERENCE);
						}
						else {
							kbps.add(rates[(int) m]);
						}
					}
					node.part(part.meaning("allowed bit rates: " + String.join(", ", kbps) + " kbit/s").build());
					modes.append("modes ").append(v);
				}
				case "octet-align" -> {
					octetAlign = "1".equals(v);
					node.part("octet-align", v, octetAlign ? "octet-aligned payload format"
							: "bandwidth-efficient payload format");
				}
				case "mode-change-period" -> node.part(name, v, "mode changes only every " + v + " frame blocks");
				case "mode-change-capability" -> node.part(name, v, "2".equals(v)
						? "the sender can restrict mode changes to every other frame block" : "no restriction on mode changes");
				case "mode-change-neighbor" -> node.part(name, v, "1".equals(v) ? "mode changes only to a neighbouring mode"
						: "mode changes to any mode in the set");
				case "max-red" -> node.part(name, v, maxRed(v, "RFC 4867 §8.1"));
				case "crc", "robust-sorting", "interleaving" -> {
					node.part(name, v, "1".equals(v) || "interleaving".equals(name) ? name + " in use" : name + " not used");
					if (!"0".equals(v)) {
						needOctetAlign.add(name);
					}
				}
				default -> node.part(p.name(), v, "");
			}
		}
		for (String feature : needOctetAlign) {
			if (!octetAlign) {
				node.error("amr-option-needs-octet-align", feature + " is only defined for the octet-aligned format, but"
						+ " octet-align=1 is not set", AMR_REFERENCE);
			}
		}
		node.meaning(what + ", " + (octetAlign ? "octet-aligned" : "bandwidth-efficient")
				+ (modes.length() > 0 ? ", " + modes : ", all modes"));
	}

	private static void evs(Node node, List<Param> params) {
		List<String> summary = new ArrayList<>();
		for (Param p : params) {
			String name = p.name().toLowerCase(Locale.ROOT);
			String v = p.valueOrEmpty();
			switch (name) {
				case "br", "br-send", "br-recv" -> {
					Node part = Node.of(name, p.name() + "=" + v);
					for (String rate : v.split("-")) {
						if (!EVS_RATES.contains(rate.trim())) {
							part.error("evs-bitrate-invalid", name + " " + Syntax.quote(v) + " contains " + Syntax.quote(rate)
									+ ", which is not an EVS bit rate", EVS_REFERENCE);
						}
					}
					node.part(part.meaning((v.contains("-") ? "bit rate range " : "bit rate ") + v + " kbit/s"
							+ ("br".equals(name) ? "" : " (" + name.substring(3) + " direction)")).build());
					if ("br".equals(name)) {
						summary.add(v + " kbit/s");
					}
				}
				case "bw", "bw-send", "bw-recv" -> {
					Node part = Node.of(name, p.name() + "=" + v);
					for (String bw : v.split("-")) {
						if (!EVS_BANDWIDTHS.contains(bw.trim().toLowerCase(Locale.ROOT))) {
							part.error("evs-bandwidth-invalid", name + " " + Syntax.quote(v) + " contains "
									+ Syntax.quote(bw) + "; the audio bandwidths are nb, wb, swb and fb", EVS_REFERENCE);
						}
					}
					node.part(part.meaning("audio bandwidth " + v + " (nb 4 kHz, wb 8 kHz, swb 16 kHz, fb 20 kHz)").build());
					if ("bw".equals(name)) {
						summary.add(v);
					}
				}
				case "evs-mode-switch", "mode-switch" -> node.part(p.name(), v, "1".equals(v)
						? "start in EVS AMR-WB IO mode (interoperable with AMR-WB)" : "start in EVS primary mode");
				case "hf-only" -> node.part(name, v, "1".equals(v) ? "only the header-full payload format is used"
						: "compact and header-full payload formats may both be used");
				case "cmr" -> node.part(name, v, switch (v) {
					case "-1" -> "codec mode requests are not sent";
					case "1" -> "a codec mode request byte is always present";
					default -> "codec mode requests may be sent";
				});
				case "dtx", "dtx-recv" -> node.part(name, v, "0".equals(v) ? "no discontinuous transmission"
						: "discontinuous transmission allowed");
				case "ch-aw-recv" -> node.part(name, v, "-1".equals(v) || "0".equals(v)
						? "channel-aware mode not used at start" : "channel-aware mode with FEC offset " + v);
				case "max-red" -> node.part(name, v, maxRed(v, "TS 26.445 Annex A"));
				case "mode-set" -> node.part(name, v, "AMR-WB IO modes allowed");
				default -> node.part(p.name(), v, "");
			}
		}
		node.meaning("EVS (Enhanced Voice Services)" + (summary.isEmpty() ? "" : ", " + String.join(", ", summary)));
	}

	private static void telephoneEvent(Node node, String raw) {
		List<String> names = new ArrayList<>();
		for (String range : Syntax.splitNonEmpty(raw, ',')) {
			String[] ends = range.split("-");
			long from = Syntax.decimal(ends[0].trim());
			long to = ends.length > 1 ? Syntax.decimal(ends[1].trim()) : from;
			if (from < 0 || to < from || to > 255) {
				node.error("telephone-event-range-invalid", "event range " + Syntax.quote(range) + " is not n or n-m with"
						+ " 0 <= n <= m <= 255", "RFC 4733 §2.4.1");
				continue;
			}
			names.add(range + " (" + eventName(from) + (to > from ? " to " + eventName(to) : "") + ")");
		}
		node.part("events", raw, String.join(", ", names));
		node.meaning("DTMF and other telephony events as RTP packets (RFC 4733)" + (raw.isEmpty()
				? ", default events 0-15" : ", events " + raw));
	}

	private static String eventName(long event) {
		if (event <= 9) {
			return "digit " + event;
		}
		return switch ((int) event) {
			case 10 -> "*";
			case 11 -> "#";
			case 12, 13, 14, 15 -> String.valueOf((char) ('A' + event - 12));
			case 16 -> "flash";
			default -> "event " + event;
		};
	}

	private static void h264(Node node, List<Param> params) {
		String profile = "H.264 video";
		for (Param p : params) {
			String name = p.name().toLowerCase(Locale.ROOT);
			String v = p.valueOrEmpty();
			if (name.equals("profile-level-id")) {
				if (v.length() != 6 || !Syntax.isHex(v)) {
					node.error("h264-profile-level-id-invalid", "profile-level-id " + Syntax.quote(v)
							+ " must be 6 hex digits", "RFC 6184 §8.1");
					node.part(name, v, "");
					continue;
				}
				int profileIdc = (int) Syntax.hex(v.substring(0, 2));
				int iop = (int) Syntax.hex(v.substring(2, 4));
				int level = (int) Syntax.hex(v.substring(4, 6));
				String profileName = switch (profileIdc) {
					case 66 -> (iop & 0x40) != 0 ? "Constrained Baseline" : "Baseline";
					case 77 -> "Main";
					case 88 -> "Extended";
					case 100 -> "High";
					default -> "profile_idc " + profileIdc;
				};
				String levelText = (level / 10) + "." + (level % 10);
				node.part(name, v, profileName + " profile, level " + levelText);
				profile = "H.264 video, " + profileName + " profile level " + levelText;
			}
			else if (name.equals("packetization-mode")) {
				node.part(name, v, switch (v) {
					case "0" -> "single NAL unit mode";
					case "1" -> "non-interleaved mode (fragmentation allowed)";
					case "2" -> "interleaved mode";
					default -> "unknown mode";
				});
			}
			else {
				node.part(p.name(), v, "");
			}
		}
		node.meaning(profile);
	}

	private static void h265(Node node, List<Param> params) {
		String profile = "H.265 (HEVC) video";
		String level = "";
		for (Param p : params) {
			String name = p.name().toLowerCase(Locale.ROOT);
			String v = p.valueOrEmpty();
			switch (name) {
				case "profile-id" -> {
					String profileName = switch (v) {
						case "1" -> "Main";
						case "2" -> "Main 10";
						case "3" -> "Main Still Picture";
						default -> "profile " + v;
					};
					node.part(name, v, profileName + " profile");
					profile = "H.265 (HEVC) video, " + profileName + " profile";
				}
				case "level-id" -> {
					long l = Syntax.decimal(v);
					String text = l < 0 ? v : (l / 30) + (l % 30 == 0 ? "" : "." + (l % 30) / 3);
					node.part(name, v, "level " + text + " (level-id is 30 times the level)");
					level = " level " + text;
				}
				case "tier-flag" -> node.part(name, v, "1".equals(v) ? "High tier" : "Main tier");
				default -> node.part(p.name(), v, "");
			}
		}
		node.meaning(profile + level);
	}

	/**
	 * max-red: the longest delay of a redundant copy of a frame, 0 for no redundancy at all; defined for AMR and AMR-WB
	 * in RFC 4867 §8.1 and for EVS in TS 26.445 Annex A.
	 */
	private static String maxRed(String v, String clause) {
		return "0".equals(v.trim()) ? "no redundant frames are sent (max-red=0, " + clause + ")"
				: "redundant copies of a frame follow it by at most " + v + " ms (" + clause + ")";
	}

	/** The values of the b= lines among {@code lines}. */
	private static List<String> bandwidths(List<String> lines) {
		List<String> out = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("b=")) {
				out.add(line.substring(2));
			}
		}
		return out;
	}

	/** Explains one media-level bandwidth line value such as {@code AS:41} or {@code RS:0}. */
	public static DecodedValue bandwidth(String value) {
		return bandwidth(value, false);
	}

	/** As above; a session-level line ({@code session}) is the whole session's, not one stream's (RFC 8866 §5.8). */
	static DecodedValue bandwidth(String value, boolean session) {
		String v = value == null ? "" : value.trim();
		int colon = v.indexOf(':');
		Node node = Node.of("b=" + (colon > 0 ? v.substring(0, colon) : v) + (session ? " (session level)" : ""), v);
		if (colon <= 0) {
			return node.error("sdp-bandwidth-malformed", "bandwidth line " + Syntax.quote(v) + " is not type:value",
					"RFC 8866 §5.8").build();
		}
		String type = v.substring(0, colon).toUpperCase(Locale.ROOT);
		long amount = Syntax.decimal(v.substring(colon + 1));
		if (amount < 0) {
			return node.error("sdp-bandwidth-malformed", "bandwidth " + Syntax.quote(v) + " is not a whole number",
					"RFC 8866 §5.8").build();
		}
		if (session) {
			return node.meaning(switch (type) {
				case "AS" -> amount + " kbit/s for all the streams of the session together (RFC 8866 §5.8), including"
						+ " IP/UDP/RTP overhead; a media-level b=AS, where given, sizes each stream";
				case "TIAS" -> amount + " bit/s for the media of the whole session, without transport overhead (RFC 3890)";
				case "RS", "RR" -> amount + " bit/s of RTCP for " + ("RS".equals(type) ? "active senders" : "receivers")
						+ ", given once for the session and applying to each stream that has no b=" + type + " of its own"
						+ " (RFC 3556)";
				case "CT" -> amount + " kbit/s in total for the whole conference";
				default -> "bandwidth type " + type + " not known to Sigref";
			}).build();
		}
		return node.meaning(switch (type) {
			case "AS" -> amount + " kbit/s for this stream, including IP/UDP/RTP overhead; the P-CSCF/PCRF size the"
					+ " bearer from it";
			case "CT" -> amount + " kbit/s in total for the whole conference";
			case "TIAS" -> amount + " bit/s for the media alone, without transport overhead (RFC 3890)";
			case "RS" -> amount == 0 ? "0 bit/s of RTCP for active senders" : amount + " bit/s of RTCP for active senders";
			case "RR" -> amount == 0 ? "0 bit/s of RTCP for receivers" : amount + " bit/s of RTCP for receivers";
			default -> "bandwidth type " + type + " not known to Sigref";
		}).build();
	}

	private static String shortName(String encoding, String fmtp) {
		if ("AMR".equalsIgnoreCase(encoding) || "AMR-WB".equalsIgnoreCase(encoding)) {
			return encoding + (fmtp.contains("octet-align=1") ? " (octet-aligned)" : " (bandwidth-efficient)");
		}
		return encoding;
	}

	private static void putFirstWord(Map<String, String> into, String rest) {
		int space = rest.indexOf(' ');
		if (space > 0) {
			into.putIfAbsent(rest.substring(0, space), rest.substring(space + 1).trim());
		}
		else if (!rest.isEmpty()) {
			into.putIfAbsent(rest, "");
		}
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
