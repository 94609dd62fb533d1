package dev.sigref.ims;

import java.util.List;

/**
 * Decodes IMEI and IMEISV values (3GPP TS 23.003 §6.2), as written in a {@code urn:gsma:imei} URN (RFC 7254) in a
 * Contact's {@code +sip.instance} (RFC 7255), or bare.
 *
 * <p>The fifteenth digit needs care. On labels it is the Luhn check digit (TS 23.003 Annex B), but TS 23.003 §6.2.1
 * lets the equipment send a spare digit set to 0 instead, and many devices do exactly that in their instance id.
 * So a 0 that is not the Luhn digit is reported as information, and only any other wrong digit is an error.
 */
public final class Imei {

	static final String IMEI_REFERENCE = "3GPP TS 23.003 §6.2.1";
	static final String LUHN_REFERENCE = "3GPP TS 23.003 Annex B";
	static final String IMEISV_REFERENCE = "3GPP TS 23.003 §6.2.2";
	static final String URN_REFERENCE = "RFC 7254 §3";
	private static final String URN_PREFIX = "urn:gsma:imei:";

	private Imei() {
	}

	/** Decodes {@code urn:gsma:imei:35693803-564526-7;svn=01}, with or without quotes, angle brackets or hyphens. */
	public static DecodedValue decode(String value) {
		String raw = value == null ? "" : value.trim();
		String urn = Syntax.stripAngles(Syntax.unquote(Syntax.stripAngles(raw)));
		boolean isUrn = Syntax.lower(urn).startsWith(URN_PREFIX);
		String body = isUrn ? urn.substring(URN_PREFIX.length()) : urn;
		List<String> pieces = Syntax.split(body, ';');
		String imeiText = pieces.isEmpty() ? "" : pieces.get(0);
		Node node = Node.of(isUrn ? "urn:gsma:imei" : "IMEI", raw);
		String digits = imeiText.replace("-", "");
		if (!Syntax.isDigits(digits)) {
			return node.error("imei-not-digits", "the imei " + Syntax.quote(imeiText) + " must contain decimal digits only",
					IMEI_REFERENCE).build();
		}
		if (imeiText.contains("-") && !hyphenatedLikeRfc7254(imeiText)) {
			// with the grouping broken we cannot tell which digit is missing or extra, so do not guess a split
			return node.error("imei-urn-grouping-wrong", "the imei urn writes the value as 8 digits, 6 digits and 1 digit"
					+ " separated by hyphens, but " + Syntax.quote(imeiText) + " is grouped differently", URN_REFERENCE)
				.build();
		}
		if (isUrn && !imeiText.contains("-")) {
			node.info("imei-urn-without-hyphens", "the imei urn normally separates tac, serial number and last digit"
					+ " with hyphens; " + Syntax.quote(imeiText) + " has none but is still readable", URN_REFERENCE);
		}
		String svn = null;
		for (int i = 1; i < pieces.size(); i++) {
			Param p = Param.parse(pieces.get(i));
			if (p.name().equalsIgnoreCase("svn")) {
				svn = p.valueOrEmpty();
			}
			else if (!p.name().isEmpty()) {
				node.part(p.name(), p.valueOrEmpty(), "vendor or extension parameter of the imei urn");
			}
		}
		switch (digits.length()) {
			case 15 -> imei(node, digits);
			case 14 -> {
				imeiBody(node, digits);
				node.info("imei-without-last-digit", "the imei " + Syntax.quote(digits)
						+ " has 14 digits: tac and serial number without the check or spare digit", IMEI_REFERENCE);
				node.meaning("IMEI with TAC " + digits.substring(0, 8) + " and serial number " + digits.substring(8));
			}
			case 16 -> {
				imeiBody(node, digits.substring(0, 14));
				node.part(softwareVersion(digits.substring(14)));
				node.meaning("IMEISV: TAC " + digits.substring(0, 8) + ", serial number " + digits.substring(8, 14)
						+ ", software version " + digits.substring(14));
			}
			default -> {
				return node.error("imei-wrong-length", "an imei has 15 digits (imeisv 16), but " + Syntax.quote(imeiText)
						+ " has " + digits.length(), IMEI_REFERENCE).build();
			}
		}
		if (svn != null) {
			node.part(softwareVersion(svn));
			node.meaning(node.meaning() + "; with software version " + svn + " this is the IMEISV " + digits.substring(0,
					Math.min(14, digits.length())) + svn);
		}
		return node.build();
	}

	/** The Luhn check digit of the first 14 digits (TS 23.003 Annex B); -1 if the input is not 14 digits. */
	public static int luhnDigit(String fourteenDigits) {
		if (fourteenDigits == null || fourteenDigits.length() != 14 || !Syntax.isDigits(fourteenDigits)) {
			return -1;
		}
		int sum = 0;
		for (int i = 0; i < 14; i++) {
			int d = fourteenDigits.charAt(13 - i) - '0';
			// D1 is the rightmost digit; the odd-labelled digits D1, D3 ... D13 are doubled
			if (i % 2 == 0) {
				d *= 2;
				sum += d / 10 + d % 10;
			}
			else {
				sum += d;
			}
		}
		return (10 - sum % 10) % 10;
	}

	private static void imei(Node node, String digits) {
		imeiBody(node, digits.substring(0, 14));
		int written = digits.charAt(14) - '0';
		int expected = luhnDigit(digits.substring(0, 14));
		String verdict;
		if (written == expected) {
			verdict = "Luhn check digit, correct";
		}
		else if (written == 0) {
			verdict = "spare digit 0 sent in place of the check digit (the Luhn digit would be " + expected + ")";
			node.info("imei-spare-digit-zero", "the last digit of " + Syntax.quote(digits) + " is the spare digit 0 that"
					+ " equipment may send instead of the check digit; the luhn check digit would be " + expected, IMEI_REFERENCE);
		}
		else {
			verdict = "Luhn check digit, wrong: it should be " + expected;
			node.error("imei-check-digit-wrong", "the check digit of " + Syntax.quote(digits) + " is " + written
					+ " but the luhn digit of " + digits.substring(0, 14) + " is " + expected
					+ "; a digit was probably mistyped or altered", LUHN_REFERENCE);
		}
		node.part("check digit", String.valueOf(written), verdict);
		node.meaning("IMEI with TAC " + digits.substring(0, 8) + " and serial number " + digits.substring(8, 14)
				+ (written == expected ? ", check digit valid" : ""));
	}

	private static void imeiBody(Node node, String fourteen) {
		node.part("TAC", fourteen.substring(0, 8), "type allocation code: identifies the device model; its first two digits ("
				+ fourteen.substring(0, 2) + ") name the body that allocated it");
		node.part("SNR", fourteen.substring(8, 14), "serial number given by the manufacturer within the TAC");
	}

	private static DecodedValue softwareVersion(String svn) {
		Node node = Node.of("SVN", svn);
		if (svn.length() != 2 || !Syntax.isDigits(svn)) {
			return node.error("imeisv-svn-malformed", "the software version number " + Syntax.quote(svn)
					+ " must be two decimal digits", IMEISV_REFERENCE).build();
		}
		if ("99".equals(svn)) {
			node.warning("imeisv-svn-reserved", "software version number 99 is reserved", IMEISV_REFERENCE);
		}
		return node.meaning("software version number " + svn + " (the IMEISV replaces the check digit with these two digits)")
			.build();
	}

	private static boolean hyphenatedLikeRfc7254(String text) {
		return text.length() == 17 && text.charAt(8) == '-' && text.charAt(15) == '-';
	}

}
