package dev.sigref.ims;

import java.util.List;
import java.util.Locale;

/**
 * Security-Client, Security-Server and Security-Verify (RFC 3329 §2.2) with the ipsec-3gpp parameters of 3GPP TS 33.203
 * Annex H and the media-plane marker of TS 24.229 §7.2A.7.
 */
public final class SecurityAgreement {

	private static final String RFC = "RFC 3329 §2.2";
	private static final String IPSEC_REFERENCE = "3GPP TS 33.203 Annex H";

	private SecurityAgreement() {
	}

	/** One node per offered mechanism, in order. */
	public static List<DecodedValue> decode(String headerLabel, String value) {
		return Syntax.splitNonEmpty(value, ',').stream().map(m -> mechanism(headerLabel, m)).toList();
	}

	private static DecodedValue mechanism(String headerLabel, String text) {
		List<Param> params = Syntax.params(text);
		Node node = Node.of(headerLabel, text);
		String name = params.isEmpty() ? "" : params.get(0).name();
		boolean mediaPlane = Syntax.find(params, "mediasec") != null;
		String mechanismMeaning = switch (Syntax.lower(name)) {
			case "ipsec-3gpp" -> "IPsec security associations keyed by IMS-AKA (TS 33.203)";
			case "tls" -> "TLS between UE and P-CSCF";
			case "digest" -> "HTTP Digest integrity protection";
			case "ipsec-ike" -> "IPsec with keys from IKE";
			case "ipsec-man" -> "IPsec with manually configured keys";
			case "sdes-srtp" -> "media security: SRTP keyed with SDES, between the UE and the access edge";
			case "msrp-tls" -> "media security: MSRP over TLS, between the UE and the access edge";
			case "bfcp-tls" -> "media security: BFCP over TLS, between the UE and the access edge";
			case "udptl-dtls" -> "media security: UDPTL over DTLS, between the UE and the access edge";
			default -> null;
		};
		node.part("mechanism", name, mechanismMeaning == null ? "mechanism not known to Sigref" : mechanismMeaning);
		if (mechanismMeaning == null) {
			node.warning("security-mechanism-unknown", "the security mechanism " + Syntax.quote(name)
					+ " is not one Sigref knows", RFC);
		}
		for (int i = 1; i < params.size(); i++) {
			Param p = params.get(i);
			node.part(parameter(p));
		}
		if ("ipsec-3gpp".equalsIgnoreCase(name)) {
			checkIpsec(node, params);
		}
		String role = switch (Syntax.lower(headerLabel)) {
			case "security-client" -> "offered by the UE";
			case "security-server" -> "offered by the P-CSCF";
			case "security-verify" -> "echo of the P-CSCF's list, proving it was not downgraded";
			default -> "";
		};
		return node.meaning((mechanismMeaning == null ? name : mechanismMeaning) + (mediaPlane ? " (media plane)" : "")
				+ (role.isEmpty() ? "" : ", " + role)).build();
	}

	private static DecodedValue parameter(Param p) {
		String name = p.name().toLowerCase(Locale.ROOT);
		String v = p.valueOrEmpty();
		Node node = Node.of(p.name(), v);
		switch (name) {
			case "q" -> node.meaning("preference " + v + " (higher is preferred)");
			case "alg" -> {
				switch (Syntax.lower(v)) {
					case "hmac-md5-96" -> node.meaning("integrity algorithm HMAC-MD5-96");
					case "hmac-sha-1-96" -> node.meaning("integrity algorithm HMAC-SHA-1-96");
					default -> node.meaning("integrity algorithm not known to Sigref").warning("ipsec-alg-unknown",
							"the integrity algorithm " + Syntax.quote(v) + " is neither hmac-md5-96 nor hmac-sha-1-96",
							IPSEC_REFERENCE);
				}
			}
			case "ealg" -> {
				switch (Syntax.lower(v)) {
					case "des-ede3-cbc" -> node.meaning("encryption with 3DES in CBC mode");
					case "aes-cbc" -> node.meaning("encryption with AES-128 in CBC mode");
					case "null" -> node.meaning("no encryption: the SA only protects integrity");
					default -> node.meaning("encryption algorithm not known to Sigref").warning("ipsec-ealg-unknown",
							"the encryption algorithm " + Syntax.quote(v) + " is none of des-ede3-cbc, aes-cbc or null",
							IPSEC_REFERENCE);
				}
			}
			case "spi-c", "spi-s" -> {
				long spi = Syntax.decimal(v);
				node.meaning("security parameter index of the SA the " + ("spi-c".equals(name) ? "client" : "server")
						+ " receives on");
				if (spi < 0 || spi > 0xFFFFFFFFL) {
					node.error("ipsec-spi-invalid", name + " " + Syntax.quote(v) + " is not a 32-bit decimal number",
							IPSEC_REFERENCE);
				}
				else if (spi < 256) {
					node.error("ipsec-spi-reserved", name + " " + v + " is in the range 0 to 255 that IPsec reserves",
							"RFC 4303 §2.1");
				}
			}
			case "port-c", "port-s" -> {
				long port = Syntax.decimal(v);
				node.meaning("protected " + ("port-c".equals(name) ? "client" : "server") + " port");
				if (port < 1 || port > 65535) {
					node.error("ipsec-port-invalid", name + " " + Syntax.quote(v) + " is not a port number",
							IPSEC_REFERENCE);
				}
			}
			case "prot" -> {
				node.meaning("esp".equalsIgnoreCase(v) ? "IPsec ESP" : "ah".equalsIgnoreCase(v) ? "IPsec AH" : "");
				if (!"esp".equalsIgnoreCase(v) && !"ah".equalsIgnoreCase(v)) {
					node.warning("ipsec-prot-unknown", "prot " + Syntax.quote(v) + " is neither esp nor ah", IPSEC_REFERENCE);
				}
			}
			case "mod" -> node.meaning(switch (Syntax.lower(v)) {
				case "trans" -> "transport mode";
				case "tun" -> "tunnel mode";
				case "udp-enc-tun" -> "UDP-encapsulated tunnel mode (for NAT traversal)";
				default -> "mode not known to Sigref";
			});
			case "d-alg" -> node.meaning("digest algorithm for the digest mechanism");
			case "d-qop" -> node.meaning("digest quality of protection");
			case "d-ver" -> node.meaning("digest of the server's Security-Server list");
			case "mediasec" -> node.meaning("this entry is about media, not signalling (TS 24.229 §7.2A.7)");
			default -> node.meaning("");
		}
		return node.build();
	}

	private static void checkIpsec(Node node, List<Param> params) {
		for (String required : new String[] { "spi-c", "spi-s" }) {
			if (Syntax.find(params, required) == null) {
				node.error("ipsec-spi-missing", "ipsec-3gpp without " + required + ": the security associations cannot be"
						+ " set up", IPSEC_REFERENCE);
			}
		}
		for (String required : new String[] { "port-c", "port-s" }) {
			if (Syntax.find(params, required) == null) {
				node.error("ipsec-port-missing", "ipsec-3gpp without " + required + ": the protected ports are unknown",
						IPSEC_REFERENCE);
			}
		}
		if (Syntax.find(params, "alg") == null) {
			node.error("ipsec-alg-missing", "ipsec-3gpp without alg: no integrity algorithm is offered", IPSEC_REFERENCE);
		}
		if (Syntax.find(params, "ealg") == null) {
			node.info("ipsec-ealg-absent", "no ealg parameter: this entry does not state an encryption algorithm",
					IPSEC_REFERENCE);
		}
	}

}
