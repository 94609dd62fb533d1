package dev.sigref.ims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** SMS over IP bodies: RP messages of TS 24.011 and the TPDUs of TS 23.040 inside them. */
class SmsOverIpTest {

	/** "hellohello" packed in the GSM 7-bit alphabet (TS 23.038 §6.1.2.1.1 packing). */
	private static final String HELLOHELLO = "e8329bfd4697d9ec37";

	private static DecodedValue decode(String hex) {
		return SmsOverIp.decode(HexFormat.of().parseHex(hex));
	}

	private static String meaning(DecodedValue v, String... path) {
		DecodedValue at = v;
		for (String label : path) {
			at = at.part(label).orElseThrow(() -> new AssertionError("no " + label + " in " + v));
		}
		return at.meaning();
	}

	private static String raw(DecodedValue v, String... path) {
		DecodedValue at = v;
		for (String label : path) {
			at = at.part(label).orElseThrow(() -> new AssertionError("no " + label + " in " + v));
		}
		return at.raw();
	}

	@Test
	void readsAMobileOriginatedRpDataWithItsSmscRecipientAndText() {
		// RP-DATA ms->n, MR 0x2a, empty OA, DA +491710000001 (SMSC), then SMS-SUBMIT to +491720000002, 10 septets
		String tpdu = "11" + "07" + "0c91" + "947102000020" + "00" + "00" + "a7" + "0a" + HELLOHELLO;
		String rp = "00" + "2a" + "00" + "0791" + "947101000010" + String.format("%02x", tpdu.length() / 2) + tpdu;
		DecodedValue v = decode(rp);
		assertThat(v.allFindings()).isEmpty();
		assertThat(v.meaning()).isEqualTo("RP-DATA MS to network (mobile-originated short message)");
		assertThat(raw(v, "RP-Message Reference")).isEqualTo("42");
		assertThat(meaning(v, "RP-Destination Address")).startsWith("+491710000001: the service centre");
		assertThat(meaning(v, "TPDU")).isEqualTo("SMS-SUBMIT");
		assertThat(meaning(v, "TPDU", "TP-Destination-Address")).startsWith("+491720000002: the recipient")
			.contains("international number, E.164");
		assertThat(meaning(v, "TPDU", "TP-VP")).isEqualTo("relative validity: 24 h");
		assertThat(raw(v, "TPDU", "TP-UD")).isEqualTo("hellohello");
		assertThat(meaning(v, "TPDU", "TP-DCS")).isEqualTo("GSM 7-bit default alphabet");
	}

	@Test
	void readsAMobileTerminatedDeliverWithItsTimestampAndSender() {
		// SMS-DELIVER from +4915112345678 (odd digit count: F filler), SCTS 2026-11-25 10:48:07 +01:00
		String tpdu = "04" + "0d91" + "945111325476f8" + "00" + "00" + "62115201847040" + "0a" + HELLOHELLO;
		String rp = "01" + "07" + "0791" + "947101000010" + "00" + String.format("%02x", tpdu.length() / 2) + tpdu;
		DecodedValue v = decode(rp);
		assertThat(v.allFindings()).isEmpty();
		assertThat(meaning(v, "RP-Originator Address")).startsWith("+491710000001: the service centre that delivers");
		assertThat(meaning(v, "TPDU")).isEqualTo("SMS-DELIVER");
		assertThat(meaning(v, "TPDU", "TP-Originating-Address")).startsWith("+4915112345678: the sender");
		assertThat(meaning(v, "TPDU", "TP-SCTS")).startsWith("2026-11-25 10:48:07 +01:00");
		assertThat(meaning(v, "TPDU", "TP-MMS")).isEqualTo("no more messages are waiting");
		assertThat(raw(v, "TPDU", "TP-UD")).isEqualTo("hellohello");
	}

	@Test
	void namesTheRpCauseOfAnRpError() {
		// RP-ERROR n->ms, MR 0x2a, cause 22, then an SMS-SUBMIT-REPORT with TP-FCS 0xd3
		DecodedValue v = decode("05" + "2a" + "0116" + "41" + "0a" + "01" + "d3" + "00" + "62115201847040");
		assertThat(v.meaning()).isEqualTo("RP-ERROR network to MS: memory capacity exceeded");
		assertThat(meaning(v, "RP-Cause")).isEqualTo("22 memory capacity exceeded");
		assertThat(v.allFindings()).extracting(ImsFinding::code).containsExactly("sms-rp-error");
		assertThat(meaning(v, "TPDU")).isEqualTo("SMS-SUBMIT-REPORT");
		assertThat(meaning(v, "TPDU", "TP-FCS")).isEqualTo("memory capacity exceeded");
	}

	@Test
	void readsAnRpAckWithItsDeliverReport() {
		DecodedValue v = decode("02" + "07" + "41" + "02" + "00" + "00");
		assertThat(v.allFindings()).isEmpty();
		assertThat(v.meaning()).isEqualTo("RP-ACK MS to network");
		assertThat(meaning(v, "TPDU")).isEqualTo("SMS-DELIVER-REPORT");
		assertThat(meaning(v, "TPDU", "TP-PI")).isEqualTo("optional fields present: none");
	}

	@Test
	void decodesUcs2TextAndAConcatenationHeader() {
		// SMS-SUBMIT with UDHI, UCS-2: UDH 05 00 03 ref=0x11 total=2 seq=1, then "Грüß" in UTF-16BE
		String ud = "050003110201" + "04130440" + "00fc00df";
		String tpdu = "51" + "00" + "0491" + "2143" + "00" + "08" + "a7" + String.format("%02x", ud.length() / 2) + ud;
		String rp = "00" + "01" + "00" + "0391" + "2143" + String.format("%02x", tpdu.length() / 2) + tpdu;
		DecodedValue v = decode(rp);
		assertThat(v.allFindings()).isEmpty();
		assertThat(meaning(v, "TPDU", "TP-UDH", "concatenation")).isEqualTo("part 1 of 2, reference 17");
		assertThat(raw(v, "TPDU", "TP-UD")).isEqualTo("Грüß");
	}

	@Test
	void findsSevenBitTextAfterAUserDataHeaderAtTheNextSeptetBoundary() {
		// UDH of 6 octets = 48 bits: text starts at septet 7, after one fill bit; UDL counts 7 + 5 septets
		byte[] text = pack("Hello", 1);
		String ud = "050003110201" + HexFormat.of().formatHex(text);
		String tpdu = "51" + "00" + "0491" + "2143" + "00" + "00" + "a7" + "0c" + ud;
		String rp = "00" + "01" + "00" + "0391" + "2143" + String.format("%02x", tpdu.length() / 2) + tpdu;
		assertThat(raw(decode(rp), "TPDU", "TP-UD")).isEqualTo("Hello");
	}

	@Test
	void readsTheEscapeTableOfTheGsmAlphabet() {
		// "€5" = ESC 0x65, '5' (0x35); "[x]" = ESC 0x3c, 'x', ESC 0x3e
		assertThat(SmsOverIp.gsm7(pack("\u001b\u0065\u0035", 0), 0, 3)).isEqualTo("€5");
		assertThat(SmsOverIp.gsm7(pack("\u001b\u003cx\u001b\u003e", 0), 0, 5)).isEqualTo("[x]");
	}

	@Test
	void reportsATruncatedBodyInsteadOfThrowing() {
		assertThat(decode("00").allFindings()).extracting(ImsFinding::code).containsExactly("sms-rp-truncated");
		assertThat(decode("002a000791947101").allFindings()).extracting(ImsFinding::code).contains("sms-rp-truncated");
		// UDL says 10 septets, 3 bytes follow
		String tpdu = "11" + "07" + "0491" + "2143" + "00" + "00" + "a7" + "0a" + "e8329b";
		String rp = "00" + "2a" + "00" + "0391" + "2143" + String.format("%02x", tpdu.length() / 2) + tpdu;
		assertThat(decode(rp).allFindings()).extracting(ImsFinding::code).containsExactly("sms-user-data-truncated");
		for (int cut = 0; cut < rp.length(); cut += 2) {
			assertThat(decode(rp.substring(0, cut))).isNotNull();
		}
	}

	@Test
	void flagsAnMoRpDataWithoutItsSmscAndAReservedMessageType() {
		assertThat(decode("00" + "01" + "00" + "00" + "00").allFindings()).extracting(ImsFinding::code)
			.contains("sms-smsc-missing");
		assertThat(decode("07" + "01").allFindings()).extracting(ImsFinding::code).containsExactly("sms-rp-type-unknown");
	}

	@Test
	void readsAReservedCodingAsTheGsmAlphabet() {
		// go-sms TestReservedDCS: DCS 0x80 and 0x0c carry "Hahahaha" in the default alphabet (TS 23.038 §4)
		assertThat(raw(decode("014207919471010000100016040491361900805150713220052308c8303a8c0ea3c3"), "TPDU", "TP-UD"))
			.isEqualTo("Hahahaha");
		DecodedValue v = decode("0142079194710100001000160404913619000c5150713220052308c8303a8c0ea3c3");
		assertThat(raw(v, "TPDU", "TP-UD")).isEqualTo("Hahahaha");
		assertThat(v.allFindings()).isEmpty();
	}

	@Test
	void countsCompressedUserDataInOctets() {
		DecodedValue v = decode("0142079194710100001000170404913619002051507132200523080102030405060708");
		assertThat(raw(v, "TPDU", "TP-UD")).isEqualTo("0102030405060708");
		assertThat(meaning(v, "TPDU", "TP-UDL")).isEqualTo("8 octets");
	}

	@Test
	void readsOnlyTheDigitsTheAddressLengthCounts() {
		// one useful digit (Android GsmSmsTest voicemail vector) and three
		assertThat(meaning(decode("0142079194710100001000144401800500c87020026195702b06040102000200"), "TPDU",
				"TP-Originating-Address")).startsWith("5: the sender");
		assertThat(meaning(decode("014207919471010000100016040381214300005150713220052308c8303a8c0ea3c3"), "TPDU",
				"TP-Originating-Address")).startsWith("123: the sender");
	}

	@Test
	void namesStatusAndFailureValuesFromTheirTables() {
		DecodedValue report = decode("0142079194710100001000" + "15" + "0242" + "04913619" + "51507132200523"
				+ "51408132200542" + "02");
		assertThat(meaning(report, "TPDU", "TP-ST")).isEqualTo("replaced by the service centre");
		assertThat(report.allFindings()).isEmpty();
		assertThat(meaning(decode("0142079194710100001000" + "15" + "0242" + "04913619" + "51507132200523"
				+ "51408132200542" + "ab"), "TPDU", "TP-ST")).isEqualTo("reserved value");
		DecodedValue error = decode("043301164103008100");
		assertThat(meaning(error, "TPDU", "TP-FCS")).isEqualTo("short message type 0 not supported");
		// an undefined cause from the MS counts as 111 (TS 24.011 Table 8.4, part 2)
		assertThat(meaning(decode("0433017e"), "RP-Cause")).contains("treated as 111");
	}

	@Test
	void followsTheExtensionBitOfTheParameterIndicator() {
		DecodedValue v = decode("023341040081007f");
		assertThat(meaning(v, "TPDU", "TP-PID")).isEqualTo("(U)SIM data download");
		assertThat(v.allFindings()).isEmpty();
	}

	@Test
	void showsADoubleEscapeAsASpaceAndWarnsOfANationalLanguageTable() {
		assertThat(SmsOverIp.gsm7(pack("\u001b\u001bx", 0), 0, 3)).isEqualTo(" x");
		DecodedValue v = decode("01420791947101000010001a44049136190000515071322005230c0625010124010107c2e608");
		assertThat(v.allFindings()).extracting(ImsFinding::code).contains("sms-national-language-table");
	}

	@Test
	void aCutRpUserDataIsOneErrorAndItsBytesAreStillRead() {
		DecodedValue v = decode("000100039121431101000491");
		assertThat(v.allFindings()).extracting(ImsFinding::code).contains("sms-rp-truncated")
			.doesNotContain("sms-rp-trailing-bytes");
		assertThat(meaning(v, "TPDU")).isEqualTo("SMS-SUBMIT");
	}

	@Test
	void readsABodyWrittenAsHexTextAsTheBytesItSpells() {
		String rp = "00" + "2a" + "00" + "0391" + "2143" + "0c" + "1107049121430000a702cf25";
		DecodedValue v = SmsOverIp.decodeBody(("00 2a 00 03 91 21 43 0c 11 07 04 91 21 43 00 00 a7 02 cf 25")
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		assertThat(v.findings()).extracting(ImsFinding::code).containsExactly("sms-body-as-hex-text");
		assertThat(raw(v, "TPDU", "TP-UD")).isEqualTo("OK");
		assertThat(SmsOverIp.decodeBody(HexFormat.of().parseHex(rp)).findings()).isEmpty();
		// text that spells no rp message is read as sent, with the spare bits noted
		assertThat(SmsOverIp.decodeBody("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).allFindings())
			.extracting(ImsFinding::code).contains("sms-rp-spare-bits-set");
	}

	@Test
	void flagsAnInvalidTimestampInsteadOfPrintingNonsense() {
		DecodedValue v = decode("01420791947101000010000f04049136190000ff2a215075032100");
		assertThat(v.allFindings()).extracting(ImsFinding::code).contains("sms-timestamp-invalid");
		assertThat(meaning(decode("0142079194710100001000160404913619000099202150750321" + "08c8303a8c0ea3c3"), "TPDU",
				"TP-SCTS")).startsWith("1999-02-12 05:57:30 +03:00");
	}

	/** Packs text in the GSM alphabet (ASCII letters only) after {@code fill} zero bits. */
	private static byte[] pack(String text, int fill) {
		int bits = fill + text.length() * 7;
		byte[] out = new byte[(bits + 7) / 8];
		int at = fill;
		for (char c : text.toCharArray()) {
			for (int b = 0; b < 7; b++, at++) {
				if ((c >> b & 1) != 0) {
					out[at / 8] |= (byte) (1 << (at % 8));
				}
			}
		}
		return out;
	}

}
