package dev.sigref.ims;

import java.util.ArrayList;
import java.util.List;

/**
 * IMS identities: the IMSI-derived private identity and home domain (3GPP TS 23.003 §13), public identities as SIP
 * or tel URIs (TS 23.003 §13.4, RFC 3966) and the E.164 numbers inside them.
 */
public final class Identities {

	private static final String PRIVATE_REFERENCE = "3GPP TS 23.003 §13.3";
	private static final String TEMPORARY_PUBLIC_REFERENCE = "3GPP TS 23.003 §13.4B";

	private Identities() {
	}

	/** Decodes a private user identity (NAI), for example {@code 310260123456789@ims.mnc260.mcc310.3gppnetwork.org}. */
	public static DecodedValue privateIdentity(String value) {
		String raw = Syntax.unquote(value);
		Node node = Node.of("private identity", raw);
		int at = raw.lastIndexOf('@');
		if (at <= 0 || at == raw.length() - 1) {
			return node.warning("private-identity-not-nai", "the private identity " + Syntax.quote(raw)
					+ " is not in the user@realm form", PRIVATE_REFERENCE).build();
		}
		String user = raw.substring(0, at);
		String domain = raw.substring(at + 1);
		Plmn plmn = Plmn.fromDomain(domain);
		if (Syntax.isDigits(user) && user.length() >= 6 && user.length() <= 15) {
			node.part("IMSI", user, "international mobile subscriber identity of the USIM");
			if (plmn == null) {
				node.info("imsi-domain-without-plmn", "the realm " + Syntax.quote(domain)
						+ " carries no mnc/mcc labels, so the imsi cannot be checked against it", PRIVATE_REFERENCE);
				return node.part("realm", domain, "home network domain").meaning("IMSI-based private identity in realm " + domain)
					.build();
			}
			Plmn fromImsi = plmnInImsi(user, plmn);
			node.part("realm", domain, "home network domain of PLMN " + plmn.mcc() + "-" + plmn.mnc()
					+ " (the domain always writes the mnc with 3 digits)");
			if (fromImsi == null) {
				node.error("imsi-domain-mismatch", "the imsi " + Syntax.quote(user) + " does not start with mcc "
						+ plmn.mcc() + " and mnc " + plmn.mnc() + " of the realm " + Syntax.quote(domain), PRIVATE_REFERENCE);
				return node.meaning("IMSI-based private identity whose IMSI does not match its realm").build();
			}
			fromImsi.addParts(node);
			String msin = user.substring(3 + fromImsi.mnc().length());
			node.part("MSIN", msin, "subscriber number within the network");
			return node.meaning("IMSI " + user + " (MCC " + fromImsi.mcc() + ", MNC " + fromImsi.mnc() + ", MSIN " + msin
					+ ") of home network " + domain + "; the UE has no ISIM, so it built this identity from the USIM")
				.build();
		}
		node.part("user", user, "");
		node.part("realm", domain, plmn == null ? "home network domain" : "home network domain of PLMN " + plmn.display());
		return node.meaning("private identity " + raw + " (provisioned, not derived from an IMSI)").build();
	}

	/** The IMSI's own MCC and MNC if they agree with the domain, else null; the domain pads a 2-digit MNC with 0. */
	private static Plmn plmnInImsi(String imsi, Plmn domain) {
		if (!imsi.startsWith(domain.mcc())) {
			return null;
		}
		// the domain's three digits, as written there (fromDomain drops the padding 0 of a two-digit MNC)
		String mnc3 = domain.mnc().length() == 2 ? "0" + domain.mnc() : domain.mnc();
		if (mnc3.startsWith("0") && imsi.startsWith(mnc3.substring(1), 3) && !imsi.startsWith(mnc3, 3)) {
			return new Plmn(domain.mcc(), mnc3.substring(1));
		}
		if (imsi.startsWith(mnc3, 3)) {
			return new Plmn(domain.mcc(), mnc3);
		}
		if (mnc3.startsWith("0") && imsi.startsWith(mnc3.substring(1), 3)) {
			return new Plmn(domain.mcc(), mnc3.substring(1));
		}
		return null;
	}

	/** Decodes a public identity: a SIP, SIPS or tel URI, with or without angle brackets. */
	public static DecodedValue publicIdentity(String value) {
		String raw = value == null ? "" : value.trim();
		String uri = Syntax.stripAngles(raw);
		String lower = Syntax.lower(uri);
		if (lower.startsWith("tel:")) {
			return telUri(raw, uri.substring(4));
		}
		if (lower.startsWith("sip:") || lower.startsWith("sips:")) {
			return sipUri(raw, uri.substring(uri.indexOf(':') + 1));
		}
		if (lower.startsWith("urn:service:")) {
			return Node.of("service URN", raw).meaning("emergency or other service URN (RFC 5031)").build();
		}
		return Node.of("identity", raw).meaning("").build();
	}

	/** Decodes the name-addr entries of P-Asserted-Identity, P-Preferred-Identity, P-Associated-URI, From, To... */
	public static List<DecodedValue> identityList(String headerLabel, String value) {
		List<DecodedValue> out = new ArrayList<>();
		for (String entry : Syntax.splitNonEmpty(value, ',')) {
			NameAddr addr = NameAddr.parse(entry);
			DecodedValue identity = publicIdentity(addr.uri());
			Node node = Node.of(headerLabel, entry).meaning(identity.meaning());
			if (!addr.displayName().isEmpty()) {
				node.part("display name", addr.displayName(), "");
			}
			node.part(identity);
			out.add(node.build());
		}
		return out;
	}

	private static DecodedValue telUri(String raw, String rest) {
		Node node = Node.of("tel URI", raw);
		List<String> pieces = Syntax.split(rest, ';');
		String number = pieces.get(0);
		String phoneContext = null;
		for (int i = 1; i < pieces.size(); i++) {
			Param p = Param.parse(pieces.get(i));
			if (p.name().equalsIgnoreCase("phone-context")) {
				phoneContext = p.valueOrEmpty();
			}
		}
		if (number.startsWith("+")) {
			DecodedValue e164 = E164.decode(number);
			node.part(e164);
			if (phoneContext != null) {
				node.warning("phone-context-on-global-number", "a global number such as " + Syntax.quote(number)
						+ " must not carry phone-context", "RFC 3966 §5.1.5");
			}
			return node.meaning("telephone number " + e164.meaning()).build();
		}
		node.part("local number", number, "number that only has meaning within its phone-context");
		if (phoneContext == null) {
			node.error("phone-context-missing", "the local number " + Syntax.quote(number)
					+ " has no phone-context parameter, which a local tel uri requires", "RFC 3966 §5.1.5");
			return node.meaning("local number " + number + " without context").build();
		}
		node.part(phoneContext(phoneContext));
		return node.meaning("local number " + number + " dialled in the context " + phoneContext).build();
	}

	private static DecodedValue phoneContext(String context) {
		Node node = Node.of("phone-context", context);
		if (context.startsWith("+")) {
			return node.meaning("the number is local to the area or country whose global prefix is " + context).build();
		}
		Plmn plmn = Plmn.fromDomain(context);
		if (plmn != null) {
			return node.meaning("the number was dialled in the network of PLMN " + plmn.display()
					+ " (a home or visited domain name)").build();
		}
		return node.meaning("the number is local to the domain " + context).build();
	}

	private static DecodedValue sipUri(String raw, String rest) {
		Node node = Node.of("SIP URI", raw);
		int at = lastAtBeforeParams(rest);
		String userinfo = at >= 0 ? rest.substring(0, at) : "";
		String hostAndParams = at >= 0 ? rest.substring(at + 1) : rest;
		List<String> pieces = Syntax.split(hostAndParams, ';');
		String hostport = pieces.get(0);
		boolean userPhone = false;
		for (int i = 1; i < pieces.size(); i++) {
			Param p = Param.parse(pieces.get(i));
			if (p.name().equalsIgnoreCase("user") && "phone".equalsIgnoreCase(p.valueOrEmpty())) {
				userPhone = true;
			}
		}
		String user = userinfo.contains(":") ? userinfo.substring(0, userinfo.indexOf(':')) : userinfo;
		String userNumber = Syntax.split(user, ';').get(0);
		String host;
		if (hostport.startsWith("[")) {
			// IPv6 reference: the port, if any, follows the closing bracket
			host = hostport.contains("]") ? hostport.substring(0, hostport.indexOf(']') + 1) : hostport;
		}
		else {
			host = hostport.contains(":") ? hostport.substring(0, hostport.indexOf(':')) : hostport;
		}
		if ("anonymous.invalid".equalsIgnoreCase(host)) {
			return node.meaning("anonymous identity: the caller asked for privacy").build();
		}
		Plmn plmn = Plmn.fromDomain(host);
		if (!user.isEmpty()) {
			node.part("user", user, "");
		}
		node.part("host", host, plmn == null ? "" : "home network domain of PLMN " + plmn.display());
		boolean looksLikeNumber = userNumber.startsWith("+") && userNumber.length() > 1
				&& Syntax.isDigits(userNumber.substring(1).replace("-", "").replace(".", ""));
		if (looksLikeNumber) {
			DecodedValue e164 = E164.decode(userNumber);
			node.part(e164);
			if (!userPhone) {
				node.info("sip-uri-number-without-user-phone", "the user part " + Syntax.quote(userNumber)
						+ " is a telephone number but the uri has no user=phone, so nodes may treat it as a plain user name",
						"RFC 3261 §19.1.1");
			}
			return node.meaning("telephone number " + e164.meaning() + " as a SIP URI at " + host).build();
		}
		if (plmn != null && Syntax.isDigits(user) && user.length() >= 6 && user.length() <= 15) {
			node.info("temporary-public-identity", "sip:" + user + "@" + host + " is the temporary public identity"
					+ " built from the imsi; it is used for registration only and is normally barred", TEMPORARY_PUBLIC_REFERENCE);
			return node.meaning("temporary public identity derived from IMSI " + user).build();
		}
		return node.meaning(user.isEmpty() ? "SIP URI of " + host : "SIP identity " + user + " at " + host).build();
	}

	private static int lastAtBeforeParams(String rest) {
		int at = -1;
		for (int i = 0; i < rest.length(); i++) {
			char c = rest.charAt(i);
			if (c == '@') {
				at = i;
			}
			else if ((c == ';' || c == '?' || c == '>') && at >= 0) {
				break;
			}
		}
		return at;
	}

}
