package dev.sigref.ims;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** P-Charging-Vector and P-Charging-Function-Addresses (RFC 7315 §5.6 and §5.5, 3GPP TS 24.229 §7.2A.5). */
public final class ChargingHeaders {

	private static final String VECTOR_REFERENCE = "RFC 7315 §5.6";
	private static final String ADDRESSES_REFERENCE = "RFC 7315 §5.5";

	/** access-network-charging-info parameters of TS 24.229 §7.2A.5, per IP-CAN. */
	private static final Map<String, String> ACCESS_CHARGING = Map.ofEntries(
			Map.entry("ggsn", "GGSN address (GPRS access)"),
			Map.entry("pdngw", "PDN gateway address (EPS access)"),
			Map.entry("smf", "SMF address (5GS access)"),
			Map.entry("gcid", "GPRS charging id of the bearer (hex)"),
			Map.entry("ecid", "EPS charging id of the bearer (hex)"),
			Map.entry("5gscid", "5GS charging id of the PDU session (hex)"),
			Map.entry("auth-token", "authorisation token from the policy function"),
			Map.entry("pdp-sig", "whether this is the signalling PDP context (yes/no)"),
			Map.entry("eps-sig", "whether this is the signalling EPS bearer (yes/no)"),
			Map.entry("flow-id", "media flows carried by the bearer, as SDP m-line positions"),
			Map.entry("bras", "broadband remote access server address (xDSL access)"),
			Map.entry("dsl-bearer-sig", "whether this is the signalling DSL bearer (yes/no)"),
			Map.entry("dslcid", "DSL charging id (hex)"),
			Map.entry("bcid", "DOCSIS billing correlation id"),
			Map.entry("ip-edge", "IP edge node address (Ethernet or fibre access)"));

	private ChargingHeaders() {
	}

	/** Decodes P-Charging-Vector: icid-value, icid-generated-at, orig-ioi, term-ioi and the access charging info. */
	public static DecodedValue vector(String value) {
		List<Param> params = Syntax.params(value);
		Node node = Node.of("P-Charging-Vector", value);
		for (Param p : params) {
			String name = p.name().toLowerCase(Locale.ROOT);
			String v = p.valueOrEmpty();
			switch (name) {
				case "icid-value" -> node.part("icid-value", v, "IMS charging identifier: the same value in every CDR of this"
						+ " session, the key for correlating charging records");
				case "icid-generated-at" -> node.part("icid-generated-at", v, "the node that created the icid");
				case "orig-ioi" -> node.part(ioi("orig-ioi", v, "originating"));
				case "term-ioi" -> node.part(ioi("term-ioi", v, "terminating"));
				case "transit-ioi" -> node.part("transit-ioi", v, "inter-operator identifiers of transit networks");
				case "related-icid" -> node.part("related-icid", v, "icid of a related session (for example before a transfer)");
				case "related-icid-generated-at" -> node.part("related-icid-generated-at", v, "node that created the related icid");
				case "loopback" -> node.part("loopback", v, "the request is on a loopback path (roaming architecture for voice)");
				case "fe-identifier" -> node.part("fe-identifier", v, "the IMS functional entities and ASes the request passed");
				default -> node.part(p.name(), v, ACCESS_CHARGING.getOrDefault(name, ""));
			}
		}
		if (Syntax.find(params, "icid-value") == null) {
			node.error("charging-vector-icid-missing", "p-charging-vector " + Syntax.quote(value)
					+ " has no icid-value, the one mandatory parameter", VECTOR_REFERENCE);
		}
		Param icid = Syntax.find(params, "icid-value");
		return node.meaning(icid == null ? "charging vector without an icid"
				: "charging correlation for icid " + icid.valueOrEmpty()).build();
	}

	private static DecodedValue ioi(String label, String value, String side) {
		String type = value.startsWith("Type 1") ? " (type 1: between home and visited network)"
				: value.startsWith("Type 3") ? " (type 3: between an S-CSCF and an application server)" : "";
		String operator = value.startsWith("Type ") && value.length() > 6 ? value.substring(6) : value;
		return DecodedValue.leaf(label, value, "inter-operator identifier of the " + side + " operator: " + operator.trim()
				+ type);
	}

	/** Decodes P-Charging-Function-Addresses: ccf (offline) and ecf (online) addresses. */
	public static DecodedValue functionAddresses(String value) {
		List<Param> params = Syntax.params(value);
		Node node = Node.of("P-Charging-Function-Addresses", value);
		int ccf = 0;
		int ecf = 0;
		for (Param p : params) {
			String name = p.name().toLowerCase(Locale.ROOT);
			if (name.equals("ccf")) {
				ccf++;
				node.part("ccf", p.valueOrEmpty(), (ccf == 1 ? "primary" : "secondary")
						+ " charging collection function: where offline charging records go");
			}
			else if (name.equals("ecf")) {
				ecf++;
				node.part("ecf", p.valueOrEmpty(), (ecf == 1 ? "primary" : "secondary")
						+ " event charging function: online (prepaid) charging");
			}
			else {
				node.part(p.name(), p.valueOrEmpty(), "");
			}
		}
		if (ccf == 0 && ecf == 0) {
			node.error("charging-function-addresses-empty", "p-charging-function-addresses " + Syntax.quote(value)
					+ " names neither a ccf nor an ecf", ADDRESSES_REFERENCE);
		}
		return node.meaning(ccf + " offline (ccf) and " + ecf + " online (ecf) charging function address(es)").build();
	}

}
