package dev.sigref.ims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits the cell identities carried in P-Access-Network-Info and Cellular-Network-Info (3GPP TS 24.229 §7.2A.4):
 * {@code cgi-3gpp} (GERAN: MCC MNC LAC CI), {@code utran-cell-id-3gpp} (UTRAN: MCC MNC LAC UC-Id; E-UTRAN: MCC MNC
 * TAC ECI; NR: MCC MNC TAC NCI) and {@code utran-sai-3gpp} (MCC MNC LAC SAC).
 *
 * <p>The string has no separators, so the MNC length (2 or 3 digits) can only be inferred from the total length and
 * the radio technology named by the access type. When that inference is shaky the result says so with a finding
 * instead of silently picking a split.
 */
public final class CellIdentity {

	static final String PANI_REFERENCE = "3GPP TS 24.229 §7.2A.4";
	private static final String ECI_REFERENCE = "3GPP TS 36.300 §8.2";
	private static final String NCI_REFERENCE = "3GPP TS 38.300 §8.2";
	private static final String LAC_REFERENCE = "3GPP TS 23.003 §4.1";

	/** The default gNB ID length shown when the network's real length is unknown. */
	public static final int DEFAULT_GNB_ID_BITS = 24;

	/** Radio technology family, derived from the access-type token. */
	public enum Radio {
		GERAN, UTRAN, EUTRAN, NR, UNKNOWN;

		public static Radio of(String accessType) {
			String t = Syntax.lower(accessType).trim();
			if (t.startsWith("3gpp-geran")) {
				return GERAN;
			}
			if (t.startsWith("3gpp-utran")) {
				return UTRAN;
			}
			if (t.startsWith("3gpp-e-utran")) {
				return EUTRAN;
			}
			if (t.startsWith("3gpp-nr")) {
				return NR;
			}
			return UNKNOWN;
		}
	}

	/** One way to cut the string: MNC digits, area code hex digits, cell hex digits. */
	private record Layout(Radio radio, int mncDigits, int areaDigits, String areaName, int cellDigits, String cellName) {

		int length() {
			return 3 + mncDigits + areaDigits + cellDigits;
		}

	}

	private CellIdentity() {
	}

	/**
	 * Decodes a cell identity parameter.
	 *
	 * @param accessType the access-type token of the same access-net-spec (for example {@code 3GPP-E-UTRAN-FDD}); may be
	 *     null or empty when unknown
	 * @param parameterName {@code utran-cell-id-3gpp}, {@code cgi-3gpp} or {@code utran-sai-3gpp}
	 * @param value the parameter value (quotes are tolerated)
	 */
	public static DecodedValue decode(String accessType, String parameterName, String value) {
		String name = Syntax.lower(parameterName).trim();
		String raw = Syntax.unquote(value);
		Node node = Node.of(name.isEmpty() ? "cell-identity" : name, raw);
		Radio radio = Radio.of(accessType);
		List<Layout> candidates = candidates(name, radio);
		if (candidates.isEmpty()) {
			return node.meaning("not a cell identity parameter Sigref knows how to split").build();
		}
		if (raw.isEmpty()) {
			return node.error("cell-id-empty", name + " has no value", PANI_REFERENCE).build();
		}
		List<Layout> fitting = new ArrayList<>();
		for (Layout layout : candidates) {
			if (layout.length() == raw.length()) {
				fitting.add(layout);
			}
		}
		if (fitting.isEmpty()) {
			return node.error("cell-id-length-unexpected", name + " " + Syntax.quote(raw) + " has " + raw.length()
					+ " characters; for " + describe(radio) + " it should have " + expectedLengths(candidates),
					PANI_REFERENCE).build();
		}
		Layout layout = fitting.get(0);
		if (fitting.stream().anyMatch(l -> l.mncDigits() != layout.mncDigits())) {
			node.warning("mnc-length-ambiguous", "the length of " + Syntax.quote(raw)
					+ " fits both a 2- and a 3-digit mnc; shown with " + layout.mncDigits() + " digits", PANI_REFERENCE);
		}
		if (radio == Radio.UNKNOWN && "utran-cell-id-3gpp".equals(name)) {
			node.info("cell-id-technology-unknown", "the access type " + Syntax.quote(accessType)
					+ " does not name the radio technology, so " + Syntax.quote(raw) + " is read as "
					+ describe(layout.radio()) + " from its length", PANI_REFERENCE);
		}
		return split(node, raw, layout);
	}

	/** A field cut out of a cell identity: its hex digits as the raw part, the description ending in hex and decimal. */
	private static void bitField(Node node, String label, long value, int hexDigits, String description) {
		node.part(label, Long.toHexString(value).toUpperCase(Locale.ROOT), description + Syntax.hexAndDecimal(value, hexDigits));
	}

	private static DecodedValue split(Node node, String raw, Layout layout) {
		String mcc = raw.substring(0, 3);
		String mnc = raw.substring(3, 3 + layout.mncDigits());
		int areaEnd = 3 + layout.mncDigits() + layout.areaDigits();
		String area = raw.substring(3 + layout.mncDigits(), areaEnd);
		String cell = raw.substring(areaEnd);
		if (!Syntax.isDigits(mcc) || !Syntax.isDigits(mnc)) {
			return node.error("plmn-not-decimal", "mcc and mnc must be decimal digits, but " + Syntax.quote(raw)
					+ " starts with " + Syntax.quote(mcc + mnc), "3GPP TS 23.003 §2.2").build();
		}
		if (!Syntax.isHex(area) || !Syntax.isHex(cell)) {
			return node.error("cell-id-not-hex", "the area code and cell identity must be hexadecimal, but "
					+ Syntax.quote(area + cell) + " in " + Syntax.quote(raw) + " is not", PANI_REFERENCE).build();
		}
		Plmn plmn = new Plmn(mcc, mnc);
		if (mnc.length() == 2 && Plmn.usesThreeDigitMnc(mcc)) {
			node.warning("mnc-length-ambiguous", "networks with mcc " + mcc + " use 3-digit mncs, but "
					+ Syntax.quote(raw) + " only leaves room for the 2-digit mnc " + Syntax.quote(mnc)
					+ "; the area code or cell identity may have the wrong length", PANI_REFERENCE);
		}
		plmn.addParts(node);
		long areaValue = Syntax.hex(area);
		long cellValue = Syntax.hex(cell);
		String areaText = "0x" + area.toUpperCase(Locale.ROOT);
		String cellText = "0x" + cell.toUpperCase(Locale.ROOT);
		node.part(layout.areaName(), area, describeArea(layout.areaName(), areaValue, area.length()));
		if ("LAC".equals(layout.areaName()) && (areaValue == 0 || areaValue == 0xFFFE)) {
			node.warning("lac-reserved-value", "location area code " + Syntax.quote(area)
					+ " is a reserved value and does not name a real location area", LAC_REFERENCE);
		}
		switch (layout.radio()) {
			case EUTRAN -> {
				long enb = cellValue >> 8;
				long cellId = cellValue & 0xFF;
				node.part("ECI", cell, "E-UTRAN cell identity, 28 bits: " + Syntax.hexAndDecimal(cellValue, 7));
				bitField(node, "eNB id", enb, 5, "macro eNB identity, the leftmost 20 bits: ");
				bitField(node, "cell id", cellId, 2, "cell within the eNB, the rightmost 8 bits: ");
				node.info("eci-split-macro-enb", "the eNB/cell split assumes a macro eNB (20 + 8 bits); for a home eNB the"
						+ " whole 28-bit value " + cellText + " is the eNB identity", ECI_REFERENCE);
				if (layout.areaDigits() == 6) {
					node.info("eutran-tac-24-bit", "a 6-digit tac means the E-UTRAN cell is connected to the 5G core",
							PANI_REFERENCE);
				}
				node.meaning("E-UTRAN cell " + cellText + " in TAC " + areaText + " of PLMN " + plmn.display());
			}
			case NR -> {
				int cellBits = 36 - DEFAULT_GNB_ID_BITS;
				long gnb = cellValue >> cellBits;
				long cellId = cellValue & ((1L << cellBits) - 1);
				node.part("NCI", cell, "NR cell identity, 36 bits: " + Syntax.hexAndDecimal(cellValue, 9));
				bitField(node, "gNB id", gnb, 6, "gNB identity if the network uses " + DEFAULT_GNB_ID_BITS + "-bit gNB ids: ");
				bitField(node, "cell id", cellId, 3, "cell within the gNB, the remaining " + cellBits + " bits: ");
				node.part("other gNB id lengths", "", otherGnbSplits(cellValue));
				node.info("gnb-id-length-network-configured", "the gNB id takes the leftmost 22 to 32 bits of the nci and"
						+ " the network chooses the length; the split of " + cellText + " is shown for "
						+ DEFAULT_GNB_ID_BITS + " bits", NCI_REFERENCE);
				node.meaning("NR cell " + cellText + " in TAC " + areaText + " of PLMN " + plmn.display());
			}
			case UTRAN -> {
				if ("SAC".equals(layout.cellName())) {
					node.part("SAC", cell, "service area code " + Syntax.hexAndDecimal(cellValue, 4));
					node.meaning("UTRAN service area " + cellText + " in LAC " + areaText + " of PLMN " + plmn.display());
				}
				else {
					long rnc = cellValue >> 16;
					long cId = cellValue & 0xFFFF;
					node.part("UC-Id", cell, "UTRAN cell identity, 28 bits: " + Syntax.hexAndDecimal(cellValue, 7));
					bitField(node, "RNC id", rnc, 3, "radio network controller, the leftmost 12 bits: ");
					bitField(node, "C-Id", cId, 4, "cell under that RNC, the rightmost 16 bits: ");
					node.info("utran-rnc-split-default", "the RNC/cell split assumes a 12-bit RNC id; an extended RNC id"
							+ " moves the boundary", "3GPP TS 25.401");
					node.meaning("UTRAN cell " + cellText + " in LAC " + areaText + " of PLMN " + plmn.display());
				}
			}
			case GERAN -> {
				node.part("CI", cell, "cell identity " + Syntax.hexAndDecimal(cellValue, 4));
				node.meaning("GERAN cell " + cellText + " in LAC " + areaText + " of PLMN " + plmn.display());
			}
			default -> node.meaning("cell " + cellText + " in area " + areaText + " of PLMN " + plmn.display());
		}
		return node.build();
	}

	private static String otherGnbSplits(long nci) {
		StringBuilder text = new StringBuilder();
		for (int bits : new int[] { 22, 26, 28, 32 }) {
			int cellBits = 36 - bits;
			if (text.length() > 0) {
				text.append("; ");
			}
			text.append(bits).append("-bit gNB id ").append(nci >> cellBits).append(" cell ")
				.append(nci & ((1L << cellBits) - 1));
		}
		return text.toString();
	}

	private static String describeArea(String areaName, long value, int digits) {
		String what = "TAC".equals(areaName) ? "tracking area code" : "location area code";
		return what + " " + Syntax.hexAndDecimal(value, digits);
	}

	private static List<Layout> candidates(String parameterName, Radio radio) {
		List<Layout> layouts = new ArrayList<>();
		for (int mnc : new int[] { 2, 3 }) {
			switch (parameterName) {
				case "cgi-3gpp" -> layouts.add(new Layout(Radio.GERAN, mnc, 4, "LAC", 4, "CI"));
				case "utran-sai-3gpp" -> layouts.add(new Layout(Radio.UTRAN, mnc, 4, "LAC", 4, "SAC"));
				case "utran-cell-id-3gpp" -> {
					if (radio == Radio.EUTRAN || radio == Radio.UNKNOWN) {
						layouts.add(new Layout(Radio.EUTRAN, mnc, 4, "TAC", 7, "ECI"));
					}
					if (radio == Radio.EUTRAN) {
						layouts.add(new Layout(Radio.EUTRAN, mnc, 6, "TAC", 7, "ECI"));
					}
					if (radio == Radio.UTRAN || radio == Radio.GERAN) {
						layouts.add(new Layout(Radio.UTRAN, mnc, 4, "LAC", 7, "UC-Id"));
					}
					if (radio == Radio.NR || radio == Radio.UNKNOWN) {
						layouts.add(new Layout(Radio.NR, mnc, 6, "TAC", 9, "NCI"));
					}
				}
				default -> {
					// not a cell identity parameter
				}
			}
		}
		return layouts;
	}

	private static String expectedLengths(List<Layout> layouts) {
		StringBuilder text = new StringBuilder();
		for (Layout layout : layouts) {
			if (text.length() > 0) {
				text.append(" or ");
			}
			text.append(layout.length()).append(" (").append(layout.mncDigits()).append("-digit mnc, ")
				.append(layout.areaDigits()).append("-digit ").append(layout.areaName().toLowerCase(Locale.ROOT))
				.append(")");
		}
		return text.toString();
	}

	private static String describe(Radio radio) {
		return switch (radio) {
			case GERAN -> "GERAN";
			case UTRAN -> "UTRAN";
			case EUTRAN -> "E-UTRAN";
			case NR -> "NR";
			case UNKNOWN -> "an unknown radio technology";
		};
	}

}
