package dev.sigref.ims;

import java.util.List;
import java.util.Locale;

/**
 * WWW-Authenticate / Proxy-Authenticate challenges and Authorization / Proxy-Authorization credentials in IMS
 * (RFC 3261 §22, RFC 3310 IMS-AKA, RFC 4169 AKAv2, 3GPP TS 24.229 §7.2A.1 and §7.2A.2).
 */
public final class DigestAuthentication {

	private static final String KEYS_REFERENCE = "3GPP TS 24.229 §7.2A.1";
	private static final String INTEGRITY_REFERENCE = "3GPP TS 24.229 §7.2A.2";
	private static final String INITIAL_REGISTER_REFERENCE = "3GPP TS 24.229 §5.1.1.2";

	private DigestAuthentication() {
	}

	/** Decodes a challenge: {@code Digest realm="...", nonce="...", algorithm=AKAv1-MD5, ...}. */
	public static DecodedValue challenge(String headerLabel, String value) {
		String raw = value == null ? "" : value.trim();
		Node node = Node.of(headerLabel, raw);
		String scheme = scheme(raw);
		List<Param> params = Syntax.commaParams(raw.substring(scheme.length()));
		node.part("scheme", scheme, schemeMeaning(scheme));
		String algorithm = valueOf(params, "algorithm");
		boolean aka = algorithm != null && algorithm.toUpperCase(Locale.ROOT).startsWith("AKAV");
		for (Param p : params) {
			String name = p.name().toLowerCase(Locale.ROOT);
			switch (name) {
				case "realm" -> node.part(realm(p.valueOrEmpty()));
				case "nonce" -> node.part(aka ? AkaNonce.decode(p.valueOrEmpty())
						: DecodedValue.leaf("nonce", p.valueOrEmpty(), "server nonce (opaque outside IMS-AKA)"));
				case "algorithm" -> node.part(algorithm(p.valueOrEmpty()));
				case "qop" -> node.part("qop", p.valueOrEmpty(), qopMeaning(p.valueOrEmpty()));
				case "opaque" -> node.part("opaque", p.valueOrEmpty(), "server state the client must echo unchanged");
				case "stale" -> node.part("stale", p.valueOrEmpty(), "true".equalsIgnoreCase(p.valueOrEmpty())
						? "the previous nonce expired but the credentials were right: retry with the new nonce" : "");
				case "ik", "ck" -> node.part(sessionKey(name, p.valueOrEmpty()));
				case "domain" -> node.part("domain", p.valueOrEmpty(), "URIs the credentials apply to");
				default -> node.part(p.name(), p.valueOrEmpty(), "");
			}
		}
		if (valueOf(params, "ik") != null || valueOf(params, "ck") != null) {
			node.warning("aka-keys-in-challenge", "the challenge carries ik/ck: correct from the s-cscf to the p-cscf, but"
					+ " the p-cscf must remove them before the 401 reaches the ue; seen on gm they expose the session keys",
					KEYS_REFERENCE);
		}
		if (aka && valueOf(params, "nonce") == null) {
			node.error("aka-nonce-missing", "the aka challenge has no nonce, so the ue has nothing to authenticate",
					AkaNonce.NONCE_REFERENCE);
		}
		return node.meaning(aka ? "IMS-AKA challenge (" + algorithm + "): the UE must answer with RES from its ISIM/USIM"
				+ " and set up IPsec with the P-CSCF" : "Digest challenge").build();
	}

	/**
	 * True when the credentials are IMS ones, whose username is a private identity (3GPP TS 23.003 §13.3): AKA, an IMS
	 * realm, or a user@realm name. A plain SIP account's "bob" is no fault.
	 */
	private static boolean imsCredentials(List<Param> params) {
		String algorithm = valueOf(params, "algorithm");
		String realm = valueOf(params, "realm");
		String username = valueOf(params, "username");
		return algorithm != null && algorithm.toUpperCase(Locale.ROOT).startsWith("AKA")
				|| realm != null && realm.toLowerCase(Locale.ROOT).endsWith("3gppnetwork.org")
				|| username != null && username.indexOf('@') >= 0;
	}

	/** Decodes credentials: {@code Digest username="...", realm="...", nonce="", response="", ...}. */
	public static DecodedValue credentials(String headerLabel, String value) {
		String raw = value == null ? "" : value.trim();
		Node node = Node.of(headerLabel, raw);
		String scheme = scheme(raw);
		List<Param> params = Syntax.commaParams(raw.substring(scheme.length()));
		node.part("scheme", scheme, schemeMeaning(scheme));
		String nonce = valueOf(params, "nonce");
		String response = valueOf(params, "response");
		boolean initial = nonce != null && nonce.isEmpty();
		for (Param p : params) {
			String name = p.name().toLowerCase(Locale.ROOT);
			switch (name) {
				case "username" -> node.part(imsCredentials(params)
						? withLabel("username", Identities.privateIdentity(p.valueOrEmpty()))
						: DecodedValue.leaf("username", p.valueOrEmpty(), "the user name the response was computed for"));
				case "realm" -> node.part(realm(p.valueOrEmpty()));
				case "uri" -> node.part("uri", p.valueOrEmpty(), "Request-URI the response was computed over");
				case "nonce" -> node.part("nonce", p.valueOrEmpty(), p.valueOrEmpty().isEmpty()
						? "empty: the UE has no challenge yet (initial REGISTER)"
						: "the nonce of the challenge being answered (its RAND/AUTN are decoded on the 401)");
				case "response" -> node.part(response(p.valueOrEmpty(), initial));
				case "algorithm" -> node.part(algorithm(p.valueOrEmpty()));
				case "auts" -> node.part(AkaNonce.auts(p.valueOrEmpty()));
				case "qop" -> node.part("qop", p.valueOrEmpty(), qopMeaning(p.valueOrEmpty()));
				case "nc" -> node.part("nc", p.valueOrEmpty(), "nonce count: how many requests used this nonce (hex)");
				case "cnonce" -> node.part("cnonce", p.valueOrEmpty(), "client nonce, mixed into the response when qop is used");
				case "opaque" -> node.part("opaque", p.valueOrEmpty(), "server state echoed back");
				case "integrity-protected" -> node.part(integrityProtected(p.valueOrEmpty()));
				default -> node.part(p.name(), p.valueOrEmpty(), "");
			}
		}
		if (initial) {
			node.info("initial-register-empty-credentials", "nonce and response are empty: this is the initial register,"
					+ " sent only so the s-cscf learns the private identity and challenges it", INITIAL_REGISTER_REFERENCE);
		}
		String meaning;
		if (valueOf(params, "auts") != null) {
			meaning = "AKA resynchronisation: the UE rejected the challenge's sequence number";
		}
		else if (initial) {
			meaning = "initial REGISTER credentials (no challenge answered yet)";
		}
		else if (response != null) {
			meaning = "answer to a Digest challenge";
		}
		else {
			meaning = "Digest credentials";
		}
		return node.meaning(meaning).build();
	}

	private static DecodedValue withLabel(String label, DecodedValue value) {
		return new DecodedValue(label, value.raw(), value.meaning(), value.parts(), value.findings());
	}

	private static DecodedValue response(String response, boolean initial) {
		Node node = Node.of("response", response);
		if (response.isEmpty()) {
			return node.meaning(initial ? "empty: nothing to answer yet" : "empty response").build();
		}
		if (response.length() != 32 || !Syntax.isHex(response)) {
			node.error("digest-response-malformed", "the digest response " + Syntax.quote(response)
					+ " should be 32 hex digits (an md5 hash)", "RFC 2617 §3.2.2");
		}
		return node.meaning("MD5 digest over the credentials (for AKA the password is RES)").build();
	}

	private static DecodedValue realm(String realm) {
		Plmn plmn = Plmn.fromDomain(realm);
		return DecodedValue.leaf("realm", realm, plmn == null ? "authentication realm (the home network domain)"
				: "home network domain of PLMN " + plmn.display());
	}

	private static DecodedValue algorithm(String algorithm) {
		Node node = Node.of("algorithm", algorithm);
		switch (algorithm.toUpperCase(Locale.ROOT)) {
			case "AKAV1-MD5" -> node.meaning("IMS-AKA version 1: the Digest password is RES from the ISIM/USIM (RFC 3310)");
			case "AKAV2-MD5" -> node.meaning("IMS-AKA version 2: the password is derived from RES, IK and CK (RFC 4169)");
			case "MD5", "MD5-SESS" -> node.meaning("plain SIP Digest with a shared password (no AKA, no IPsec keys)");
			default -> node.meaning("algorithm not known to Sigref")
				.warning("digest-algorithm-unknown", "the digest algorithm " + Syntax.quote(algorithm)
						+ " is none of akav1-md5, akav2-md5 or md5", "RFC 3310 §3.1");
		}
		return node.build();
	}

	private static DecodedValue sessionKey(String name, String hex) {
		Node node = Node.of(name, hex);
		node.meaning("ik".equals(name) ? "integrity key IK for the IPsec SAs between UE and P-CSCF"
				: "cipher key CK for the IPsec SAs between UE and P-CSCF");
		if (hex.length() != 32 || !Syntax.isHex(hex)) {
			node.error("aka-key-malformed", name + " " + Syntax.quote(hex) + " should be 32 hex digits (128 bits)",
					KEYS_REFERENCE);
		}
		return node.build();
	}

	private static DecodedValue integrityProtected(String value) {
		Node node = Node.of("integrity-protected", value);
		String meaning = switch (value.toLowerCase(Locale.ROOT)) {
			case "yes" -> "the P-CSCF received this REGISTER over the IPsec SA set up by IMS-AKA";
			case "no" -> "the P-CSCF received this REGISTER without IPsec protection (initial REGISTER)";
			case "tls-pending" -> "received over TLS, the TLS session is not yet bound to the private identity";
			case "tls-yes" -> "received over a TLS session already bound to the private identity";
			case "ip-assoc-pending" -> "SIP Digest without TLS: no IP association yet, the request answers a challenge";
			case "ip-assoc-yes" -> "SIP Digest without TLS: the request came from an existing IP association";
			case "auth-done" -> "a trusted node already authenticated the identities; the S-CSCF skips authentication";
			case "tls-connected" -> "sent over a TLS session set up before registration, with AKAv2";
			default -> null;
		};
		if (meaning == null) {
			return node.meaning("value not known to Sigref").warning("integrity-protected-unknown",
					"integrity-protected " + Syntax.quote(value) + " is not a value defined by ts 24.229", INTEGRITY_REFERENCE)
				.build();
		}
		return node.meaning(meaning + " (added by the P-CSCF for the S-CSCF)").build();
	}

	private static String qopMeaning(String qop) {
		boolean auth = false;
		boolean authInt = false;
		for (String token : Syntax.splitNonEmpty(qop, ',')) {
			auth |= token.equalsIgnoreCase("auth");
			authInt |= token.equalsIgnoreCase("auth-int");
		}
		if (auth && authInt) {
			return "quality of protection offered: auth (request line and credentials) or auth-int (the body too)";
		}
		if (authInt) {
			return "quality of protection auth-int: the body is covered by the response too";
		}
		return auth ? "quality of protection auth: the body is not covered" : "";
	}

	private static String schemeMeaning(String scheme) {
		return "digest".equalsIgnoreCase(scheme) ? "HTTP Digest authentication, as reused by SIP" : "";
	}

	private static String scheme(String raw) {
		int i = 0;
		while (i < raw.length() && !Character.isWhitespace(raw.charAt(i)) && raw.charAt(i) != ',' && raw.charAt(i) != '=') {
			i++;
		}
		if (i < raw.length() && raw.charAt(i) == '=') {
			return "";
		}
		return raw.substring(0, i);
	}

	private static String valueOf(List<Param> params, String name) {
		Param p = Syntax.find(params, name);
		return p == null ? null : p.valueOrEmpty();
	}

}
