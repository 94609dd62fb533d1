package dev.sigref.ims;

/**
 * The IMS-AKA nonce of a Digest challenge (RFC 3310 §3.2, 3GPP TS 33.203 §6.1): base64 of RAND (16 bytes) and AUTN
 * (16 bytes), optionally followed by server data. AUTN is SQN⊕AK (6 bytes), AMF (2 bytes) and MAC (8 bytes)
 * (3GPP TS 33.102 §6.3.3). Also the AUTS of a resynchronisation (TS 33.102 §6.3.5, RFC 3310 §3.4).
 */
public final class AkaNonce {

	static final String NONCE_REFERENCE = "RFC 3310 §3.2";
	static final String AUTN_REFERENCE = "3GPP TS 33.102 §6.3.3";
	static final String AUTS_REFERENCE = "3GPP TS 33.102 §6.3.5";
	static final String AMF_REFERENCE = "3GPP TS 33.102 Annex H";

	private AkaNonce() {
	}

	/** Decodes the nonce value (quotes tolerated). */
	public static DecodedValue decode(String nonce) {
		String raw = Syntax.unquote(nonce);
		Node node = Node.of("nonce", raw);
		if (raw.isEmpty()) {
			return node.meaning("empty nonce").build();
		}
		byte[] bytes = Syntax.base64(raw);
		if (bytes == null) {
			return node.error("aka-nonce-not-base64", "the aka nonce " + Syntax.quote(raw)
					+ " is not valid base64, so rand and autn cannot be read", NONCE_REFERENCE).build();
		}
		if (bytes.length < 32) {
			return node.error("aka-nonce-too-short", "the aka nonce " + Syntax.quote(raw) + " decodes to " + bytes.length
					+ " bytes; rand and autn need 32", NONCE_REFERENCE).build();
		}
		node.part("RAND", Syntax.hex(bytes, 0, 16), "128-bit random challenge; the USIM/ISIM computes RES, CK and IK from it");
		node.part(autn(bytes));
		if (bytes.length > 32) {
			node.part("server data", Syntax.hex(bytes, 32, bytes.length), (bytes.length - 32)
					+ " bytes the server appended for its own use; the UE ignores them");
		}
		return node.meaning("AKA challenge: RAND " + Syntax.hex(bytes, 0, 16) + " and AUTN " + Syntax.hex(bytes, 16, 32))
			.build();
	}

	private static DecodedValue autn(byte[] bytes) {
		Node node = Node.of("AUTN", Syntax.hex(bytes, 16, 32));
		node.part("SQN xor AK", Syntax.hex(bytes, 16, 22), "sequence number concealed with the anonymity key;"
				+ " only the HSS/AuC and the USIM can recover SQN");
		int amf = ((bytes[22] & 0xFF) << 8) | (bytes[23] & 0xFF);
		boolean separation = (amf & 0x8000) != 0;
		node.part("AMF", Syntax.hex(bytes, 22, 24), "authentication management field; separation bit (bit 0) is "
				+ (separation ? "1: a vector made for E-UTRAN/EPS access" : "0: a vector for non-EPS use such as IMS")
				+ "; bits 8 to 15 are operator-specific");
		if (separation) {
			node.warning("aka-amf-separation-bit-set", "the amf " + Syntax.hex(bytes, 22, 24)
					+ " has the separation bit set, which marks an EPS vector; an IMS AKA challenge normally uses a non-EPS vector",
					AMF_REFERENCE);
		}
		node.part("MAC", Syntax.hex(bytes, 24, 32), "network authentication code; the USIM checks it to authenticate the network");
		return node.meaning("authentication token: SQN xor AK, AMF and MAC").build();
	}

	/** Decodes the {@code auts} value of a resynchronisation: 14 bytes, SQN_MS xor AK* (6) and MAC-S (8). */
	public static DecodedValue auts(String auts) {
		String raw = Syntax.unquote(auts);
		Node node = Node.of("auts", raw);
		byte[] bytes = Syntax.base64(raw);
		if (bytes == null) {
			return node.error("aka-auts-not-base64", "auts " + Syntax.quote(raw) + " is not valid base64", "RFC 3310 §3.4")
				.build();
		}
		if (bytes.length != 14) {
			return node.error("aka-auts-wrong-length", "auts " + Syntax.quote(raw) + " decodes to " + bytes.length
					+ " bytes; it must be 14 (sqn_ms xor ak* and mac-s)", AUTS_REFERENCE).build();
		}
		node.part("SQN_MS xor AK*", Syntax.hex(bytes, 0, 6), "the USIM's highest accepted sequence number, concealed");
		node.part("MAC-S", Syntax.hex(bytes, 6, 14), "resynchronisation authentication code computed by the USIM");
		return node.meaning("synchronisation failure: the USIM rejected the SQN of the challenge as out of range and"
				+ " sends its own SQN so the HSS can resynchronise and send a fresh challenge").build();
	}

}
