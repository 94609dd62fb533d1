package dev.sigref.ims;

import java.util.Locale;
import java.util.Set;

/**
 * A PLMN identity (MCC + MNC, 3GPP TS 23.003 §2.2 and ITU-T E.212) and the home network domain built from it
 * ({@code ims.mnc260.mcc310.3gppnetwork.org}, TS 23.003 §13.2).
 *
 * @param mcc the 3-digit mobile country code
 * @param mnc the 2- or 3-digit mobile network code, as written
 */
public record Plmn(String mcc, String mnc) {

	/**
	 * MCCs whose networks use 3-digit MNCs. Kept short on purpose: only countries where that is certain. North
	 * America is required to use 3 digits (the PCS 1900 note of TS 24.008 §10.5.1.3); the others are operator
	 * allocations that have always been 3 digits. For any other MCC the decoder does not guess.
	 */
	private static final Set<String> THREE_DIGIT_MNC_COUNTRIES = Set.of("302", "310", "311", "312", "313", "314", "315",
			"316", "334", "722", "732");

	static final String HOME_DOMAIN_REFERENCE = "3GPP TS 23.003 §13.2";

	public String display() {
		return mcc + "-" + mnc;
	}

	/** Whether networks of this MCC are known to use 3-digit MNCs. */
	public static boolean usesThreeDigitMnc(String mcc) {
		return THREE_DIGIT_MNC_COUNTRIES.contains(mcc);
	}

	/**
	 * Reads {@code mnc260.mcc310} labels from a domain such as {@code ims.mnc260.mcc310.3gppnetwork.org}; null if none.
	 * The domain always writes three MNC digits, a two-digit MNC with a 0 before it (TS 23.003 §13.2): that 0 is dropped
	 * unless the country is known to use three-digit MNCs, so that {@code mnc001.mcc001} is 001-01, as the IMSI says.
	 */
	public static Plmn fromDomain(String domain) {
		String d = Syntax.lower(domain);
		int mncAt = d.indexOf("mnc");
		while (mncAt >= 0) {
			boolean labelStart = mncAt == 0 || d.charAt(mncAt - 1) == '.';
			if (labelStart && d.length() >= mncAt + 14 && d.startsWith(".mcc", mncAt + 6)) {
				String mnc = d.substring(mncAt + 3, mncAt + 6);
				String mcc = d.substring(mncAt + 10, mncAt + 13);
				boolean labelEnd = mncAt + 13 == d.length() || d.charAt(mncAt + 13) == '.';
				if (Syntax.isDigits(mnc) && Syntax.isDigits(mcc) && labelEnd) {
					return new Plmn(mcc, mnc.charAt(0) == '0' && !usesThreeDigitMnc(mcc) ? mnc.substring(1) : mnc);
				}
			}
			mncAt = d.indexOf("mnc", mncAt + 3);
		}
		return null;
	}

	/** The MCC and MNC as parts of a decoded tree. */
	void addParts(Node node) {
		node.part("MCC", mcc, "mobile country code " + mcc + describeTestNetwork());
		node.part("MNC", mnc, mnc.length() + "-digit mobile network code " + mnc);
	}

	private String describeTestNetwork() {
		return "001".equals(mcc) ? " (the test network code used by test equipment and lab cores)" : "";
	}

	@Override
	public String toString() {
		return display().toLowerCase(Locale.ROOT);
	}

}
