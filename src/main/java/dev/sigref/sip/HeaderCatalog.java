package dev.sigref.sip;


/** Known header names, their compact forms (RFC 3261 §7.3.3 and the IANA registry) and how their values are read. */
final class HeaderCatalog {
    private HeaderCatalog() {
    }

    /** Which grammar reads a header's value. */
    enum Kind {
        VIA, FROM_TO, ROUTE, NAME_ADDR, CONTACT, CSEQ, CALL_ID, CALL_ID_PARAMS, CONTENT_LENGTH, MAX_FORWARDS, NUMBER, DELTA_SECONDS,
        RACK, AUTH, AUTH_INFO, REASON, OPTION_TAGS, PRIV_VALUES, SECURITY, MEDIA_TYPE, DELTA_PARAMS, WARNING, DATE, TEXT,
        /** generic-value with a sess-uuid (RFC 7989) */
        SESSION_ID,
        /** generic-value with a urn-7 Service-ID (RFC 6050) */
        SERVICE_ID,
        /** name-addr whose index, rc, mp and np parameters are index-vals (RFC 7044) */
        HISTORY_INFO,
        /** name-addr / addr-spec with the sescase and regstate parameters (RFC 5502, RFC 8498) */
        SERVED_USER,
        /** icid-value *(SEMI charge-params), whose parameters have grammars of their own (RFC 7315) */
        CHARGING_VECTOR,
        /** access-net-spec: an access type and its access-info parameters (RFC 7315) */
        ACCESS_NETWORK_INFO,
        /** r-value = namespace "." r-priority, without parameters (RFC 4412) */
        RESOURCE_PRIORITY,
        /** "*" *(SEMI feature parameters): Accept-Contact, Reject-Contact (RFC 3841), Feature-Caps (RFC 6809) */
        STAR_PARAMS,
        /** "yes" / "no" / generic-value, without parameters (RFC 6442) */
        GEOLOCATION_ROUTING,
        /** a PASSporT and its parameters, kept as text, with the info parameter checked (RFC 8224) */
        IDENTITY,
        /** event-type = event-package *("." event-template), with parameters in Event (RFC 6665 §8.4) */
        EVENT_TYPE,
        /** substate-value *(SEMI subexp-params), expires and retry-after in seconds (RFC 6665 §8.4) */
        SUBSCRIPTION_STATE,
        GENERIC
    }

    /**
     * @param canonical the registered spelling
     * @param compact   the compact form letter, or null
     * @param kind      the grammar of its value
     * @param list      true when the header may hold a comma-separated list (RFC 3261 §7.3.1)
     */
    record Def(String canonical, String compact, Kind kind, boolean list, int id) {
    }


    private static int count;
    /** Each definition under its own canonical String instance, which every Header built for it shares. */
    private static final java.util.IdentityHashMap<String, Def> BY_CANONICAL = new java.util.IdentityHashMap<>(256);
    /** Open-addressing table keyed by the case-folded name, so that names are found without a substring. */
    private static final Def[] TABLE = new Def[512];
    private static final String[] TABLE_KEYS = new String[512];

    private static void def(String name, String compact, Kind kind, boolean list) {
        Def d = new Def(name, compact, kind, list, count++);
        BY_CANONICAL.put(d.canonical(), d);
        put(name, d);
        if (compact != null) {
            put(compact, d);
        }
    }

    static {
        boolean list = true;
        boolean single = false;
        def("Accept", null, Kind.MEDIA_TYPE, list);
        def("Accept-Contact", "a", Kind.STAR_PARAMS, list);
        def("Accept-Encoding", null, Kind.GENERIC, list);
        def("Accept-Language", null, Kind.GENERIC, list);
        def("Accept-Resource-Priority", null, Kind.RESOURCE_PRIORITY, list);
        def("Alert-Info", null, Kind.NAME_ADDR, list);
        def("Allow", null, Kind.OPTION_TAGS, list);
        def("Allow-Events", "u", Kind.EVENT_TYPE, list);
        def("Authentication-Info", null, Kind.AUTH_INFO, single);
        def("Authorization", null, Kind.AUTH, single);
        def("Call-ID", "i", Kind.CALL_ID, single);
        def("Call-Info", null, Kind.NAME_ADDR, list);
        def("Contact", "m", Kind.CONTACT, list);
        def("Content-Disposition", null, Kind.GENERIC, single);
        def("Content-Encoding", "e", Kind.GENERIC, list);
        def("Content-ID", null, Kind.TEXT, single);
        def("Content-Language", null, Kind.GENERIC, list);
        def("Content-Length", "l", Kind.CONTENT_LENGTH, single);
        def("Content-Transfer-Encoding", null, Kind.TEXT, single);
        def("Content-Type", "c", Kind.MEDIA_TYPE, single);
        def("CSeq", null, Kind.CSEQ, single);
        def("Date", null, Kind.DATE, single);
        def("Diversion", null, Kind.NAME_ADDR, list);
        def("Error-Info", null, Kind.NAME_ADDR, list);
        def("Event", "o", Kind.EVENT_TYPE, single);
        def("Expires", null, Kind.DELTA_SECONDS, single);
        def("Feature-Caps", null, Kind.STAR_PARAMS, list);
        def("From", "f", Kind.FROM_TO, single);
        def("Geolocation", null, Kind.NAME_ADDR, list);
        def("Geolocation-Routing", null, Kind.GEOLOCATION_ROUTING, single);
        def("History-Info", null, Kind.HISTORY_INFO, list);
        def("Identity", "y", Kind.IDENTITY, list); // one per signed PASSporT (RFC 8224 §4), so it may repeat
        def("Identity-Info", "n", Kind.NAME_ADDR, single);
        def("In-Reply-To", null, Kind.CALL_ID, list); // callid *(COMMA callid)
        def("Info-Package", null, Kind.GENERIC, single);
        def("Max-Forwards", null, Kind.MAX_FORWARDS, single);
        def("MIME-Version", null, Kind.TEXT, single);
        def("Min-Expires", null, Kind.DELTA_SECONDS, single);
        def("Min-SE", null, Kind.DELTA_PARAMS, single);
        def("Organization", null, Kind.TEXT, single);
        def("P-Access-Network-Info", null, Kind.ACCESS_NETWORK_INFO, list);
        def("P-Asserted-Identity", null, Kind.NAME_ADDR, list);
        def("P-Asserted-Service", null, Kind.SERVICE_ID, list);
        def("P-Associated-URI", null, Kind.NAME_ADDR, list);
        def("P-Called-Party-ID", null, Kind.NAME_ADDR, single);
        def("P-Charging-Function-Addresses", null, Kind.GENERIC, single);
        def("P-Charging-Vector", null, Kind.CHARGING_VECTOR, single);
        def("P-Early-Media", null, Kind.GENERIC, list);
        def("P-Media-Authorization", null, Kind.GENERIC, list);
        def("P-Preferred-Identity", null, Kind.NAME_ADDR, list);
        def("P-Preferred-Service", null, Kind.SERVICE_ID, list);
        def("P-Profile-Key", null, Kind.NAME_ADDR, single);
        def("P-Served-User", null, Kind.SERVED_USER, single);
        def("P-User-Database", null, Kind.NAME_ADDR, single);
        def("P-Visited-Network-ID", null, Kind.GENERIC, list);
        def("Path", null, Kind.ROUTE, list);
        def("Priority", null, Kind.TEXT, single);
        def("Privacy", null, Kind.PRIV_VALUES, single);
        def("Proxy-Authenticate", null, Kind.AUTH, single);
        def("Proxy-Authorization", null, Kind.AUTH, single);
        def("Proxy-Require", null, Kind.OPTION_TAGS, list);
        def("RAck", null, Kind.RACK, single);
        def("SIP-ETag", null, Kind.GENERIC, single);
        def("SIP-If-Match", null, Kind.GENERIC, single);
        def("Reason", null, Kind.REASON, list);
        def("Record-Route", null, Kind.ROUTE, list);
        def("Recv-Info", null, Kind.GENERIC, list);
        def("Refer-To", "r", Kind.NAME_ADDR, single);
        def("Referred-By", "b", Kind.NAME_ADDR, single);
        def("Reject-Contact", "j", Kind.STAR_PARAMS, list);
        def("Replaces", null, Kind.CALL_ID_PARAMS, single); // callid *(SEMI replaces-param), RFC 3891
        def("Reply-To", null, Kind.NAME_ADDR, single);
        def("Resource-Priority", null, Kind.RESOURCE_PRIORITY, list);
        def("Request-Disposition", "d", Kind.GENERIC, list);
        def("Require", null, Kind.OPTION_TAGS, list);
        def("Retry-After", null, Kind.DELTA_PARAMS, single);
        def("Route", null, Kind.ROUTE, list);
        def("RSeq", null, Kind.NUMBER, single);
        def("Security-Client", null, Kind.SECURITY, list);
        def("Security-Server", null, Kind.SECURITY, list);
        def("Security-Verify", null, Kind.SECURITY, list);
        def("Server", null, Kind.TEXT, single);
        def("Service-Route", null, Kind.ROUTE, list);
        def("Session-Expires", "x", Kind.DELTA_PARAMS, single);
        def("Session-ID", null, Kind.SESSION_ID, single);
        def("Subject", "s", Kind.TEXT, single);
        def("Subscription-State", null, Kind.SUBSCRIPTION_STATE, single);
        def("Supported", "k", Kind.OPTION_TAGS, list);
        def("Target-Dialog", null, Kind.CALL_ID_PARAMS, single); // callid *(SEMI td-param), RFC 4538
        def("Timestamp", null, Kind.TEXT, single);
        def("To", "t", Kind.FROM_TO, single);
        def("Unsupported", null, Kind.OPTION_TAGS, list);
        def("User-Agent", null, Kind.TEXT, single);
        def("Via", "v", Kind.VIA, list);
        def("Warning", null, Kind.WARNING, list);
        def("WWW-Authenticate", null, Kind.AUTH, single);
    }

    /**
     * The headers whose grammar lets the value be empty: RFC 3261 §25.1's Accept, Accept-Encoding, Accept-Language,
     * Allow, Organization, Subject and Supported, RFC 7315's P-Associated-URI (a registrar's answer when the user has
     * no other URI), RFC 5009's P-Early-Media, RFC 6086's Recv-Info and RFC 4412's Accept-Resource-Priority.
     */
    private static final java.util.Set<String> MAY_BE_EMPTY = java.util.Set.of("Accept", "Accept-Encoding",
            "Accept-Language", "Allow", "Organization", "Subject", "Supported", "P-Associated-URI", "P-Early-Media",
            "Recv-Info", "Accept-Resource-Priority");
    /**
     * The headers a message needs (Max-Forwards in requests): an empty one is reported as missing (RFC 3261
     * §8.1.1), not twice.
     */
    private static final java.util.Set<String> MANDATORY = java.util.Set.of("Via", "From", "To", "Call-ID", "CSeq",
            "Max-Forwards");

    /** True when an empty value breaks the header's grammar and is not already reported as a missing header. */
    static boolean requiresValue(Def def) {
        return !MAY_BE_EMPTY.contains(def.canonical()) && !MANDATORY.contains(def.canonical());
    }

    private static void put(String key, Def d) {
        int i = foldedHash(key, 0, key.length()) & (TABLE.length - 1);
        while (TABLE[i] != null) {
            i = (i + 1) & (TABLE.length - 1);
        }
        TABLE[i] = d;
        TABLE_KEYS[i] = key;
    }

    /**
     * A hash that ignores ASCII case: setting bit 0x20 lower-cases letters and leaves digits and '-' as they are; the
     * few token characters it merges with others only cost a probe, since the key is compared afterwards.
     */
    private static int foldedHash(String s, int from, int to) {
        int h = to - from;
        for (int i = from; i < to; i++) {
            h = 31 * h + (s.charAt(i) | 0x20);
        }
        return h ^ (h >>> 16);
    }

    /** The id of a header the catalogue defines (a constant in the rule classes); fails at class load otherwise. */
    static int id(String name) {
        return lookup(name).id();
    }

    /** How many headers the catalogue knows; {@link Def#id()} is below it. */
    static int size() {
        return count;
    }

    /** The definition for the header name s[from, to) in any case or compact form, or null. */
    static Def lookup(String s, int from, int to) {
        int len = to - from;
        int i = foldedHash(s, from, to) & (TABLE.length - 1);
        while (TABLE[i] != null) {
            String key = TABLE_KEYS[i];
            if (key.length() == len && (s.regionMatches(from, key, 0, len) || s.regionMatches(true, from, key, 0, len))) {
                return TABLE[i];
            }
            i = (i + 1) & (TABLE.length - 1);
        }
        return null;
    }

    /** True when s[from, to) names Content-Length, in any case or as its compact form. */
    static boolean isContentLength(String s, int from, int to) {
        int len = to - from;
        Def d = len == 14 || len == 1 ? lookup(s, from, to) : null;
        return d != null && d.kind() == Kind.CONTENT_LENGTH;
    }

    /**
     * The definition of a parsed header, found by the identity of its canonical name (no hashing of the text); a
     * header the catalogue does not know, or a Header built elsewhere, falls back to the name lookup.
     */
    static Def of(Header h) {
        Def d = BY_CANONICAL.get(h.canonicalName());
        return d != null ? d : lookup(h.name());
    }

    /** The definition for a header name in any case or compact form, or null for an unknown header. */
    static Def lookup(String name) {
        return lookup(name, 0, name.length());
    }

    /** The shortest registered name that {@code prefix} (two or more characters) begins, in any case, or null. */
    static String completing(String prefix) {
        if (prefix.length() < 2) {
            return null;
        }
        String best = null;
        for (String name : BY_CANONICAL.keySet()) {
            if (name.regionMatches(true, 0, prefix, 0, prefix.length()) && name.length() > prefix.length()
                    && (best == null || name.length() < best.length())) {
                best = name;
            }
        }
        return best;
    }

    /** The registered spelling of a known header name, or the name as written. */
    static String canonical(String name) {
        Def d = lookup(name);
        return d == null ? name : d.canonical();
    }
}
