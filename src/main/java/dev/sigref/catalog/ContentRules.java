package dev.sigref.catalog;

import java.util.Set;
import java.util.regex.Pattern;

/** The vocabularies and patterns that content files must respect (docs/content-format.md). */
final class ContentRules {

	private ContentRules() {
	}

	static final Set<String> TECHNOLOGIES = Set.of("LTE", "5G", "Wi-Fi", "fixed");

	static final Set<String> DEPLOYMENTS = Set.of("VoLTE", "VoNR", "VoWiFi", "RCS", "SMS over IP", "ViLTE",
			"Emergency", "Fixed IMS", "Interconnect");

	static final Set<String> NODES = Set.of("UE", "P-CSCF", "I-CSCF", "S-CSCF", "E-CSCF", "AS", "MRF", "MGCF", "BGCF",
			"IBCF", "ATCF", "IP-SM-GW", "IMS core", "remote UE", "peer network", "PSTN gateway");

	static final Set<String> INTERFACES = Set.of("Gm", "Mw", "ISC", "Mg", "Mj", "Mk", "Mi", "Mr", "Mr'", "Mx", "Ici",
			"Izi", "Ma");

	/** Rows of the IE table that are not header fields. */
	static final Set<String> PSEUDO_ELEMENTS = Set.of("Status-Line", "Request-Line", "Message body");

	static final Set<String> PROTOCOLS = Set.of("ims");

	static final Set<String> FLOW_FAMILIES = Set.of("registration", "call-setup", "call-release", "call-failure",
			"mid-call", "messaging", "subscription");

	/** Nodes that take part in procedures or act on headers, beyond the SIP nodes messages travel between. */
	static final Set<String> EXTRA_NODES = Set.of("HSS", "SBC", "ePDG", "TrGW", "LRF", "PSAP", "MSC server", "STI-AS",
			"STI-VS");

	static final Set<String> HEADER_ACTIONS = Set.of("adds", "removes", "modifies", "checks", "uses");

	static final Set<String> HEADER_PRESENCE = Set.of("mandatory", "optional", "conditional", "not-allowed");

	static final Set<String> HEADER_STATUS = Set.of("active", "deprecated", "reserved");

	static final java.util.regex.Pattern RESPONSE_CLASS = java.util.regex.Pattern.compile("[1-6]xx");

	static final Pattern SPEC_DOCUMENT = Pattern.compile("RFC [1-9][0-9]{2,4}|3GPP TS [0-9]{2}\\.[0-9]{3}");

	static final Pattern SPEC_SECTION = Pattern.compile("[0-9]+(\\.[0-9A-Z]+)*|Annex [A-Z]+(\\.[0-9]+)*");

	/** A sentence of fewer words is too short to be called boilerplate. */
	static final int MIN_SENTENCE_WORDS = 8;

	/** A sentence may stand in at most this many entries. */
	static final int MAX_ENTRIES_PER_SENTENCE = 3;

	/** A body shorter than this is not an explanation. */
	static final int MIN_BODY_WORDS = 40;

}
