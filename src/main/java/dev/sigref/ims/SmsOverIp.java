package dev.sigref.ims;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An {@code application/vnd.3gpp.sms} body (SMS over IP, TS 24.341): an RP message of TS 24.011 §7.3 (RP-DATA, RP-ACK,
 * RP-ERROR, RP-SMMA) and, inside its RP-User-Data, the TPDU of TS 23.040 §9.2 (SMS-SUBMIT, SMS-DELIVER, the reports).
 * Reads every field an engineer checks when a short message fails: who the SMSC and the recipient are, the message
 * reference that pairs an RP-DATA with its RP-ACK or RP-ERROR, the RP cause, the coding and the text itself.
 */
public final class SmsOverIp {

	private static final String RP = "3GPP TS 24.011 §7.3";

	private static final String RP_CAUSE = "3GPP TS 24.011 §8.2.5.4";

	private static final String TP = "3GPP TS 23.040 §9.2.2";

	private static final String DCS = "3GPP TS 23.038 §4";

	/** RP-Cause values (TS 24.011 Table 8.4). */
	private static final Map<Integer, String> RP_CAUSES = Map.ofEntries(Map.entry(1, "unassigned (unallocated) number"),
			Map.entry(8, "operator determined barring"), Map.entry(10, "call barred"), Map.entry(11, "reserved"),
			Map.entry(21, "short message transfer rejected"), Map.entry(22, "memory capacity exceeded"),
			Map.entry(27, "destination out of order"), Map.entry(28, "unidentified subscriber"),
			Map.entry(29, "facility rejected"), Map.entry(30, "unknown subscriber"),
			Map.entry(38, "network out of order"), Map.entry(41, "temporary failure"), Map.entry(42, "congestion"),
			Map.entry(47, "resources unavailable, unspecified"), Map.entry(50, "requested facility not subscribed"),
			Map.entry(69, "requested facility not implemented"),
			Map.entry(81, "invalid short message transfer reference value"),
			Map.entry(95, "semantically incorrect message"), Map.entry(96, "invalid mandatory information"),
			Map.entry(97, "message type non-existent or not implemented"),
			Map.entry(98, "message not compatible with short message protocol state"),
			Map.entry(99, "information element non-existent or not implemented"),
			Map.entry(111, "protocol error, unspecified"), Map.entry(127, "interworking, unspecified"));

	/** The GSM 7-bit default alphabet (TS 23.038 §6.2.1); 0x1B escapes to the extension table. */
	private static final String GSM7 = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private SmsOverIp() {
	}

	/** Decodes the body's bytes; never throws, a short or odd body is reported as a finding. */
	public static DecodedValue decode(byte[] body) {
		Node node = Node.of("SMS over IP (RP message)", hex(body, 0, Math.min(body.length, 64)));
		Reader in = new Reader(body);
		if (body.length < 2) {
			return node.error("sms-rp-truncated", "the body holds " + body.length + " byte(s); an rp message has at"
					+ " least its message type and message reference", RP).build();
		}
		int mti = in.u8() & 0x07;
		int mr = in.u8();
		boolean toNetwork = mti % 2 == 0;
		String direction = toNetwork ? "MS to network" : "network to MS";
		String type = switch (mti) {
			case 0, 1 -> "RP-DATA";
			case 2, 3 -> "RP-ACK";
			case 4, 5 -> "RP-ERROR";
			case 6 -> "RP-SMMA";
			default -> null;
		};
		if (type == null) {
			node.part("RP-MTI", hex(body, 0, 1), "reserved message type " + mti);
			return node.error("sms-rp-type-unknown", "rp message type indicator " + mti + " is reserved", RP).build();
		}
		node.part("RP-MTI", hex(body, 0, 1), type + ", " + direction);
		node.part("RP-Message Reference", String.valueOf(mr), "pairs this " + type
				+ (type.equals("RP-DATA") || type.equals("RP-SMMA") ? " with its RP-ACK or RP-ERROR" : " with its RP-DATA"));
		node.meaning(type + " " + direction + (mti == 0 ? " (mobile-originated short message)"
				: mti == 1 ? " (mobile-terminated short message)" : ""));
		switch (type) {
			case "RP-DATA" -> rpData(node, in, toNetwork);
			case "RP-ACK" -> rpUserDataElement(node, in, toNetwork, false);
			case "RP-ERROR" -> rpError(node, in, toNetwork);
			default -> { }
		}
		if (!in.failed && in.remaining() > 0) {
			node.warning("sms-rp-trailing-bytes", in.remaining() + " byte(s) follow the end of the " + type + ": "
					+ hex(body, in.at, body.length), RP);
		}
		return node.build();
	}

	private static void rpData(Node node, Reader in, boolean toNetwork) {
		DecodedValue oa = rpAddress(in, "RP-Originator Address", toNetwork ? "empty, as an MS sends it"
				: "the service centre that delivers the message");
		int daStart = in.at;
		DecodedValue da = in.failed ? null : rpAddress(in, "RP-Destination Address",
				toNetwork ? "the service centre (SMSC) the message is submitted to" : "empty, as the network sends it");
		node.part(oa).part(da);
		if (in.failed) {
			node.error("sms-rp-truncated", "the rp-data ends inside its addresses", RP);
			return;
		}
		if (toNetwork && oa != null && !oa.raw().equals("00")) {
			node.warning("sms-rp-originator-not-empty", "an rp-data from the ms carries an rp-originator address ("
					+ oa.raw() + "); it is sent empty (length 0) in this direction", RP);
		}
		if (!toNetwork && in.byteAt(daStart) != 0) {
			node.warning("sms-rp-destination-not-empty", "an rp-data to the ms carries an rp-destination address; it"
					+ " is sent empty (length 0) in this direction", RP);
		}
		if (toNetwork && in.byteAt(daStart) == 0) {
			node.error("sms-smsc-missing", "the rp-destination address is empty: an mo short message must name the"
					+ " service centre it is submitted to", RP);
		}
		int length = in.u8();
		if (in.failed || length > in.remaining()) {
			node.error("sms-rp-truncated", "rp-user-data declares " + Math.max(length, 0) + " byte(s), "
					+ Math.max(in.remaining(), 0) + " present", RP);
			return;
		}
		node.part(tpdu(in.slice(length), toNetwork, "data"));
	}

	private static void rpError(Node node, Reader in, boolean toNetwork) {
		int length = in.u8();
		if (in.failed || length < 1 || length > in.remaining()) {
			node.error("sms-rp-truncated", "the rp-error ends before its rp-cause", RP);
			return;
		}
		byte[] cause = in.slice(length);
		int value = cause[0] & 0x7F;
		String meaning = RP_CAUSES.getOrDefault(value, "not a defined cause; treated as 41, temporary failure");
		Node c = Node.of("RP-Cause", String.valueOf(value)).meaning(value + " " + meaning
				+ (length > 1 ? " (diagnostic " + hex(cause, 1, cause.length) + ")" : ""));
		node.part(c.build());
		node.meaning(node.meaning() + ": " + meaning);
		node.info("sms-rp-error", "the short message failed with rp-cause " + value + " (" + meaning + ")", RP_CAUSE);
		rpUserDataElement(node, in, toNetwork, true);
	}

	/** The optional RP-User-Data of an RP-ACK or RP-ERROR: IEI 0x41, a length and a report TPDU. */
	private static void rpUserDataElement(Node node, Reader in, boolean toNetwork, boolean error) {
		if (in.remaining() == 0) {
			return;
		}
		if (in.byteAt(in.at) != 0x41) {
			return; // not the user data element: reported as trailing bytes
		}
		in.u8();
		int length = in.u8();
		if (in.failed || length > in.remaining()) {
			node.error("sms-rp-truncated", "rp-user-data declares " + Math.max(length, 0) + " byte(s), "
					+ Math.max(in.remaining(), 0) + " present", RP);
			return;
		}
		node.part(tpdu(in.slice(length), toNetwork, error ? "error" : "ack"));
	}

	/** An RP address: a length in octets, the type of number, BCD digits (TS 24.011 §8.2.5.1, §8.2.5.2). */
	private static DecodedValue rpAddress(Reader in, String label, String role) {
		int start = in.at;
		int length = in.u8();
		if (in.failed || length > in.remaining()) {
			in.failed = true;
			return null;
		}
		if (length == 0) {
			return DecodedValue.leaf(label, "00", role);
		}
		byte[] a = in.slice(length);
		String number = bcd(a, 1, a.length, (a[0] & 0x70) == 0x10);
		return DecodedValue.leaf(label, hex(in.bytes, start, in.at), number + ": " + role + " (" + typeOfNumber(a[0]) + ")");
	}

	/**
	 * A TPDU. Its type is read from TP-MTI and the direction: SMS-SUBMIT, SMS-DELIVER-REPORT and SMS-COMMAND go from the
	 * MS, SMS-DELIVER, SMS-SUBMIT-REPORT and SMS-STATUS-REPORT come from the service centre (TS 23.040 §9.2.3.1).
	 */
	private static DecodedValue tpdu(byte[] b, boolean fromMs, String carrier) {
		if (b.length == 0) {
			return Node.of("TPDU", "").error("sms-tpdu-empty", "the rp-user-data holds no tpdu", TP).build();
		}
		int mti = b[0] & 0x03;
		String type = fromMs ? switch (mti) {
			case 0 -> "SMS-DELIVER-REPORT";
			case 1 -> "SMS-SUBMIT";
			case 2 -> "SMS-COMMAND";
			default -> "reserved";
		} : switch (mti) {
			case 0 -> "SMS-DELIVER";
			case 1 -> "SMS-SUBMIT-REPORT";
			case 2 -> "SMS-STATUS-REPORT";
			default -> "reserved";
		};
		Node node = Node.of("TPDU", hex(b, 0, b.length)).meaning(type);
		node.part("TP-MTI", String.valueOf(mti), type);
		Reader in = new Reader(b);
		in.u8();
		switch (type) {
			case "SMS-SUBMIT" -> submit(node, in, b[0]);
			case "SMS-DELIVER" -> deliver(node, in, b[0]);
			case "SMS-STATUS-REPORT" -> statusReport(node, in);
			case "SMS-DELIVER-REPORT", "SMS-SUBMIT-REPORT" -> report(node, in, b[0], carrier.equals("error"), !fromMs);
			case "SMS-COMMAND" -> node.part("TP-MR", String.valueOf(in.u8()), "message reference of the command");
			default -> node.error("sms-tp-type-reserved", "tp-mti " + mti + " is reserved in this direction", TP);
		}
		if (in.failed) {
			node.error("sms-tpdu-truncated", "the " + type + " ends before its mandatory fields do", TP);
		}
		if (carrier.equals("data") && (type.endsWith("REPORT") && !type.equals("SMS-STATUS-REPORT"))) {
			node.warning("sms-tp-type-unexpected", "an rp-data carries a " + type + ", which belongs in an rp-ack or"
					+ " rp-error", TP);
		}
		return node.build();
	}

	private static void submit(Node node, Reader in, byte first) {
		int vpf = (first >> 3) & 0x03;
		node.part("TP-RD", bit(first, 2), (first & 0x04) != 0 ? "reject a duplicate of a message still held"
				: "accept a duplicate");
		node.part("TP-SRR", bit(first, 5), (first & 0x20) != 0 ? "a status report is requested" : "no status report requested");
		node.part("TP-MR", String.valueOf(in.u8()), "message reference the SMSC's SMS-SUBMIT-REPORT and status report"
				+ " repeat");
		node.part(tpAddress(in, "TP-Destination-Address", "the recipient"));
		pidAndDcs(node, in);
		switch (vpf) {
			case 2 -> {
				int vp = in.u8();
				node.part("TP-VP", String.valueOf(vp), "relative validity: " + relativeValidity(vp));
			}
			case 1, 3 -> {
				int at = in.at;
				in.slice(7);
				node.part("TP-VP", in.failed ? "" : hex(in.bytes, at, at + 7), vpf == 3 ? "absolute validity period"
						: "enhanced validity period");
			}
			default -> node.part("TP-VPF", "0", "no validity period: the SMSC's default applies");
		}
		userData(node, in, first);
	}

	private static void deliver(Node node, Reader in, byte first) {
		node.part("TP-MMS", bit(first, 2), (first & 0x04) != 0 ? "no more messages are waiting"
				: "more messages are waiting in the SMSC");
		node.part("TP-SRI", bit(first, 5), (first & 0x20) != 0 ? "a status report will go back to the sender"
				: "no status report");
		node.part(tpAddress(in, "TP-Originating-Address", "the sender"));
		pidAndDcs(node, in);
		node.part(timestamp(in, "TP-SCTS", "when the service centre received the message"));
		userData(node, in, first);
	}

	private static void statusReport(Node node, Reader in) {
		node.part("TP-MR", String.valueOf(in.u8()), "message reference of the SMS-SUBMIT this reports on");
		node.part(tpAddress(in, "TP-Recipient-Address", "the recipient of the reported message"));
		node.part(timestamp(in, "TP-SCTS", "when the service centre received the reported message"));
		node.part(timestamp(in, "TP-DT", "when the outcome was reached (delivered, or given up)"));
		int st = in.u8();
		if (!in.failed) {
			String meaning = st <= 0x02 ? "delivered" : st < 0x20 ? "completed (reserved or service-centre specific value)"
					: st < 0x40 ? "temporary error, the service centre still tries"
					: st < 0x60 ? "permanent error, the service centre gave up" : "temporary error, the service centre gave up";
			node.part("TP-ST", String.format("0x%02x", st), meaning);
		}
	}

	/** SMS-DELIVER-REPORT or SMS-SUBMIT-REPORT: TP-FCS on an RP-ERROR only, then TP-PI (TS 23.040 §9.2.2.1a, 9.2.2.2a). */
	private static void report(Node node, Reader in, byte first, boolean error, boolean hasTimestamp) {
		if (error) {
			int fcs = in.u8();
			if (!in.failed) {
				node.part("TP-FCS", String.format("0x%02x", fcs), failureCause(fcs));
			}
		}
		if (in.remaining() == 0) {
			return;
		}
		int pi = in.u8();
		node.part("TP-PI", String.format("0x%02x", pi), "optional fields present:" + ((pi & 1) != 0 ? " TP-PID" : "")
				+ ((pi & 2) != 0 ? " TP-DCS" : "") + ((pi & 4) != 0 ? " TP-UDL" : "") + ((pi & 7) == 0 ? " none" : ""));
		if (hasTimestamp) {
			node.part(timestamp(in, "TP-SCTS", "when the service centre took the submitted message"));
		}
		int dcs = 0;
		if ((pi & 1) != 0) {
			node.part("TP-PID", String.format("0x%02x", in.u8()), "protocol identifier");
		}
		if ((pi & 2) != 0) {
			dcs = in.u8();
			node.part("TP-DCS", String.format("0x%02x", dcs), dataCoding(dcs).describe());
		}
		if ((pi & 4) != 0 && !in.failed) {
			userDataAfterDcs(node, in, first, dataCoding(dcs));
		}
	}

	private static String failureCause(int fcs) {
		return switch (fcs) {
			case 0xC0 -> "SC busy";
			case 0xC1 -> "no SC subscription";
			case 0xC2 -> "SC system failure";
			case 0xC3 -> "invalid SME address";
			case 0xC4 -> "destination SME barred";
			case 0xC5 -> "SM rejected, duplicate SM";
			case 0xD0 -> "(U)SIM SMS storage full";
			case 0xD1 -> "no SMS storage capability in (U)SIM";
			case 0xD2 -> "error in MS";
			case 0xD3 -> "memory capacity exceeded";
			case 0xFF -> "unspecified error cause";
			default -> fcs >= 0x80 && fcs <= 0x8F ? "telematic interworking not supported or failed"
					: fcs >= 0x90 && fcs <= 0x9F ? "TP-DCS error" : fcs >= 0xA0 && fcs <= 0xAF ? "TP-Command error"
					: "failure cause (see TS 23.040 §9.2.3.22)";
		};
	}

	private static void pidAndDcs(Node node, Reader in) {
		int pid = in.u8();
		if (in.failed) {
			return;
		}
		node.part("TP-PID", String.format("0x%02x", pid), switch (pid) {
			case 0x00 -> "a plain short message, no interworking";
			case 0x40 -> "short message type 0: the handset acknowledges it without storing or showing it";
			case 0x5F -> "return call message";
			case 0x7F -> "(U)SIM data download";
			default -> pid >= 0x41 && pid <= 0x47 ? "replace short message type " + (pid - 0x40)
					: "protocol identifier (see TS 23.040 §9.2.3.9)";
		});
		int dcs = in.u8();
		if (!in.failed) {
			node.part("TP-DCS", String.format("0x%02x", dcs), dataCoding(dcs).describe());
		}
		in.dcs = dcs;
	}

	private static void userData(Node node, Reader in, byte first) {
		if (in.failed) {
			return;
		}
		userDataAfterDcs(node, in, first, dataCoding(in.dcs));
	}

	/**
	 * TP-UDL and TP-UD: UDL counts septets for the 7-bit alphabet and octets otherwise; with TP-UDHI the user data
	 * starts with a header (UDHL, then elements), and 7-bit text starts at the next septet boundary after it.
	 */
	private static void userDataAfterDcs(Node node, Reader in, byte first, Coding coding) {
		int udl = in.u8();
		if (in.failed) {
			return;
		}
		int octets = coding.alphabet == Alphabet.GSM7 ? (udl * 7 + 7) / 8 : udl;
		node.part("TP-UDL", String.valueOf(udl), coding.alphabet == Alphabet.GSM7 ? udl + " septets" : udl + " octets");
		if (octets > in.remaining()) {
			node.error("sms-user-data-truncated", "tp-udl " + udl + " needs " + octets + " byte(s) of user data, "
					+ in.remaining() + " present", "3GPP TS 23.040 §9.2.3.16");
			return;
		}
		byte[] ud = in.slice(octets);
		int headerOctets = 0;
		if ((first & 0x40) != 0 && ud.length > 0) {
			headerOctets = 1 + (ud[0] & 0xFF);
			if (headerOctets > ud.length) {
				node.error("sms-user-data-truncated", "the user data header declares " + (headerOctets - 1)
						+ " byte(s), " + (ud.length - 1) + " present", "3GPP TS 23.040 §9.2.3.24");
				return;
			}
			node.part(userDataHeader(ud, headerOctets));
		}
		if (coding.compressed) {
			node.part("TP-UD", hex(ud, headerOctets, ud.length), "compressed text (TS 23.042), shown in hex");
			return;
		}
		String text = switch (coding.alphabet) {
			case GSM7 -> gsm7(ud, headerOctets == 0 ? 0 : (headerOctets * 8 + 6) / 7, udl);
			case UCS2 -> new String(ud, headerOctets, (ud.length - headerOctets) & ~1, StandardCharsets.UTF_16BE);
			default -> null;
		};
		node.part("TP-UD", text != null ? text : hex(ud, headerOctets, ud.length),
				text != null ? "the text of the message" : "8-bit data, shown in hex");
	}

	private static DecodedValue userDataHeader(byte[] ud, int end) {
		Node h = Node.of("TP-UDH", hex(ud, 0, end));
		StringBuilder meaning = new StringBuilder();
		int i = 1;
		while (i + 1 < end) {
			int iei = ud[i] & 0xFF;
			int len = ud[i + 1] & 0xFF;
			if (i + 2 + len > end) {
				break;
			}
			if (iei == 0x00 && len == 3 || iei == 0x08 && len == 4) {
				int ref = iei == 0 ? ud[i + 2] & 0xFF : (ud[i + 2] & 0xFF) << 8 | ud[i + 3] & 0xFF;
				int total = ud[i + 2 + len - 2] & 0xFF;
				int seq = ud[i + 2 + len - 1] & 0xFF;
				h.part("concatenation", hex(ud, i, i + 2 + len), "part " + seq + " of " + total + ", reference " + ref);
				meaning.append("part ").append(seq).append(" of ").append(total).append(" of a concatenated message");
			} else {
				h.part(String.format("IEI 0x%02x", iei), hex(ud, i, i + 2 + len), "information element (see TS 23.040"
						+ " §9.2.3.24)");
			}
			i += 2 + len;
		}
		return h.meaning(meaning.length() > 0 ? meaning.toString() : "user data header").build();
	}

	private enum Alphabet {
		GSM7, EIGHT_BIT, UCS2, RESERVED
	}

	private record Coding(Alphabet alphabet, boolean compressed, String group) {

		String describe() {
			String a = switch (alphabet) {
				case GSM7 -> "GSM 7-bit default alphabet";
				case EIGHT_BIT -> "8-bit data";
				case UCS2 -> "UCS-2 (UTF-16)";
				default -> "reserved alphabet";
			};
			return a + (compressed ? ", compressed" : "") + (group.isEmpty() ? "" : ", " + group);
		}

	}

	/** TP-DCS read by its coding group (TS 23.038 §4). */
	private static Coding dataCoding(int dcs) {
		int group = dcs >> 4;
		if (group <= 0x7) {
			Alphabet a = switch ((dcs >> 2) & 0x03) {
				case 0 -> Alphabet.GSM7;
				case 1 -> Alphabet.EIGHT_BIT;
				case 2 -> Alphabet.UCS2;
				default -> Alphabet.RESERVED;
			};
			String cls = (dcs & 0x10) != 0 ? "message class " + (dcs & 0x03) : "";
			return new Coding(a, (dcs & 0x20) != 0, (group >= 0x4 ? "marked for automatic deletion" : "")
					+ (group >= 0x4 && !cls.isEmpty() ? ", " : "") + cls);
		}
		return switch (group) {
			case 0xC -> new Coding(Alphabet.GSM7, false, "message waiting indication, discard message");
			case 0xD -> new Coding(Alphabet.GSM7, false, "message waiting indication, store message");
			case 0xE -> new Coding(Alphabet.UCS2, false, "message waiting indication, store message");
			case 0xF -> new Coding((dcs & 0x04) != 0 ? Alphabet.EIGHT_BIT : Alphabet.GSM7, false,
					"message class " + (dcs & 0x03));
			default -> new Coding(Alphabet.RESERVED, false, "reserved coding group");
		};
	}

	/** A TP address: a length in semi-octets, the type of address, digits or packed 7-bit text (TS 23.040 §9.1.2.5). */
	private static DecodedValue tpAddress(Reader in, String label, String role) {
		int start = in.at;
		int digits = in.u8();
		int toa = in.u8();
		if (in.failed) {
			return null;
		}
		byte[] a = in.slice((digits + 1) / 2);
		if (in.failed) {
			return null;
		}
		String value = (toa & 0x70) == 0x50 ? gsm7(a, 0, digits * 4 / 7)
				: bcd(a, 0, a.length, (toa & 0x70) == 0x10);
		return DecodedValue.leaf(label, hex(in.bytes, start, in.at), value + ": " + role + " ("
				+ typeOfNumber((byte) toa) + ")");
	}

	private static String typeOfNumber(byte toa) {
		String ton = switch ((toa >> 4) & 0x07) {
			case 0 -> "unknown type of number";
			case 1 -> "international number";
			case 2 -> "national number";
			case 3 -> "network specific number";
			case 4 -> "subscriber number";
			case 5 -> "alphanumeric";
			case 6 -> "abbreviated number";
			default -> "reserved type of number";
		};
		String npi = switch (toa & 0x0F) {
			case 0 -> ", unknown numbering plan";
			case 1 -> ", E.164";
			case 3 -> ", X.121";
			case 8 -> ", national numbering plan";
			case 9 -> ", private numbering plan";
			default -> "";
		};
		return ton + ((toa & 0x70) == 0x50 ? "" : npi);
	}

	/** Seven semi-octets: year, month, day, hour, minute, second, time zone in quarter hours (TS 23.040 §9.2.3.11). */
	private static DecodedValue timestamp(Reader in, String label, String role) {
		int at = in.at;
		byte[] t = in.slice(7);
		if (in.failed) {
			return null;
		}
		int[] v = new int[6];
		for (int i = 0; i < 6; i++) {
			v[i] = (t[i] & 0x0F) * 10 + ((t[i] >> 4) & 0x0F);
		}
		int quarters = (t[6] & 0x07) * 10 + ((t[6] >> 4) & 0x0F);
		int minutes = quarters * 15;
		String zone = ((t[6] & 0x08) != 0 ? "-" : "+") + String.format("%02d:%02d", minutes / 60, minutes % 60);
		return DecodedValue.leaf(label, hex(in.bytes, at, at + 7), String.format("20%02d-%02d-%02d %02d:%02d:%02d %s: %s",
				v[0], v[1], v[2], v[3], v[4], v[5], zone, role));
	}

	private static String relativeValidity(int vp) {
		if (vp <= 143) {
			int minutes = (vp + 1) * 5;
			return minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
		}
		if (vp <= 167) {
			int minutes = 12 * 60 + (vp - 143) * 30;
			return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
		}
		return vp <= 196 ? (vp - 166) + " days" : (vp - 192) + " weeks";
	}

	/** Unpacks septets {@code [from, to)} of packed 7-bit data into text with the default alphabet and its extension. */
	static String gsm7(byte[] b, int from, int to) {
		StringBuilder sb = new StringBuilder(Math.max(0, to - from));
		boolean escape = false;
		for (int s = from; s < to; s++) {
			int bit = s * 7;
			int i = bit / 8;
			if (i >= b.length) {
				break;
			}
			int v = (b[i] & 0xFF) >> (bit % 8);
			if (bit % 8 > 1 && i + 1 < b.length) {
				v |= (b[i + 1] & 0xFF) << (8 - bit % 8);
			}
			v &= 0x7F;
			if (escape) {
				sb.append(switch (v) {
					case 0x0A -> '\f';
					case 0x14 -> '^';
					case 0x28 -> '{';
					case 0x29 -> '}';
					case 0x2F -> '\\';
					case 0x3C -> '[';
					case 0x3D -> '~';
					case 0x3E -> ']';
					case 0x40 -> '|';
					case 0x65 -> '€';
					default -> GSM7.charAt(v);
				});
				escape = false;
			} else if (v == 0x1B) {
				escape = true;
			} else {
				sb.append(GSM7.charAt(v));
			}
		}
		return sb.toString();
	}

	/** Swapped-nibble BCD digits; F is filler, A-E are '*', '#', 'a', 'b', 'c' (TS 24.008 §10.5.4.7). */
	private static String bcd(byte[] b, int from, int to, boolean international) {
		StringBuilder sb = new StringBuilder(international ? "+" : "");
		for (int i = from; i < to; i++) {
			for (int nibble : new int[] { b[i] & 0x0F, (b[i] >> 4) & 0x0F }) {
				if (nibble == 0x0F) {
					continue;
				}
				sb.append("0123456789*#abc".charAt(nibble));
			}
		}
		return sb.toString();
	}

	private static String bit(byte b, int n) {
		return (b & (1 << n)) != 0 ? "1" : "0";
	}

	static String hex(byte[] b, int from, int to) {
		StringBuilder sb = new StringBuilder((to - from) * 2);
		for (int i = from; i < to && i < b.length; i++) {
			sb.append(String.format("%02x", b[i] & 0xFF));
		}
		return sb.toString();
	}

	/** A cursor over bytes that turns reading past the end into a flag instead of an exception. */
	private static final class Reader {

		final byte[] bytes;

		int at;

		boolean failed;

		int dcs;

		Reader(byte[] bytes) {
			this.bytes = bytes;
		}

		int remaining() {
			return bytes.length - at;
		}

		int byteAt(int i) {
			return i < bytes.length ? bytes[i] & 0xFF : -1;
		}

		int u8() {
			if (at >= bytes.length) {
				failed = true;
				return -1;
			}
			return bytes[at++] & 0xFF;
		}

		byte[] slice(int n) {
			if (n < 0 || n > remaining()) {
				failed = true;
				byte[] rest = java.util.Arrays.copyOfRange(bytes, Math.min(at, bytes.length), bytes.length);
				at = bytes.length;
				return rest;
			}
			byte[] out = java.util.Arrays.copyOfRange(bytes, at, at + n);
			at += n;
			return out;
		}

	}

}
