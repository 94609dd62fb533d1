package dev.sigref.ims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes P-Access-Network-Info (RFC 7315 §5.4 with the 3GPP extensions of TS 24.229 §7.2A.4) and
 * Cellular-Network-Info (TS 24.229 §7.2.15), which shares its access-type and cell identity syntax.
 */
public final class AccessNetworkInfo {

	private static final String REFERENCE = CellIdentity.PANI_REFERENCE;

	/** Access-type and access-class tokens, lower-cased, with what they say about the access. */
	private static final Map<String, String> ACCESS_TYPES = Map.ofEntries(
			Map.entry("3gpp-geran", "GSM/EDGE radio access (2G)"),
			Map.entry("3gpp-utran-fdd", "UMTS radio access, FDD (3G)"),
			Map.entry("3gpp-utran-tdd", "UMTS radio access, TDD (3G)"),
			Map.entry("3gpp-e-utran-fdd", "LTE radio access, FDD (4G, VoLTE)"),
			Map.entry("3gpp-e-utran-tdd", "LTE radio access, TDD (4G, VoLTE)"),
			Map.entry("3gpp-e-utran-prose-unr", "LTE reached through a ProSe UE-to-network relay"),
			Map.entry("3gpp-nr-fdd", "5G NR radio access, FDD (VoNR)"),
			Map.entry("3gpp-nr-tdd", "5G NR radio access, TDD (VoNR)"),
			Map.entry("3gpp-nr-u-fdd", "5G NR in unlicensed spectrum, FDD"),
			Map.entry("3gpp-nr-u-tdd", "5G NR in unlicensed spectrum, TDD"),
			Map.entry("3gpp2-1x", "cdma2000 1x radio access"),
			Map.entry("3gpp2-1x-femto", "cdma2000 1x femto cell"),
			Map.entry("3gpp2-1x-hrpd", "cdma2000 HRPD (EV-DO) radio access"),
			Map.entry("3gpp2-umb", "3GPP2 UMB radio access"),
			Map.entry("ieee-802.11", "Wi-Fi (IEEE 802.11), for example VoWiFi through an ePDG"),
			Map.entry("ieee-802.11a", "Wi-Fi IEEE 802.11a"),
			Map.entry("ieee-802.11b", "Wi-Fi IEEE 802.11b"),
			Map.entry("ieee-802.11g", "Wi-Fi IEEE 802.11g"),
			Map.entry("ieee-802.11n", "Wi-Fi IEEE 802.11n"),
			Map.entry("ieee-802.11ac", "Wi-Fi IEEE 802.11ac"),
			Map.entry("adsl", "fixed access over ADSL"), Map.entry("adsl2", "fixed access over ADSL2"),
			Map.entry("adsl2+", "fixed access over ADSL2+"), Map.entry("radsl", "fixed access over RADSL"),
			Map.entry("sdsl", "fixed access over SDSL"), Map.entry("hdsl", "fixed access over HDSL"),
			Map.entry("hdsl2", "fixed access over HDSL2"), Map.entry("g.shdsl", "fixed access over G.SHDSL"),
			Map.entry("vdsl", "fixed access over VDSL"), Map.entry("idsl", "fixed access over IDSL"),
			Map.entry("docsis", "cable access (DOCSIS)"), Map.entry("gstn", "the general switched telephone network"),
			Map.entry("gpon", "fibre access (GPON)"), Map.entry("xgpon1", "fibre access (XG-PON1)"),
			Map.entry("dvb-rcs2", "satellite access (DVB-RCS2)"),
			Map.entry("3gpp-wlan", "access class: WLAN access to the 3GPP core"),
			Map.entry("3gpp-gan", "access class: generic access network"),
			Map.entry("3gpp-utran", "access class: UTRAN"), Map.entry("3gpp-e-utran", "access class: E-UTRAN"),
			Map.entry("3gpp-nr", "access class: NR"), Map.entry("3gpp-nr-u", "access class: NR in unlicensed spectrum"),
			Map.entry("untrusted-non-3gpp", "access class: untrusted non-3GPP access (for example Wi-Fi through an ePDG)"),
			Map.entry("trusted-non-3gpp", "access class: trusted non-3GPP access"),
			Map.entry("untrusted-non-3gpp-virtual-epc", "access class: untrusted non-3GPP access to a virtual EPC"),
			Map.entry("virtual-no-ps", "access class: no packet-switched access, the UE is reached virtually"),
			Map.entry("wlan-no-ps", "access class: WLAN without packet-switched core access"));

	private AccessNetworkInfo() {
	}

	/**
	 * Decodes the whole header value; one node per access-net-spec (the header may list several, comma-separated).
	 *
	 * @param headerLabel {@code P-Access-Network-Info} or {@code Cellular-Network-Info}, used as label
	 */
	public static List<DecodedValue> decode(String headerLabel, String value) {
		List<DecodedValue> specs = new ArrayList<>();
		for (String spec : Syntax.splitNonEmpty(value, ',')) {
			specs.add(decodeSpec(headerLabel, spec));
		}
		return specs;
	}

	/** Decodes a P-Access-Network-Info value. */
	public static List<DecodedValue> decode(String value) {
		return decode("P-Access-Network-Info", value);
	}

	private static DecodedValue decodeSpec(String headerLabel, String spec) {
		List<Param> params = Syntax.params(spec);
		Node node = Node.of(headerLabel, spec);
		if (params.isEmpty()) {
			return node.error("access-type-missing", "no access type in " + Syntax.quote(spec), REFERENCE).build();
		}
		String accessType = params.get(0).name();
		String typeMeaning = ACCESS_TYPES.get(accessType.toLowerCase(Locale.ROOT));
		Node type = Node.of("access-type", accessType)
			.meaning(typeMeaning == null ? "access type not in Sigref's table" : typeMeaning);
		if (typeMeaning == null) {
			type.info("access-type-unknown", "access type " + Syntax.quote(accessType)
					+ " is not one Sigref knows; it may be a newer or operator-specific token", REFERENCE);
		}
		node.part(type.build());
		boolean networkProvided = false;
		String summaryCell = null;
		for (int i = 1; i < params.size(); i++) {
			Param p = params.get(i);
			String name = p.name().toLowerCase(Locale.ROOT);
			switch (name) {
				case "utran-cell-id-3gpp", "cgi-3gpp", "utran-sai-3gpp" -> {
					DecodedValue cell = CellIdentity.decode(accessType, name, p.valueOrEmpty());
					node.part(cell);
					if (summaryCell == null && !cell.meaning().isEmpty()) {
						summaryCell = cell.meaning();
					}
				}
				case "network-provided" -> {
					networkProvided = true;
					node.part("network-provided", "", "a network entity (P-CSCF, S-CSCF, AS or MSC server) inserted"
							+ " this value from what the access network reported, so it is more trustworthy than the UE's own");
				}
				case "local-time-zone" -> node.part(localTimeZone(p));
				case "daylight-saving-time" -> node.part(daylightSavingTime(p));
				case "i-wlan-node-id" -> node.part(wlanNode(p));
				case "sbc-domain" -> node.part("sbc-domain", p.valueOrEmpty(),
						"domain name given with the access information: " + p.valueOrEmpty());
				case "operator-specific-gi" -> node.part("operator-specific-GI", p.valueOrEmpty(),
						"operator-defined geographical identifier; its format is private to the operator");
				case "cell-info-age" -> node.part(cellInfoAge(p));
				case "ci-3gpp2" -> node.part("ci-3gpp2", p.valueOrEmpty(),
						"cdma2000 cell: SID, NID, PZID and BASE_ID written together in hexadecimal");
				case "ue-local-ip-address" -> node.part("UE-local-IP-address", p.valueOrEmpty(),
						"the UE's local IP address outside the ePDG tunnel (its address on the Wi-Fi side)");
				case "udp-source-port" -> node.part("UDP-source-port", p.valueOrEmpty(),
						"UDP source port of the UE's IKEv2 traffic towards the ePDG, as seen after NAT");
				case "tcp-source-port" -> node.part("TCP-source-port", p.valueOrEmpty(),
						"TCP source port of the UE's firewall-traversal tunnel towards the ePDG");
				case "epdg-ip-address" -> node.part("ePDG-IP-address", p.valueOrEmpty(),
						"address of the ePDG that terminates the UE's IPsec tunnel");
				case "dsl-location", "eth-location", "fiber-location", "gstn-location", "dvb-rcs2-node-id" ->
					node.part(p.name(), p.valueOrEmpty(), "fixed-access location identifier, in the access provider's format");
				default -> node.part(p.name(), p.valueOrEmpty(), "");
			}
		}
		StringBuilder meaning = new StringBuilder(typeMeaning == null ? accessType : typeMeaning);
		if (summaryCell != null) {
			meaning.append("; ").append(summaryCell);
		}
		meaning.append(networkProvided ? "; inserted by the network" : "; as reported by the UE");
		return node.meaning(meaning.toString()).build();
	}

	/** {@code "UTC+01:00"}: the UE's offset from UTC (TS 24.229 §7.2A.4). */
	private static DecodedValue localTimeZone(Param p) {
		String v = p.valueOrEmpty().trim();
		Node node = Node.of("local-time-zone", v);
		String upper = v.toUpperCase(Locale.ROOT);
		int colon = upper.indexOf(':');
		boolean shaped = upper.startsWith("UTC") && upper.length() >= 7 && (upper.charAt(3) == '+' || upper.charAt(3) == '-')
				&& colon > 4 && Syntax.isDigits(upper.substring(4, colon)) && colon - 4 <= 2
				&& Syntax.isDigits(upper.substring(colon + 1)) && upper.length() - colon - 1 == 2;
		if (!shaped) {
			return node.error("local-time-zone-malformed", "local-time-zone " + Syntax.quote(v)
					+ " is not written as \"UTC+hh:mm\" or \"UTC-hh:mm\"", REFERENCE).build();
		}
		int hours = Integer.parseInt(upper.substring(4, colon));
		int minutes = Integer.parseInt(upper.substring(colon + 1));
		if (hours > 14 || minutes > 59) {
			node.error("local-time-zone-out-of-range", "local-time-zone " + Syntax.quote(v)
					+ " is outside the offsets in use on earth (-12:00 to +14:00)", REFERENCE);
		}
		else if (minutes % 15 != 0) {
			node.warning("local-time-zone-not-quarter-hour", "local-time-zone " + Syntax.quote(v)
					+ " is not a multiple of 15 minutes, the granularity the access network reports", REFERENCE);
		}
		String sign = upper.charAt(3) == '-' ? "behind" : "ahead of";
		return node.meaning("the UE's local time is " + hours + " h " + (minutes > 0 ? minutes + " min " : "") + sign + " UTC")
			.build();
	}

	/** {@code "01"}: daylight saving adjustment coded as in TS 24.008 §10.5.3.12 (0, +1 h, +2 h). */
	private static DecodedValue daylightSavingTime(Param p) {
		String v = p.valueOrEmpty().trim();
		String digits = v.startsWith("+") ? v.substring(1) : v;
		Node node = Node.of("daylight-saving-time", v);
		switch (digits) {
			case "00", "0" -> node.meaning("no daylight saving adjustment is in effect");
			case "01", "1" -> node.meaning("daylight saving time is in effect: +1 hour is included in local-time-zone");
			case "02", "2" -> node.meaning("daylight saving time is in effect: +2 hours are included in local-time-zone");
			default -> node.error("daylight-saving-time-invalid", "daylight-saving-time " + Syntax.quote(v)
					+ " is not 00, 01 or 02", "3GPP TS 24.008 §10.5.3.12");
		}
		return node.build();
	}

	/** The WLAN access point's MAC address, written as 12 hex digits without separators. */
	private static DecodedValue wlanNode(Param p) {
		String v = p.valueOrEmpty().trim();
		String compact = v.replace(":", "").replace("-", "");
		Node node = Node.of("i-wlan-node-id", v);
		if (compact.length() == 12 && Syntax.isHex(compact)) {
			StringBuilder mac = new StringBuilder();
			for (int i = 0; i < 12; i += 2) {
				mac.append(i == 0 ? "" : ":").append(compact, i, i + 2);
			}
			node.meaning("Wi-Fi access point (BSSID) " + mac.toString().toUpperCase(Locale.ROOT));
			if (!compact.equals(v)) {
				node.info("i-wlan-node-id-has-separators", "i-wlan-node-id " + Syntax.quote(v)
						+ " uses separators; the specification writes the MAC address as plain hex digits", REFERENCE);
			}
		}
		else {
			node.meaning("Wi-Fi access point identifier")
				.warning("i-wlan-node-id-not-mac", "i-wlan-node-id " + Syntax.quote(v)
						+ " is not a 48-bit MAC address in hex", REFERENCE);
		}
		return node.build();
	}

	private static DecodedValue cellInfoAge(Param p) {
		String v = p.valueOrEmpty().trim();
		long seconds = Syntax.decimal(v);
		Node node = Node.of("cell-info-age", v);
		if (seconds < 0) {
			return node.error("cell-info-age-not-a-number", "cell-info-age " + Syntax.quote(v) + " is not a number of seconds",
					"3GPP TS 24.229 §7.2.15").build();
		}
		return node.meaning("the UE last saw this cell " + seconds + " seconds before sending the request").build();
	}

}
