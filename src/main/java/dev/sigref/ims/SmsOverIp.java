package dev.sigref.ims;

import java.nio.charset.StandardCharsets;
import java.util.List;
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

	/**
	 * Decodes a body as sent, or as a log wrote it out: a body of hex digits only (blanks allowed between them), as
	 * many logs print binary bodies, is read as the bytes it spells, with a note.
	 */
	public static DecodedValue decodeBody(byte[] body) {
		byte[] spelled = hexText(body);
		if (spelled == null) {
			return decode(body);
		}
		DecodedValue v = decode(spelled);
		List<ImsFinding> findings = new java.util.ArrayList<>(v.findings());
		findings.add(0, ImsFinding.info("sms-body-as-hex-text", "the body is written as " + body.length + " characters of"
				+ " hex text, not sent as " + spelled.length + " binary bytes; it is read as the bytes it spells. On the"
				+ " wire the body is binary: a receiver given this text reads '" + (char) body[0] + (char) body[1]
				+ "' as the first octet", RP));
		return new DecodedValue(v.label(), v.raw(), v.meaning(), v.parts(), findings);
	}

	/** The bytes a body of hex digits spells (pairs, blanks between them allowed), or null if it is not such text. */
	private static byte[] hexText(byte[] body) {
		StringBuilder digits = new StringBuilder(body.length);
		for (byte b : body) {
			char c = (char) (b & 0xFF);
			if (Character.digit(c, 16) >= 0 && c < 0x80) {
				digits.append(c);
			}
			else if (c != ' ' && c != '\r' && c != '\n' && c != '\t') {
				return null;
			}
		}
		if (digits.length() < 4 || digits.length() % 2 != 0) {
			return null;
		}
		return java.util.HexFormat.of().parseHex(digits);
	}

	/** Decodes the body's bytes; never throws, a short or odd body is reported as a finding. */
	public static DecodedValue decode(byte[] body) {
		Node node = Node.of("SMS over IP (RP message)", hex(body, 0, Math.min(body.length, 64)));
		Reader in = new Reader(body);
		if (body.length < 2) {
			return node.error("sms-rp-truncated", "the body holds " + body.length + " byte(s); an rp message has at"
					+ " least its message type and message reference", RP).build();
		}
		int first = in.u8();
		int mti = first & 0x07;
		int mr = in.u8();
		if ((first & 0xF8) != 0) {
			// TS 24.011 §8.2.2: bits 4-8 of the first octet are spare and sent as 0; text that only looks binary (a body
			// written out as hex or ASCII) sets them, so nothing after it is to be trusted
			node.warning("sms-rp-spare-bits-set", String.format("the first octet 0x%02x has its spare bits set (only the"
					+ " low 3 bits carry the message type); this may be no rp message at all", first), "3GPP TS 24.011 §8.2.2");
		}
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
				+ (type.equals("RP-DATA") || type.equals("RP-SMMA") ? " with its RP-ACK or RP-ERROR"
						: " with the RP-DATA or RP-SMMA it answers"));
		node.meaning(type + " " + direction + (mti == 0 ? " (mobile-originated short message)"
				: mti == 1 ? " (mobile-terminated short message)"
				: mti == 6 ? " (memory available: the MS can take short messages again)" : ""));
		switch (type) {
			case "RP-DATA" -> rpData(node, in, toNetwork);
			case "RP-ACK" -> rpUserDataElement(node, in, toNetwork, false);
			case "RP-ERROR" -> rpError(node, in, toNetwork);
			default -> { }
		}
		if (!in.failed && !in.truncated && in.remaining() > 0) {
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
		if (!toNetwork && oa != null && oa.raw().equals("00")) {
			node.error("sms-smsc-missing", "the rp-originator address is empty: an mt short message names the service"
					+ " centre that delivers it", RP);
		}
		rpUserData(node, in, toNetwork, "data");
	}

	/**
	 * The RP-User-Data length and the TPDU. When the length runs past the body, the bytes present are still read as
	 * the TPDU (its own checks say what is cut), and are not reported a second time as trailing bytes.
	 */
	private static void rpUserData(Node node, Reader in, boolean toNetwork, String carrier) {
		int length = in.u8();
		if (in.failed) {
			node.error("sms-rp-truncated", "the body ends before the rp-user-data length", RP);
			return;
		}
		if (length > in.remaining()) {
			node.error("sms-rp-truncated", "rp-user-data declares " + length + " byte(s), " + in.remaining() + " present",
					RP);
			in.truncated = true;
			length = in.remaining();
		}
		node.part(tpdu(in.slice(length), toNetwork, carrier));
	}

	private static void rpError(Node node, Reader in, boolean toNetwork) {
		int length = in.u8();
		if (in.failed || length < 1 || length > in.remaining()) {
			node.error("sms-rp-truncated", "the rp-error ends before its rp-cause", RP);
			return;
		}
		byte[] cause = in.slice(length);
		int value = cause[0] & 0x7F;
		// TS 24.011 Table 8.4: an undefined cause from the MS (an mt transfer) counts as 111, one from the network as 41
		String meaning = RP_CAUSES.getOrDefault(value, toNetwork
				? "not a defined cause; treated as 111, protocol error, unspecified"
				: "not a defined cause; treated as 41, temporary failure");
		Node c = Node.of("RP-Cause", String.valueOf(value)).meaning(value + " " + meaning
				+ (length > 1 ? " (diagnostic " + hex(cause, 1, cause.length) + ")" : ""));
		node.part(c.build());
		node.meaning(node.meaning() + ": " + meaning);
		node.info("sms-rp-error", "the relay layer failed with rp-cause " + value + " (" + meaning + ")", RP_CAUSE);
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
		rpUserData(node, in, toNetwork, error ? "error" : "ack");
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
		String number = bcd(a, 1, a.length, (a[0] & 0x70) == 0x10, Integer.MAX_VALUE);
		return DecodedValue.leaf(label, hex(in.bytes, start, in.at), number + ": " + role + " ("
				+ rpTypeOfNumber(a[0]) + ")");
	}

	/** Type of number and numbering plan of an RP address (TS 24.011 §8.2.5.1 refers to TS 24.008 §10.5.4.7). */
	private static String rpTypeOfNumber(byte toa) {
		String ton = switch ((toa >> 4) & 0x07) {
			case 0 -> "unknown type of number";
			case 1 -> "international number";
			case 2 -> "national number";
			case 3 -> "network specific number";
			case 4 -> "dedicated access, short code";
			default -> "reserved type of number";
		};
		return ton + numberingPlan(toa);
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
			case "SMS-STATUS-REPORT" -> statusReport(node, in, b[0]);
			case "SMS-DELIVER-REPORT", "SMS-SUBMIT-REPORT" -> report(node, in, b[0], carrier.equals("error"), !fromMs);
			case "SMS-COMMAND" -> command(node, in);
			default -> node.error("sms-tp-type-reserved", "tp-mti " + mti + " is reserved in this direction", TP);
		}
		if (in.failed) {
			node.error("sms-tpdu-truncated", "the " + type + " ends before its mandatory fields do", TP);
		}
		else if (in.remaining() > 0 && !type.equals("reserved")) {
			node.warning("sms-tpdu-trailing-bytes", in.remaining() + " byte(s) follow the end of the " + type + ": "
					+ hex(b, in.at, b.length), TP);
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
		int mr = in.u8();
		if (!in.failed) {
			node.part("TP-MR", String.valueOf(mr), "message reference: a status report on this message repeats it (the"
					+ " SMS-SUBMIT-REPORT is paired through the RP-Message Reference)");
		}
		node.part(tpAddress(in, "TP-Destination-Address", "the recipient"));
		pidAndDcs(node, in);
		switch (vpf) {
			case 2 -> {
				int vp = in.u8();
				if (!in.failed) {
					node.part("TP-VP", String.valueOf(vp), "relative validity: " + relativeValidity(vp));
				}
			}
			case 3 -> {
				DecodedValue vp = timestamp(node, in, "TP-VP", "absolute validity period: the SMSC discards the message"
						+ " after this time");
				node.part(vp);
			}
			case 1 -> {
				int at = in.at;
				in.slice(7);
				if (!in.failed) {
					node.part("TP-VP", hex(in.bytes, at, at + 7), "enhanced validity period (TS 23.040 §9.2.3.12.3),"
							+ " shown in hex");
				}
			}
			default -> node.part("TP-VPF", "0", "no validity period: the SMSC's default applies");
		}
		userData(node, in, first);
	}

	/** SMS-COMMAND (TS 23.040 §9.2.2.4): what the SME asks the SMSC to do with an earlier message. */
	private static void command(Node node, Reader in) {
		int mr = in.u8();
		int pid = in.u8();
		int ct = in.u8();
		int mn = in.u8();
		if (in.failed) {
			return;
		}
		node.part("TP-MR", String.valueOf(mr), "message reference of this command");
		node.part("TP-PID", String.format("0x%02x", pid), protocolIdentifier(pid));
		node.part("TP-CT", String.format("0x%02x", ct), switch (ct) {
			case 0 -> "enquiry about the earlier message";
			case 1 -> "cancel the status report request of the earlier message";
			case 2 -> "delete the earlier message";
			case 3 -> "request a status report on the earlier message";
			default -> ct >= 0xE0 ? "command specific to the service centre" : "reserved command type";
		});
		node.part("TP-MN", String.valueOf(mn), "message reference of the earlier SMS-SUBMIT the command is about");
		node.part(tpAddress(in, "TP-Destination-Address", "the recipient of the earlier message"));
		int cdl = in.u8();
		if (in.failed) {
			return;
		}
		int at = in.at;
		in.slice(cdl);
		if (!in.failed) {
			node.part("TP-CD", hex(in.bytes, at, at + cdl), cdl + " octet(s) of command data");
		}
	}

	private static void deliver(Node node, Reader in, byte first) {
		node.part("TP-MMS", bit(first, 2), (first & 0x04) != 0 ? "no more messages are waiting"
				: "more messages are waiting in the SMSC");
		node.part("TP-SRI", bit(first, 5), (first & 0x20) != 0 ? "a status report will go back to the sender"
				: "no status report");
		node.part(tpAddress(in, "TP-Originating-Address", "the sender"));
		pidAndDcs(node, in);
		node.part(timestamp(node, in, "TP-SCTS", "when the service centre received the message"));
		userData(node, in, first);
	}

	private static void statusReport(Node node, Reader in, byte first) {
		boolean srq = (first & 0x20) != 0;
		int mr = in.u8();
		if (in.failed) {
			return;
		}
		node.part("TP-MR", String.valueOf(mr), "message reference of the " + (srq ? "SMS-COMMAND" : "SMS-SUBMIT")
				+ " this reports on" + (srq ? " (TP-SRQ set: the result of a command)" : ""));
		node.part(tpAddress(in, "TP-Recipient-Address", "the recipient of the reported message"));
		node.part(timestamp(node, in, "TP-SCTS", "when the service centre received the reported message"));
		node.part(timestamp(node, in, "TP-DT", "when the outcome was reached: delivery, giving up, or for a status"
				+ " of 0x20-0x3f the last attempt"));
		int st = in.u8();
		if (in.failed) {
			return;
		}
		node.part("TP-ST", String.format("0x%02x", st), status(st));
		if (in.remaining() > 0) {
			optionalFields(node, in, first);
		}
	}

	/** TP-ST (TS 23.040 §9.2.3.15). */
	private static String status(int st) {
		return switch (st) {
			case 0x00 -> "short message received by the recipient";
			case 0x01 -> "forwarded by the service centre to the recipient, which cannot confirm delivery";
			case 0x02 -> "replaced by the service centre";
			case 0x20 -> "congestion; the service centre still tries";
			case 0x21 -> "recipient busy; the service centre still tries";
			case 0x22 -> "no response from the recipient; the service centre still tries";
			case 0x23 -> "service rejected; the service centre still tries";
			case 0x24 -> "quality of service not available; the service centre still tries";
			case 0x25 -> "error in the recipient; the service centre still tries";
			case 0x40 -> "remote procedure error; permanent, the service centre gave up";
			case 0x41 -> "incompatible destination; permanent";
			case 0x42 -> "connection rejected by the recipient; permanent";
			case 0x43 -> "not obtainable; permanent";
			case 0x44 -> "quality of service not available; permanent";
			case 0x45 -> "no interworking available; permanent";
			case 0x46 -> "validity period expired; permanent";
			case 0x47 -> "deleted by the originating SME; permanent";
			case 0x48 -> "deleted by the service centre's administration; permanent";
			case 0x49 -> "the short message does not exist in the service centre; permanent";
			case 0x60 -> "congestion; the service centre gave up";
			case 0x61 -> "recipient busy; the service centre gave up";
			case 0x62 -> "no response from the recipient; the service centre gave up";
			case 0x63 -> "service rejected; the service centre gave up";
			case 0x64 -> "quality of service not available; the service centre gave up";
			case 0x65 -> "error in the recipient; the service centre gave up";
			default -> st >= 0x80 ? "reserved value"
					: (st & 0x1F) >= 0x10 ? "value specific to the service centre ("
							+ (st < 0x20 ? "transaction completed" : st < 0x40 ? "temporary error, still trying"
									: st < 0x60 ? "permanent error" : "temporary error, given up") + ")"
					: "reserved value (" + (st < 0x20 ? "transaction completed" : st < 0x40
							? "temporary error, still trying" : st < 0x60 ? "permanent error" : "temporary error, given up")
							+ ")";
		};
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
		if (hasTimestamp) {
			// SMS-SUBMIT-REPORT: TP-PI, then TP-SCTS, then the optional fields
			int pi = parameterIndicator(node, in);
			node.part(timestamp(node, in, "TP-SCTS", "when the service centre took the submitted message"));
			optionalFieldsAfterPi(node, in, first, pi);
			return;
		}
		optionalFields(node, in, first);
	}

	/** TP-PI and the TP-PID, TP-DCS, TP-UDL/TP-UD it announces (TS 23.040 §9.2.3.27). */
	private static void optionalFields(Node node, Reader in, byte first) {
		int pi = parameterIndicator(node, in);
		optionalFieldsAfterPi(node, in, first, pi);
	}

	/** TP-PI; a set bit 7 announces another TP-PI octet, whose bits are all reserved so far. */
	private static int parameterIndicator(Node node, Reader in) {
		int at = in.at;
		int pi = in.u8();
		int last = pi;
		while (!in.failed && (last & 0x80) != 0) {
			last = in.u8();
		}
		if (in.failed) {
			return 0;
		}
		node.part("TP-PI", hex(in.bytes, at, in.at), "optional fields present:" + ((pi & 1) != 0 ? " TP-PID" : "")
				+ ((pi & 2) != 0 ? " TP-DCS" : "") + ((pi & 4) != 0 ? " TP-UDL" : "") + ((pi & 7) == 0 ? " none" : "")
				+ (in.at - at > 1 ? " (extended by " + (in.at - at - 1) + " more octet(s))" : ""));
		return pi;
	}

	private static void optionalFieldsAfterPi(Node node, Reader in, byte first, int pi) {
		int dcs = 0;
		if ((pi & 1) != 0) {
			int pid = in.u8();
			if (!in.failed) {
				node.part("TP-PID", String.format("0x%02x", pid), protocolIdentifier(pid));
			}
		}
		if ((pi & 2) != 0) {
			dcs = in.u8();
			if (!in.failed) {
				node.part("TP-DCS", String.format("0x%02x", dcs), dataCoding(dcs).describe());
			}
		}
		if ((pi & 4) != 0 && !in.failed) {
			userDataAfterDcs(node, in, first, dataCoding(dcs));
		}
	}

	/** TP-FCS (TS 23.040 §9.2.3.22). */
	private static String failureCause(int fcs) {
		return switch (fcs) {
			case 0x80 -> "telematic interworking not supported";
			case 0x81 -> "short message type 0 not supported";
			case 0x82 -> "cannot replace short message";
			case 0x8F -> "unspecified TP-PID error";
			case 0x90 -> "data coding scheme (alphabet) not supported";
			case 0x91 -> "message class not supported";
			case 0x9F -> "unspecified TP-DCS error";
			case 0xA0 -> "command cannot be actioned";
			case 0xA1 -> "command unsupported";
			case 0xAF -> "unspecified TP-Command error";
			case 0xB0 -> "TPDU not supported";
			case 0xC6 -> "TP-VPF not supported";
			case 0xC7 -> "TP-VP not supported";
			case 0xD4 -> "(U)SIM Application Toolkit busy";
			case 0xD5 -> "(U)SIM data download error";
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
			default -> fcs >= 0xE0 && fcs <= 0xFE ? "value specific to an application" : "reserved value";
		};
	}

	private static void pidAndDcs(Node node, Reader in) {
		int pid = in.u8();
		if (in.failed) {
			return;
		}
		node.part("TP-PID", String.format("0x%02x", pid), protocolIdentifier(pid));
		int dcs = in.u8();
		if (!in.failed) {
			node.part("TP-DCS", String.format("0x%02x", dcs), dataCoding(dcs).describe());
		}
		in.dcs = dcs;
	}

	/** TP-PID (TS 23.040 §9.2.3.9). */
	private static String protocolIdentifier(int pid) {
		return switch (pid) {
			case 0x00 -> "a plain short message, no interworking";
			case 0x40 -> "short message type 0: the handset acknowledges it without storing or showing it";
			case 0x5E -> "Enhanced Message Service (obsolete)";
			case 0x5F -> "return call message";
			case 0x7C -> "ANSI-136 R-DATA";
			case 0x7D -> "ME data download";
			case 0x7E -> "ME de-personalization short message";
			case 0x7F -> "(U)SIM data download";
			default -> pid >= 0x41 && pid <= 0x47 ? "replace short message type " + (pid - 0x40)
					: pid >= 0x20 && pid <= 0x3F ? "telematic interworking (device type 0x" + Integer.toHexString(pid & 0x1F)
							+ ")"
					: pid >= 0xC0 ? "value specific to the service centre" : "reserved value";
		};
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
		// compressed text counts octets whatever the alphabet (TS 23.040 §9.2.3.16)
		boolean septets = coding.alphabet == Alphabet.GSM7 && !coding.compressed;
		int octets = septets ? (udl * 7 + 7) / 8 : udl;
		node.part("TP-UDL", String.valueOf(udl), septets ? udl + " septets" : udl + " octets");
		if (octets > in.remaining()) {
			node.error("sms-user-data-truncated", "tp-udl " + udl + " needs " + octets + " byte(s) of user data, "
					+ in.remaining() + " present", "3GPP TS 23.040 §9.2.3.16");
			in.slice(in.remaining()); // the short user data, not trailing bytes
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
			node.part(userDataHeader(node, ud, headerOctets));
		}
		if (coding.compressed) {
			node.part("TP-UD", hex(ud, headerOctets, ud.length), "compressed text (TS 23.042), shown in hex");
			return;
		}
		if (coding.alphabet == Alphabet.UCS2 && (ud.length - headerOctets) % 2 != 0) {
			node.warning("sms-ucs2-odd-length", "the ucs-2 text holds " + (ud.length - headerOctets) + " octets, an odd"
					+ " count: its last octet is half a character and is not shown", "3GPP TS 23.038 §6.2.3");
		}
		String text = switch (coding.alphabet) {
			case GSM7 -> gsm7(ud, headerOctets == 0 ? 0 : (headerOctets * 8 + 6) / 7, udl);
			case UCS2 -> new String(ud, headerOctets, (ud.length - headerOctets) & ~1, StandardCharsets.UTF_16BE);
			default -> null;
		};
		node.part("TP-UD", text != null ? text : hex(ud, headerOctets, ud.length),
				text != null ? "the text of the message" : "8-bit data, shown in hex");
	}

	private static final String UDH = "3GPP TS 23.040 §9.2.3.24";

	private static DecodedValue userDataHeader(Node tpdu, byte[] ud, int end) {
		Node h = Node.of("TP-UDH", hex(ud, 0, end));
		StringBuilder meaning = new StringBuilder();
		int i = 1;
		while (i + 1 < end) {
			int iei = ud[i] & 0xFF;
			int len = ud[i + 1] & 0xFF;
			if (i + 2 + len > end) {
				h.warning("sms-udh-element-overrun", String.format("information element 0x%02x declares %d octet(s), %d"
						+ " left in the header", iei, len, end - i - 2), UDH);
				break;
			}
			String raw = hex(ud, i, i + 2 + len);
			if (iei == 0x00 && len == 3 || iei == 0x08 && len == 4) {
				int ref = iei == 0 ? ud[i + 2] & 0xFF : (ud[i + 2] & 0xFF) << 8 | ud[i + 3] & 0xFF;
				int total = ud[i + 2 + len - 2] & 0xFF;
				int seq = ud[i + 2 + len - 1] & 0xFF;
				h.part("concatenation", raw, "part " + seq + " of " + total + ", reference " + ref);
				if (total == 0 || seq == 0 || seq > total) {
					// §9.2.3.24.1: the receiver ignores such an element and takes the message as a single one
					h.warning("sms-concatenation-invalid", "concatenation part " + seq + " of " + total + " is no valid"
							+ " position; a receiver ignores the element", "3GPP TS 23.040 §9.2.3.24.1");
				}
				else {
					meaning.append("part ").append(seq).append(" of ").append(total).append(" of a concatenated message");
				}
			}
			else if ((iei == 0x04 && len == 2) || (iei == 0x05 && len == 4)) {
				int dest = iei == 4 ? ud[i + 2] & 0xFF : (ud[i + 2] & 0xFF) << 8 | ud[i + 3] & 0xFF;
				int orig = iei == 4 ? ud[i + 3] & 0xFF : (ud[i + 4] & 0xFF) << 8 | ud[i + 5] & 0xFF;
				h.part("application port", raw, "destination port " + dest + ", originator port " + orig
						+ (dest == 2948 ? " (WAP push)" : ""));
			}
			else if ((iei == 0x24 || iei == 0x25) && len == 1) {
				int table = ud[i + 2] & 0xFF;
				h.part(iei == 0x24 ? "national language single shift" : "national language locking shift", raw,
						"national language table " + table + " (TS 23.038 Annex A)");
				tpdu.warning("sms-national-language-table", "the user data header names national language table "
						+ table + " (" + (iei == 0x24 ? "single" : "locking") + " shift); the text is shown with the"
						+ " default alphabet, so characters of that table appear as others", "3GPP TS 23.038 §6.2.1.2.4");
			}
			else if (iei == 0x01 && len == 2) {
				h.part("special SMS message indication", raw, ((ud[i + 2] & 0x80) != 0 ? "store" : "discard") + "; "
						+ switch (ud[i + 2] & 0x03) {
							case 0 -> "voice message";
							case 1 -> "fax message";
							case 2 -> "e-mail message";
							default -> "other message";
						} + " waiting: " + (ud[i + 3] & 0xFF));
			}
			else {
				h.part(String.format("IEI 0x%02x", iei), raw, "information element (see " + UDH + ")");
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
	/**
	 * TP-DCS read by its coding group (TS 23.038 §4). Reserved codings are read as the GSM 7-bit default alphabet, as
	 * the clause tells a receiving entity to.
	 */
	private static Coding dataCoding(int dcs) {
		int group = dcs >> 4;
		if (group <= 0x7) {
			int alphabet = (dcs >> 2) & 0x03;
			Alphabet a = switch (alphabet) {
				case 1 -> Alphabet.EIGHT_BIT;
				case 2 -> Alphabet.UCS2;
				default -> Alphabet.GSM7;
			};
			String cls = (dcs & 0x10) != 0 ? messageClass(dcs & 0x03) : "";
			String notes = (group >= 0x4 ? "marked for automatic deletion" : "")
					+ (group >= 0x4 && !cls.isEmpty() ? ", " : "") + cls
					+ (alphabet == 3 ? (group >= 0x4 || !cls.isEmpty() ? ", " : "")
							+ "reserved alphabet, read as the GSM 7-bit default alphabet" : "");
			return new Coding(a, (dcs & 0x20) != 0, notes);
		}
		String indication = ((dcs & 0x08) != 0 ? "active" : "inactive") + ", " + switch (dcs & 0x03) {
			case 0 -> "voicemail";
			case 1 -> "fax";
			case 2 -> "e-mail";
			default -> "other";
		} + " message waiting";
		return switch (group) {
			case 0xC -> new Coding(Alphabet.GSM7, false, "message waiting indication " + indication + ", discard message");
			case 0xD -> new Coding(Alphabet.GSM7, false, "message waiting indication " + indication + ", store message");
			case 0xE -> new Coding(Alphabet.UCS2, false, "message waiting indication " + indication + ", store message");
			case 0xF -> new Coding((dcs & 0x04) != 0 ? Alphabet.EIGHT_BIT : Alphabet.GSM7, false,
					messageClass(dcs & 0x03));
			default -> new Coding(Alphabet.GSM7, false, "reserved coding group, read as the GSM 7-bit default alphabet");
		};
	}

	private static String messageClass(int c) {
		return "message class " + c + switch (c) {
			case 0 -> " (shown at once, not stored)";
			case 1 -> " (stored in the handset)";
			case 2 -> " ((U)SIM specific)";
			default -> " (for the terminal equipment)";
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
				: bcd(a, 0, a.length, (toa & 0x70) == 0x10, digits);
		return DecodedValue.leaf(label, hex(in.bytes, start, in.at), value + ": " + role + " ("
				+ typeOfNumber((byte) toa) + ")");
	}

	/** Type of number and numbering plan of a TP address (TS 23.040 §9.1.2.5). */
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
		return ton + ((toa & 0x70) == 0x50 ? "" : numberingPlan(toa));
	}

	private static String numberingPlan(byte toa) {
		return switch (toa & 0x0F) {
			case 0 -> ", unknown numbering plan";
			case 1 -> ", E.164";
			case 3 -> ", X.121";
			case 4 -> ", telex (F.69)";
			case 5, 6 -> ", numbering plan specific to the service centre";
			case 8 -> ", national numbering plan";
			case 9 -> ", private numbering plan";
			case 10 -> ", ERMES";
			default -> ", reserved numbering plan";
		};
	}

	/** Seven semi-octets: year, month, day, hour, minute, second, time zone in quarter hours (TS 23.040 §9.2.3.11). */
	private static DecodedValue timestamp(Node node, Reader in, String label, String role) {
		int at = in.at;
		byte[] t = in.slice(7);
		if (in.failed) {
			return null;
		}
		int[] v = new int[6];
		boolean digits = true;
		for (int i = 0; i < 6; i++) {
			digits &= (t[i] & 0x0F) <= 9 && ((t[i] >> 4) & 0x0F) <= 9;
			v[i] = (t[i] & 0x0F) * 10 + ((t[i] >> 4) & 0x0F);
		}
		digits &= (t[6] & 0x07) <= 9 && ((t[6] >> 4) & 0x0F) <= 9;
		String raw = hex(in.bytes, at, at + 7);
		if (!digits || v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > 31 || v[3] > 23 || v[4] > 59 || v[5] > 59) {
			node.warning("sms-timestamp-invalid", label.toLowerCase(java.util.Locale.ROOT) + " " + raw + " is no valid"
					+ " date and time in semi-octets", "3GPP TS 23.040 §9.2.3.11");
			return DecodedValue.leaf(label, raw, "not a valid time: " + role);
		}
		int quarters = (t[6] & 0x07) * 10 + ((t[6] >> 4) & 0x0F);
		int minutes = quarters * 15;
		String zone = ((t[6] & 0x08) != 0 ? "-" : "+") + String.format("%02d:%02d", minutes / 60, minutes % 60);
		// two digits of year: read as 19xx from 90 on, the convention of most stacks
		int year = v[0] >= 90 ? 1900 + v[0] : 2000 + v[0];
		return DecodedValue.leaf(label, raw, String.format("%d-%02d-%02d %02d:%02d:%02d %s: %s", year, v[1], v[2], v[3],
				v[4], v[5], zone, role));
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
					// reserved for a further extension table: shown as a space (TS 23.038 §6.2.1.1)
					case 0x1B -> ' ';
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
	private static String bcd(byte[] b, int from, int to, boolean international, int maxDigits) {
		StringBuilder sb = new StringBuilder(international ? "+" : "");
		int count = 0;
		for (int i = from; i < to; i++) {
			for (int nibble : new int[] { b[i] & 0x0F, (b[i] >> 4) & 0x0F }) {
				if (count++ >= maxDigits) {
					return sb.toString(); // the address length counts useful digits: the rest is filler
				}
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

	/** Bytes {@code [from, to)} in lower-case hex, as SMS PDUs are usually written; past the end, what there is. */
	static String hex(byte[] b, int from, int to) {
		int end = Math.min(to, b.length);
		return from >= end ? "" : java.util.HexFormat.of().formatHex(b, from, end);
	}

	/** A cursor over bytes that turns reading past the end into a flag instead of an exception. */
	private static final class Reader {

		final byte[] bytes;

		int at;

		boolean failed;

		/** A length ran past the body and was cut to what is present: the rest is no trailing data. */
		boolean truncated;

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
