package dev.sigref.sip.sdp;

import dev.sigref.sip.Finding;
import dev.sigref.sip.FindingCode;
import dev.sigref.sip.IpAddresses;
import dev.sigref.sip.Param;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Reads an SDP session description (RFC 8866) line by line, with preconditions (RFC 3312). Never throws; reports
 * what does not follow the grammar through a {@link Sink}.
 */
public final class SdpParser {
    private SdpParser() {
    }

    /** Receives problems at offsets of the text given to {@link #parse}. */
    @FunctionalInterface
    public interface Sink {
        /** A problem that rests on {@code reference} instead of the code's usual clause. */
        void add(FindingCode code, String reference, int offset, String message);

        default void add(FindingCode code, int offset, String message) {
            add(code, code.reference(), offset, message);
        }
    }

    /** Attributes made of tokens, numbers and addresses, where a blank at the end of the line is no part of them. */
    // fmtp and ssrc end in a byte-string (format-specific-params, RFC 8866 §6.15; an ssrc's attribute value, RFC 5576
    // §4.1), which may hold trailing blanks: they are not on this list
    private static final Set<String> STRUCTURED_ATTRIBUTES = Set.of("rtpmap", "ptime", "maxptime", "mid",
            "group", "sendrecv", "sendonly", "recvonly", "inactive", "curr", "des", "conf", "rtcp", "rtcp-mux",
            "rtcp-fb", "setup", "fingerprint", "candidate", "ice-ufrag", "ice-pwd", "ice-options", "crypto",
            "msid", "extmap", "path", "accept-types", "connection", "framerate", "silencesupp", "label", "content",
            "rtcp-xr", "bundle-only", "end-of-candidates", "sctp-port", "max-message-size");

    /**
     * Attributes defined for the media level only, with the clause that says so: rtpmap, fmtp, ptime and maxptime
     * (RFC 8866 §6), rtcp-fb (RFC 4585, registered as a media-level attribute) and mid (RFC 5888 §4).
     */
    private static final Map<String, String> MEDIA_LEVEL_ONLY = Map.of("rtpmap", "RFC 8866 §6.6", "fmtp",
            "RFC 8866 §6.15", "ptime", "RFC 8866 §6.4", "maxptime", "RFC 8866 §6.5", "rtcp-fb", "RFC 4585 §4.2",
            "mid", "RFC 5888 §4");

    private static final String SESSION_ORDER = "vosiuepcbtrzka";
    private static final String MEDIA_ORDER = "micbka";
    private static final Set<String> DIRECTIONS = Set.of("sendrecv", "sendonly", "recvonly", "inactive");
    private static final Set<String> STATUS_TYPES = Set.of("e2e", "local", "remote");
    private static final Set<String> DIRECTION_TAGS = Set.of("none", "send", "recv", "sendrecv");
    private static final Set<String> ROLES = Set.of("active", "passive", "actpass", "holdconn");
    private static final Set<String> STRENGTHS = Set.of("mandatory", "optional", "none", "failure", "unknown");

    /**
     * @param s          the text holding the SDP
     * @param from       offset of its first character
     * @param to         offset just past its last character
     * @param sink       where problems go
     * @param lineNumber turns an offset into the 1-based line number shown to users
     */
    public static SessionDescription parse(String s, int from, int to, Sink sink, IntUnaryOperator lineNumber) {
        return new SdpParser.Reader(s, from, to, sink, lineNumber).read();
    }

    private static final class Reader {
        final String s;
        final int from;
        final int to;
        final Sink sink;
        final IntUnaryOperator lineNumber;

        String version;
        Origin origin;
        String sessionName;
        String information;
        String uri;
        final List<String> emails = new ArrayList<>(0);
        final List<String> phones = new ArrayList<>(0);
        Connection connection;
        final List<Bandwidth> bandwidths = new ArrayList<>(1);
        final List<Timing> timings = new ArrayList<>(1);
        List<String> repeats;
        long[] pendingTiming;
        /** The z= of the time description being read. */
        String pendingZones;
        String zones;
        String key;
        final List<Attribute> attributes = new ArrayList<>(4);
        final List<MediaDescription> media = new ArrayList<>(2);
        /** Offset of each media section's m= line, for findings about the section as a whole. */
        int[] mediaOffsets = new int[4];
        MediaBuilder current;
        boolean orderReported;
        /** The a=mid values seen so far, made on the first one. */
        Set<String> mids;
        /** The session-level direction attribute, once one is seen, and whether a second one was reported. */
        String sessionDirectionAttribute;
        boolean sessionDirectionReported;
        /** The session-level a=group lines, by the offset of their line, checked against the mids at the end. */
        List<Attribute> groups;
        int[] groupOffsets;
        /** Where text resumes after the current run of empty lines; at or before the line start outside a run. */
        int nextText = -1;
        /** Structured lines that ended in spaces or tabs, and where the first of them starts. */
        private int trailingBlanks;
        private int firstTrailing = -1;
        int lastRank = -1;

        Reader(String s, int from, int to, Sink sink, IntUnaryOperator lineNumber) {
            this.s = s;
            this.from = from;
            this.to = to;
            this.sink = sink;
            this.lineNumber = lineNumber;
        }

        SessionDescription read() {
            int pos = from;
            boolean first = true;
            while (pos < to) {
                int nl = s.indexOf('\n', pos);
                int lineEnd = nl < 0 || nl >= to ? to : nl;
                int next = lineEnd < to ? lineEnd + 1 : to;
                int contentEnd = lineEnd > pos && s.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
                if (contentEnd == pos) {
                    boolean runStart = nextText <= pos;
                    if (runStart) {
                        // found once per run of empty lines, so that a long run costs one scan, not one per line
                        nextText = firstNonBlank(next);
                    }
                    if (runStart && nextText < to) {
                        sink.add(FindingCode.SDP_MALFORMED_LINE, pos, "sdp has an empty line in the middle; "
                                + "every SDP line is <type>=<value>");
                    }
                    pos = next;
                    continue;
                }
                line(pos, withoutTrailingBlanks(pos, contentEnd), first);
                first = false;
                pos = next;
            }
            if (trailingBlanks > 0) {
                int e = firstTrailing;
                while (e < to && s.charAt(e) != '\n' && s.charAt(e) != '\r') {
                    e++;
                }
                sink.add(FindingCode.SDP_TRAILING_WHITESPACE, firstTrailing, (trailingBlanks == 1 ? "sdp line "
                        : trailingBlanks + " sdp lines end in spaces or tabs, the first ") + q(s.substring(firstTrailing, e))
                        + (trailingBlanks == 1 ? " ends in spaces or tabs" : "") + "; RFC 8866 §9 ends each field at the"
                        + " line end, so a strict parser reads the blanks into the last field (an address, a mid, a"
                        + " payload type): remove them (they were set aside here)");
            }
            finishTiming();
            finishMedia();
            if (groups != null) {
                for (int i = 0; i < groups.size(); i++) {
                    groupMembers(groupOffsets[i], groups.get(i).value());
                }
            }
            if (version == null) {
                sink.add(FindingCode.SDP_MISSING_LINE, from, "sdp has no v= line; it must start with v=0");
            }
            if (origin == null) {
                sink.add(FindingCode.SDP_MISSING_LINE, from, "sdp has no o= line (origin)");
            }
            if (sessionName == null) {
                sink.add(FindingCode.SDP_MISSING_LINE, from, "sdp has no s= line; write s=- when there is no name");
            }
            if (timings.isEmpty()) {
                sink.add(FindingCode.SDP_MISSING_LINE, from, "sdp has no t= line; write t=0 0 for an unbounded session");
            }
            String sessionDirection = direction(attributes, null);
            List<MediaDescription> finished = new ArrayList<>(media.size());
            for (int i = 0; i < media.size(); i++) {
                MediaDescription m = media.get(i);
                if (m.connections().isEmpty() && connection == null) {
                    sink.add(FindingCode.SDP_MISSING_CONNECTION, mediaOffsets[i], "media " + m.media() + " "
                            + m.port() + " has no c= line and the session has none either; add a c= line");
                }
                String dir = direction(m.attributes(), sessionDirection);
                finished.add(new MediaDescription(m.media(), m.port(), m.portCount(), m.proto(), m.formats(),
                        m.information(), m.connections(), m.bandwidths(), m.attributes(), m.rtpMaps(), m.fmtps(),
                        m.preconditions(), dir == null ? "sendrecv" : dir, m.line()));
            }
            return new SessionDescription(version, origin, sessionName, information, uri, emails, phones, connection,
                    bandwidths, timings, zones, key, attributes, finished,
                    sessionDirection == null ? "sendrecv" : sessionDirection);
        }

        /** The offset of the first character from {@code a} that is not whitespace or a line end, or {@code to}. */
        private int firstNonBlank(int a) {
            for (int i = a; i < to; i++) {
                char c = s.charAt(i);
                if (c != '\r' && c != '\n' && c != ' ' && c != '\t') {
                    return i;
                }
            }
            return to;
        }

        /**
         * The end of the line [a, e) without the spaces and tabs after its last field, on the lines whose value has a
         * structure (v o c b t r z m, and the attributes whose grammar is made of tokens and numbers); they are
         * counted for one finding. The text of s= and i=, and of other attributes (a byte-string), may end in a blank
         * ("s= " is the recommended empty session name).
         */
        private int withoutTrailingBlanks(int a, int e) {
            if (e - a < 3 || !blank(s.charAt(e - 1)) || s.charAt(a + 1) != '=' || "voctrzmb".indexOf(s.charAt(a)) < 0
                    && !(s.charAt(a) == 'a' && structuredAttribute(a + 2, e))) {
                return e;
            }
            int t = e;
            while (t > a + 2 && blank(s.charAt(t - 1))) {
                t--;
            }
            if (trailingBlanks++ == 0) {
                firstTrailing = a;
            }
            return t;
        }

        private boolean structuredAttribute(int from, int to) {
            int c = from;
            while (c < to && s.charAt(c) != ':' && !blank(s.charAt(c))) {
                c++;
            }
            return STRUCTURED_ATTRIBUTES.contains(s.substring(from, c).toLowerCase(java.util.Locale.ROOT));
        }

        private static boolean blank(char c) {
            return c == ' ' || c == '\t';
        }

        private void line(int a, int e, boolean first) {
            String text = s.substring(a, e);
            if (e - a < 2 || s.charAt(a + 1) != '=' || s.charAt(a) < 'a' || s.charAt(a) > 'z') {
                sink.add(FindingCode.SDP_MALFORMED_LINE, a, "sdp line " + q(text) + " is not <type>=<value> with a"
                        + " lower-case letter type and no spaces around '='");
                return;
            }
            char type = s.charAt(a);
            String value = s.substring(a + 2, e);
            int line = lineNumber.applyAsInt(a);
            if (first && type != 'v') {
                sink.add(FindingCode.SDP_LINE_ORDER, a, "sdp starts with " + q(text) + "; it must start with v=0");
                orderReported = true;
            }
            if (type == 'm') {
                finishTiming();
                finishMedia();
                current = new MediaBuilder();
                if (media.size() == mediaOffsets.length) {
                    mediaOffsets = java.util.Arrays.copyOf(mediaOffsets, mediaOffsets.length * 2);
                }
                mediaOffsets[media.size()] = a;
                lastRank = 0;
                media(a, value, line);
                return;
            }
            String order = current == null ? SESSION_ORDER : MEDIA_ORDER;
            // t=, its r= lines and its z= form one time description, and time descriptions follow one another
            int rank = order.indexOf(current == null && (type == 'r' || type == 'z') ? 't' : type);
            if (rank < 0) {
                if ("vosiuepcbtrzkam".indexOf(type) >= 0) {
                    sink.add(FindingCode.SDP_LINE_ORDER, a, "sdp line " + q(text) + " is not allowed in a "
                            + (current == null ? "session" : "media") + " section");
                } else {
                    sink.add(FindingCode.SDP_MALFORMED_LINE, a, "sdp line type '" + type + "' in " + q(text)
                            + " is not defined by RFC 8866");
                }
                return;
            }
            if (rank < lastRank && !orderReported) {
                sink.add(FindingCode.SDP_LINE_ORDER, a, "sdp line " + q(text) + " comes after lines that must follow it"
                        + " (order: " + order.replace("", " ").trim() + ")");
                orderReported = true;
            }
            lastRank = Math.max(lastRank, rank);
            if (current != null) {
                mediaLine(type, a, value, line);
            } else {
                sessionLine(type, a, value, line);
            }
        }

        private void sessionLine(char type, int a, String value, int line) {
            switch (type) {
                case 'v' -> {
                    version = value;
                    if (!value.equals("0")) {
                        sink.add(FindingCode.SDP_MALFORMED_LINE, a, "sdp version " + q(value) + " is not 0");
                    }
                }
                case 'o' -> {
                    String[] f = value.split(" ", -1);
                    if (f.length != 6 || hasEmpty(f)) {
                        sink.add(FindingCode.SDP_MALFORMED_LINE, a, "o=" + q(value) + " does not have the six fields"
                                + " <username> <sess-id> <sess-version> <nettype> <addrtype> <address>");
                        origin = new Origin(value, null, null, null, null, null);
                    } else {
                        origin = new Origin(f[0], f[1], f[2], f[3], f[4], f[5]);
                        sessionNumber(a + 3 + f[0].length(), "sess-id", f[1]);
                        sessionNumber(a + 4 + f[0].length() + f[1].length(), "sess-version", f[2]);
                        address(a + 7 + f[0].length() + f[1].length() + f[2].length() + f[3].length() + f[4].length(),
                                "o=", f[4], f[5], true);
                    }
                }
                case 's' -> {
                    sessionName = value;
                    sessionNameField(a, value);
                }
                case 'i' -> information = value;
                case 'u' -> uri = value;
                case 'e' -> emails.add(value);
                case 'p' -> phones.add(value);
                case 'c' -> connection = connection(a, value, line);
                case 'b' -> bandwidth(a, value, line, bandwidths);
                case 't' -> {
                    finishTiming();
                    String[] f = value.split(" ", -1);
                    long start = f.length == 2 ? digits(f[0]) : -1;
                    long stop = f.length == 2 ? digits(f[1]) : -1;
                    if (start < 0 || stop < 0) {
                        sink.add(FindingCode.SDP_MALFORMED_LINE, a, "t=" + q(value) + " is not <start-time> <stop-time>");
                    } else if (!startOrStopTime(f[0]) || !startOrStopTime(f[1])) {
                        boolean first = !startOrStopTime(f[0]);
                        sink.add(FindingCode.SDP_MALFORMED_LINE, first ? a + 2 : a + 3 + f[0].length(), "t= "
                                + (first ? "start" : "stop") + " time " + q(first ? f[0] : f[1]) + " is neither 0 nor"
                                + " an NTP time (seconds since 1900: at least 10 digits, no leading zero, such as"
                                + " 3034423619); RFC 8866 §9 time = POS-DIGIT 9*DIGIT");
                    }
                    pendingTiming = new long[] {start, stop};
                    repeats = new ArrayList<>(0);
                }
                case 'r' -> {
                    if (repeats != null && pendingZones == null) {
                        repeats.add(value);
                        repeatField(a, value);
                    } else {
                        sink.add(FindingCode.SDP_LINE_ORDER, a, "sdp line " + q("r=" + value) + (repeats == null
                                ? " comes before any t= line; an r= repeats the t= above it" : " follows the z= of its"
                                + " t=; RFC 8866 §9 puts the z= after the r= lines"));
                    }
                }
                case 'z' -> {
                    if (repeats == null || repeats.isEmpty() || pendingZones != null) {
                        // repeat-description = 1*repeat-field [zone-field]: a z= ends the r= lines of its t=
                        sink.add(FindingCode.SDP_LINE_ORDER, a, "sdp line " + q("z=" + value) + " does not follow"
                                + " an r= line of its t=; RFC 8866 §9 puts a z= only after the r= lines of a time"
                                + " description (time-description = t= [1*r= [z=]]; RFC 4566 still allowed a z= after"
                                + " the t= lines without r=)");
                    }
                    zoneField(a, value);
                    pendingZones = pendingZones == null ? value : pendingZones;
                    zones = zones == null ? value : zones;
                }
                case 'k' -> key = value;
                default -> {
                    Attribute attr = attribute(value, line);
                    attributes.add(attr);
                    if (attr.value() == null && DIRECTIONS.contains(attr.name())) {
                        if (sessionDirectionAttribute != null && !sessionDirectionReported) {
                            sessionDirectionReported = true;
                            secondDirection(a, attr.name(), sessionDirectionAttribute, "at session level");
                        }
                        sessionDirectionAttribute = sessionDirectionAttribute == null ? attr.name()
                                : sessionDirectionAttribute;
                    }
                    String mediaLevel = MEDIA_LEVEL_ONLY.get(attr.name());
                    if (mediaLevel != null) {
                        sink.add(FindingCode.SDP_LINE_ORDER, mediaLevel, a, "a=" + attr.name() + " stands at session"
                                + " level, before any m= line, but it is a media-level attribute (" + mediaLevel
                                + "), so a receiver may ignore it there: write it in each m= section it applies to");
                    }
                    if (attr.name().equals("group") && attr.value() != null) {
                        if (groups == null) {
                            groups = new ArrayList<>(1);
                            groupOffsets = new int[2];
                        } else if (groups.size() == groupOffsets.length) {
                            groupOffsets = java.util.Arrays.copyOf(groupOffsets, groupOffsets.length * 2);
                        }
                        groupOffsets[groups.size()] = a;
                        groups.add(attr);
                    }
                    attributeValue(a, attr);
                }
            }
        }

        /**
         * group-attribute = "a=group:" semantics *(SP identification-tag), each tag the a=mid of a media section of the
         * same description (RFC 5888 §5); a BUNDLE group (RFC 9143) names the sections that share one transport. A tag
         * that no a=mid carries groups nothing, and the peer cannot form the group as offered. Reported once per line,
         * on the first such tag.
         */
        private void groupMembers(int a, String v) {
            int sp = v.indexOf(' ');
            if (sp < 0) {
                return; // a group without members, such as an empty BUNDLE group
            }
            String first = null;
            int firstAt = 0;
            int unknown = 0;
            int i = sp + 1;
            while (i < v.length()) {
                int end = v.indexOf(' ', i);
                end = end < 0 ? v.length() : end;
                if (end > i) {
                    String tag = v.substring(i, end);
                    if (mids == null || !mids.contains(tag)) {
                        if (unknown++ == 0) {
                            first = tag;
                            firstAt = i;
                        }
                    }
                }
                i = end + 1;
            }
            if (first != null) {
                String semantics = v.substring(0, sp);
                sink.add(FindingCode.SDP_MALFORMED_ATTRIBUTE, "RFC 5888 §5", a + "a=group:".length() + firstAt,
                        "a=group:" + semantics + " names the mid " + q(first) + (unknown > 1 ? " (and " + (unknown - 1)
                        + " more)" : "") + ", which no media section carries (no a=mid:" + first + "); a group lists"
                        + " the a=mid values of media sections of the same description, so the peer cannot form the "
                        + semantics + " group as written: add the a=mid to its m= section or drop the tag");
            }
        }

        /**
         * "At most one of recvonly, sendrecv, sendonly, or inactive MAY appear at session level, and at most one MAY
         * appear in each media description" (RFC 8866 §6.7): with two, the receiver cannot tell which way media may
         * flow, and implementations differ in which one they take. Reported once per section, on the second one.
         */
        private void secondDirection(int a, String second, String first, String where) {
            sink.add(FindingCode.SDP_MALFORMED_ATTRIBUTE, "RFC 8866 §6.7", a, "a=" + second + " is a second"
                    + " direction attribute " + where + ", after a=" + first + "; RFC 8866 §6.7 allows at most one"
                    + " there, and a receiver may apply either: keep the one that says how media should flow");
        }

        private void mediaLine(char type, int a, String value, int line) {
            switch (type) {
                case 'i' -> current.information = value;
                case 'c' -> current.connections.add(connection(a, value, line));
                case 'b' -> bandwidth(a, value, line, current.bandwidths);
                case 'k' -> {
                }
                default -> {
                    Attribute attr = attribute(value, line);
                    current.attributes.add(attr);
                    if (attr.value() == null && DIRECTIONS.contains(attr.name())) {
                        if (current.directionAttribute != null && !current.directionReported) {
                            current.directionReported = true;
                            secondDirection(a, attr.name(), current.directionAttribute, "in the m="
                                    + current.media + " section");
                        }
                        current.directionAttribute = current.directionAttribute == null ? attr.name()
                                : current.directionAttribute;
                    }
                    mediaAttribute(a, attr);
                    attributeValue(a, attr);
                }
            }
        }

        private void mediaAttribute(int a, Attribute attr) {
            String v = attr.value();
            switch (attr.name()) {
                case "rtpmap" -> {
                    int sp = v == null ? -1 : v.indexOf(' ');
                    String[] enc = sp < 0 ? new String[0] : v.substring(sp + 1).trim().split("/", -1);
                    long clock = enc.length >= 2 ? digits(enc[1]) : -1;
                    if (sp <= 0 || enc.length < 2 || enc.length > 3 || enc[0].isEmpty() || clock < 0) {
                        sink.add(FindingCode.SDP_MALFORMED_ATTRIBUTE, a, "a=rtpmap:" + q(v == null ? "" : v)
                                + " is not <payload type> <encoding name>/<clock rate>[/<channels>]");
                        return;
                    }
                    String pt = v.substring(0, sp);
                    knownFormat(a, "rtpmap", pt);
                    RtpMap earlier = current.rtpMapByType.get(pt);
                    RtpMap map = new RtpMap(pt, enc[0], clock, enc.length == 3 ? enc[2] : null);
                    if (earlier != null && earlier.equals(map)) {
                        sink.add(FindingCode.SDP_REPEATED_FORMAT, a, "a=rtpmap:" + q(v) + " repeats the mapping of"
                                + " payload type " + pt + " word for word; send it once");
                    } else if (earlier != null) {
                        sink.add(FindingCode.SDP_PAYLOAD_TYPE_CONFLICT, a, "a=rtpmap:" + q(v) + " maps payload type "
                                + pt + " to " + enc[0] + "/" + clock + ", but an earlier rtpmap maps it to "
                                + earlier.encoding() + "/" + earlier.clockRate() + "; the receiver cannot tell which"
                                + " codec the RTP packets of type " + pt + " carry");
                    }
                    current.rtpMaps.add(map);
                    current.rtpMapByType.putIfAbsent(pt, map);
                }
                case "fmtp" -> {
                    int sp = v == null ? -1 : v.indexOf(' ');
                    if (sp <= 0) {
                        sink.add(FindingCode.SDP_MALFORMED_ATTRIBUTE, a, "a=fmtp:" + q(v == null ? "" : v)
                                + " is not <format> <format specific parameters>");
                        return;
                    }
                    String fmt = v.substring(0, sp);
                    knownFormat(a, "fmtp", fmt);
                    String params = v.substring(sp + 1).trim();
                    current.fmtps.add(new Fmtp(fmt, params, fmtpParams(params)));
                }
                case "curr", "des", "conf" -> precondition(a, attr.name(), v);
                case "rtcp-fb" -> rtcpFeedbackType(a, v);
                default -> {
                }
            }
        }

        /**
         * The value grammars of attributes that may stand at session or media level; {@code a} is the line start, the
         * value starts after "a=name:".
         */
        private void attributeValue(int a, Attribute attr) {
            String v = attr.value();
            int at = a + 3 + attr.name().length();
            switch (attr.name()) {
                case "fingerprint" -> fingerprint(a, v);
                case "ptime", "maxptime" -> {
                    if (v == null || !nonZeroIntOrReal(v)) {
                        sink.add(FindingCode.SDP_MALFORMED_ATTRIBUTE, attr.name().equals("ptime") ? "RFC 8866 §6.4"
                                : "RFC 8866 §6.5", v == null ? a : at, "a=" + attr.name() + ":" + q(v == null ? "" : v)
                                + " is not a number of milliseconds above 0 (RFC 8866 §9 non-zero-int-or-real: an"
                                + " integer such as 20 or a decimal such as 0.5 or 20.5, no leading zero, no trailing"
                                + " zero after the point)");
                    }
                }
                case "mid" -> mid(at, v);
                case "setup" -> setupAttr(a, at, v);
                case "rtcp" -> rtcpAttribute(a, at, v);
                case "extmap" -> extmap(a, at, v);
                case "crypto" -> crypto(a, at, v);
                case "candidate" -> candidateAttribute(a, at, v);
                case "ice-ufrag" -> iceCredential(a, at, "ice-ufrag", v, 4);
                case "ice-pwd" -> iceCredential(a, at, "ice-pwd", v, 22);
                default -> {
                }
            }
        }

        /**
         * mid-attribute = "a=mid:" identification-tag; "The identification-tag MUST be unique within an SDP session
         * description" (RFC 5888 §4): the second use is named, since a=group and BUNDLE cannot tell the two apart.
         */
        private void mid(int at, String v) {
            if (v == null) {
                return;
            }
            if (mids == null) {
                mids = new HashSet<>(4);
            }
            if (!mids.add(v)) {
                sink.add(FindingCode.SDP_MALFORMED_LINE, "RFC 5888 §4", at, "a=mid:" + q(v) + " repeats the"
                        + " identification-tag of an earlier media section; RFC 5888 §4: it MUST be unique within the"
                        + " session description, so give each media section its own mid");
            }
        }

        /** setup-attr = "a=setup:" role; role = "active" / "passive" / "actpass" / "holdconn" (RFC 4145 §4) */
        private void setupAttr(int a, int at, String v) {
            if (v == null || !ROLES.contains(v.toLowerCase(java.util.Locale.ROOT))) {
                sink.add(FindingCode.SDP_MALFORMED_ATTRIBUTE, "RFC 4145 §4", v == null ? a : at, "a=setup:"
                        + q(v == null ? "" : v) + " is not a role: write active, passive, actpass or holdconn");
            }
        }

        /** rtcp-attribute = "a=rtcp:" port [nettype space addrtype space connection-address] (RFC 3605 §2.1) */
        private void rtcpAttribute(int a, int at, String v) {
            String[] f = v == null ? new String[0] : v.split(" ", -1);
            long port = f.length > 0 ? digits(f[0]) : -1;
            if (port < 0 || port > 65535 || f.length != 1 && f.length != 4 || hasEmpty(f)) {
                sink.add(FindingCode.SDP_MALFORMED_ATTRIBUTE, "RFC 3605 §2.1", v == null ? a : at, "a=rtcp:"
                        + q(v == null ? "" : v) + " is not <port> [<nettype> <addrtype> <address>] with a port from 0 to"
                        + " 65535, such as 'a=rtcp:53020' or 'a=rtcp:53020 IN IP4 192.0.2.1'");
            }
        }

        /**
         * extmap = mapentry SP extensionname [SP extensionattributes]; mapentry = "extmap:" 1*5DIGIT ["/" direction];
         * direction = "sendonly" / "recvonly" / "sendrecv" / "inactive" (RFC 8285 §7). The ID 0 "is reserved for
         * padding in both forms" (§5); 15 is reserved in the one-byte form only and IDs above 255 may be offered for
         * remapping (§5, §6), so they pass.
         */
        private void extmap(int a, int at, String v) {
            int sp = v == null ? -1 : v.indexOf(' ');
            String entry = sp < 0 ? v == null ? "" : v : v.substring(0, sp);
            int slash = entry.indexOf('/');
            String id = slash < 0 ? entry : entry.substring(0, slash);
            boolean ok = sp > 0 && sp < v.length() - 1 && v.charAt(sp + 1) != ' ' && id.length() <= 5 && allDigits(id)
                    && (slash < 0 || DIRECTIONS.contains(entry.substring(slash + 1).toLowerCase(java.util.Locale.ROOT)));
            if (!ok) {
                sink.add(FindingCode.SDP_MALFORMED_ATTRIBUTE, "RFC 8285 §7", v == null ? a : at, "a=extmap:"
                        + q(v == null ? "" : v) + " is not <id>[/<direction>] <extension URI>, such as"
                        + " 'a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level' (direction sendonly, recvonly,"
                        + " sendrecv or inactive)");
            } else if (digits(id) == 0) {
                sink.add(FindingCode.SDP_MALFORMED_ATTRIBUTE, "RFC 8285 §5", at, "a=extmap:" + q(v) + " uses ID 0,"
                        + " which is reserved for padding; use an ID from 1 to 14 (or up to 255 with two-byte headers)");
            }
        }

        /**
         * "a=crypto:" tag 1*WSP crypto-suite 1*WSP key-params *(1*WSP session-param); tag = 1*9DIGIT;
         * crypto-suite = 1*(ALPHA / DIGIT / "_"); key-params = key-param *(";" key-param);
         * key-param = key-method ":" key-info; key-method = "inline" / key-method-ext (RFC 4568 §9.1)
         */
        private void crypto(int a, int at, String v) {
            String problem = null;
            int bad = at;
            int tagEnd = v == null ? 0 : wspEnd(v, 0);
            int suite = v == null ? 0 : wspSkip(v, tagEnd);
            int suiteEnd = v == null ? 0 : wspEnd(v, suite);
            int keys = v == null ? 0 : wspSkip(v, suiteEnd);
            int keysEnd = v == null ? 0 : wspEnd(v, keys);
            if (v == null || tagEnd == 0 || tagEnd > 9 || !allDigits(v.substring(0, tagEnd))) {
                problem = "its tag " + q(v == null ? "" : v.substring(0, tagEnd)) + " is not 1 to 9 digits";
            } else if (suite == suiteEnd || !suiteChars(v, suite, suiteEnd)) {
                bad += suite;
                problem = "its crypto-suite " + q(v.substring(suite, suiteEnd)) + " is not letters, digits and '_'";
            } else if (keys == keysEnd || !keyParams(v, keys, keysEnd)) {
                bad += keys;
                problem = keys == keysEnd ? "the key-params are missing" : "its key-params "
                        + q(v.substring(keys, keysEnd)) + " are not <method>:<key info> separated by ';'";
            }
            if (problem != null) {
                sink.add(FindingCode.SDP_MALFORMED_ATTRIBUTE, "RFC 4568 §9.1", v == null ? a : bad, "a=crypto:"
                        + q(v == null ? "" : v) + " is not <tag> <crypto-suite> <key-params>: " + problem + "; write"
                        + " it like 'a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:<base64 key and salt>'");
            }
        }

        private static int wspEnd(String v, int from) {
            int i = from;
            while (i < v.length() && !blank(v.charAt(i))) {
                i++;
            }
            return i;
        }

        private static int wspSkip(String v, int from) {
            int i = from;
            while (i < v.length() && blank(v.charAt(i))) {
                i++;
            }
            return i;
        }

        /** 1*(ALPHA / DIGIT / "_") */
        private static boolean suiteChars(String v, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = v.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                    return false;
                }
            }
            return to > from;
        }

        /** key-param *(";" key-param); key-param = key-method ":" key-info; key-info = 1*(%x21-3A / %x3C-7E) */
        private static boolean keyParams(String v, int from, int to) {
            int start = from;
            for (int i = from; i <= to; i++) {
                if (i == to || v.charAt(i) == ';') {
                    int colon = v.indexOf(':', start);
                    if (colon < 0 || colon >= i - 1 || !suiteChars(v, start, colon)) {
                        return false;
                    }
                    start = i + 1;
                }
            }
            return true;
        }

        /**
         * candidate-attribute = "candidate" ":" foundation SP component-id SP transport SP priority SP
         * connection-address SP port SP cand-type [SP rel-addr] [SP rel-port] *(SP cand-extension);
         * foundation = 1*32ice-char; component-id = 1*3DIGIT; transport = "UDP" / transport-extension (token);
         * priority = 1*10DIGIT; cand-type = "typ" SP candidate-types (RFC 8839 §5.1). The part after the type
         * is not checked.
         */
        private void candidateAttribute(int a, int at, String v) {
            String[] f = v == null ? new String[0] : v.split(" ", 9);
            String problem = null;
            if (f.length < 8) {
                boolean typ = false;
                for (String x : f) {
                    typ |= x.equalsIgnoreCase("typ");
                }
                problem = "it has " + f.length + " of the 8 fields up to the candidate type"
                        + (typ ? "" : ", and no 'typ <type>'");
            } else if (f[0].isEmpty() || f[0].length() > 32 || !iceChars(f[0])) {
                problem = "foundation " + q(f[0]) + " is not 1 to 32 letters, digits, '+' or '/'";
            } else if (f[1].length() > 3 || !allDigits(f[1])) {
                problem = "component-id " + q(f[1]) + " is not 1 to 3 digits";
            } else if (f[2].isEmpty()) {
                problem = "the transport is empty";
            } else if (f[3].length() > 10 || !allDigits(f[3])) {
                problem = "priority " + q(f[3]) + " is not 1 to 10 digits";
            } else if (f[4].isEmpty()) {
                problem = "the address is empty";
            } else if (digits(f[5]) < 0 || digits(f[5]) > 65535) {
                problem = "port " + q(f[5]) + " is not a number from 0 to 65535";
            } else if (!f[6].equalsIgnoreCase("typ") || f[7].isEmpty()) {
                problem = "the seventh field is " + q(f[6]) + " where 'typ <type>' belongs";
            }
            if (problem != null) {
                sink.add(FindingCode.SDP_MALFORMED_ATTRIBUTE, "RFC 8839 §5.1", v == null ? a : at, "a=candidate:"
                        + q(v == null ? "" : v) + " is not <foundation> <component> <transport> <priority> <address>"
                        + " <port> typ <type> ...: " + problem);
            }
        }

        /** ice-ufrag-att = "ice-ufrag:" ufrag; ufrag = 4*256ice-char; ice-pwd-att = "ice-pwd:" password; password = 22*256ice-char (RFC 8839 §5.4) */
        private void iceCredential(int a, int at, String name, String v, int min) {
            if (v == null || v.length() < min || v.length() > 256 || !iceChars(v)) {
                sink.add(FindingCode.SDP_MALFORMED_ATTRIBUTE, "RFC 8839 §5.4", v == null ? a : at, "a=" + name + ":"
                        + q(v == null ? "" : v) + " is not " + min + " to 256 ICE characters (letters, digits, '+'"
                        + " and '/')" + (v != null && v.length() < min ? "; it has " + v.length() : ""));
            }
        }

        /** ice-char = ALPHA / DIGIT / "+" / "/" (RFC 8839 §5.1) */
        private static boolean iceChars(String v) {
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '/')) {
                    return false;
                }
            }
            return true;
        }

        /** fingerprint-attribute = "fingerprint" ":" hash-func SP fingerprint; fingerprint = 2UHEX *(":" 2UHEX) (RFC 8122 §5) */
        private void fingerprint(int a, String v) {
            int sp = v == null ? -1 : v.indexOf(' ');
            String print = sp < 0 ? "" : v.substring(sp + 1).trim();
            boolean ok = sp > 0 && print.length() >= 2 && (print.length() + 1) % 3 == 0;
            boolean lower = false;
            for (int i = 0; ok && i < print.length(); i++) {
                char c = print.charAt(i);
                lower |= c >= 'a' && c <= 'f';
                ok = i % 3 == 2 ? c == ':' : c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
            }
            if (!ok) {
                sink.add(FindingCode.SDP_MALFORMED_ATTRIBUTE, "RFC 8122 §5", a, "a=fingerprint:" + q(v == null ? "" : v)
                        + " is not <hash function> <fingerprint> with the fingerprint as hex byte pairs separated by"
                        + " ':' (RFC 8122 §5); without it DTLS-SRTP cannot check the peer's certificate");
            } else if (lower) {
                // UHEX = DIGIT / %x41-46: most stacks compare without case, one that compares the text as written
                // fails the certificate check
                sink.add(FindingCode.SDP_FINGERPRINT_LOWER_CASE, a, "a=fingerprint:" + q(v) + " writes its hex in"
                        + " lower case; RFC 8122 §5 asks for upper-case hex (UHEX), and a peer that compares the text"
                        + " fails the DTLS certificate check: write " + print.toUpperCase(java.util.Locale.ROOT));
            }
        }

        private void knownFormat(int a, String what, String pt) {
            if (!current.formatSet.contains(pt)) {
                sink.add(FindingCode.SDP_UNKNOWN_FORMAT, a, what + " for payload type " + pt + " which the m="
                        + current.media + " line does not list (" + current.listedFormats() + ")");
            }
        }

        /**
         * rtcp-fb-syntax = "a=rtcp-fb:" rtcp-fb-pt SP rtcp-fb-val; rtcp-fb-pt = "*" / fmt (RFC 4585 §4.2): feedback for
         * one payload type names a format of the m= line, or '*' for all of them; feedback for a payload type the
         * line does not list applies to nothing.
         */
        private void rtcpFeedbackType(int a, String v) {
            if (v == null || v.isEmpty()) {
                return;
            }
            int sp = v.indexOf(' ');
            String pt = sp < 0 ? v : v.substring(0, sp);
            if (!pt.equals("*") && !pt.isEmpty() && !current.formatSet.contains(pt)) {
                sink.add(FindingCode.SDP_UNKNOWN_FORMAT, "RFC 4585 §4.2", a + "a=rtcp-fb:".length(), "a=rtcp-fb:"
                        + q(v) + " asks for feedback on payload type " + pt + ", which the m=" + current.media
                        + " line does not list (" + current.listedFormats() + "); name one of its formats, or * for"
                        + " all of them");
            }
        }

        private List<Param> fmtpParams(String params) {
            if (params.indexOf('=') < 0) {
                return List.of(new Param(params, null));
            }
            List<Param> out = new ArrayList<>(4);
            for (String part : params.split(";")) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                int eq = p.indexOf('=');
                out.add(eq < 0 ? new Param(p, null) : new Param(p.substring(0, eq).trim(), p.substring(eq + 1).trim()));
            }
            return out;
        }

        /**
         * curr = "curr:" precondition-type SP status-type SP direction-tag;
         * des = "des:" precondition-type SP strength-tag SP status-type SP direction-tag;
         * conf = "conf:" precondition-type SP status-type SP direction-tag (RFC 3312 §5)
         */
        private void precondition(int a, String kind, String v) {
            // the tags are ABNF literals, which match in any case (RFC 5234 §2.3): "MANDATORY" is "mandatory"
            String[] f = v == null ? new String[0] : v.split(" ", -1);
            for (int i = 1; i < f.length; i++) {
                f[i] = f[i].toLowerCase(java.util.Locale.ROOT);
            }
            boolean des = kind.equals("des");
            int n = des ? 4 : 3;
            if (f.length != n || hasEmpty(f) || (des && !STRENGTHS.contains(f[1]))
                    || !STATUS_TYPES.contains(f[n - 2]) || !DIRECTION_TAGS.contains(f[n - 1])) {
                sink.add(FindingCode.SDP_MALFORMED_PRECONDITION, a, "a=" + kind + ":" + q(v == null ? "" : v)
                        + " is not " + (des ? "<type> <strength> <status-type> <direction>, e.g. 'qos mandatory local sendrecv'"
                        : "<type> <status-type> <direction>, e.g. 'qos local sendrecv'"));
                return;
            }
            current.preconditions.add(new Precondition(kind, f[0], des ? f[1] : null, f[n - 2], f[n - 1]));
        }

        private Attribute attribute(String value, int line) {
            int colon = value.indexOf(':');
            return colon < 0 ? new Attribute(value, null, line)
                    : new Attribute(value.substring(0, colon), value.substring(colon + 1), line);
        }

        private Connection connection(int a, String value, int line) {
            String[] f = value.split(" ", -1);
            if (f.length != 3 || hasEmpty(f)) {
                sink.add(FindingCode.SDP_MALFORMED_LINE, a, "c=" + q(value)
                        + " is not <nettype> <addrtype> <connection-address>, e.g. 'IN IP6 2001:db8::1'");
                return new Connection(null, null, value, line);
            }
            address(a + 4 + f[0].length() + f[1].length(), "c=", f[1], f[2], false);
            return new Connection(f[0], f[1], f[2], line);
        }

        /**
         * An address that does not match its address type: an IPv6 address under IP4 (or the reverse), a dotted quad
         * with an octet above 255 or without four numbers, an IPv6 address that breaks RFC 4291 §2.2, and the TTL and
         * count after the slash (RFC 8866 §9):
         * <pre>
         * unicast-address = IP4-address / IP6-address / FQDN / extn-addr
         * multicast-address = IP4-multicast / IP6-multicast / FQDN / extn-addr
         * IP4-multicast = m1 3( "." decimal-uchar ) "/" ttl [ "/" numaddr ]   ; 224.0.0.0 to 239.255.255.255
         * IP6-multicast = IP6-address [ "/" numaddr ]                          ; starting with FF
         * ttl = (POS-DIGIT *2DIGIT) / "0"; numaddr = integer
         * </pre>
         * RFC 8866 §9 also allows a host name there, so anything that is not digits and dots nor holds a ':' passes.
         *
         * @param at        offset of the address in its line
         * @param unicast   the place takes a unicast address only (o=)
         */
        private void address(int at, String line, String addrType, String address, boolean unicast) {
            int slash = address.indexOf('/');
            String host = slash > 0 ? address.substring(0, slash) : address; // multicast "224.2.1.1/127"
            boolean colon = host.indexOf(':') >= 0;
            int dots = 0;
            boolean digitsAndDots = !host.isEmpty();
            for (int i = 0; i < host.length() && digitsAndDots; i++) {
                char ch = host.charAt(i);
                dots += ch == '.' ? 1 : 0;
                digitsAndDots = ch == '.' || ch >= '0' && ch <= '9';
            }
            boolean dottedQuad = digitsAndDots && dots == 3;
            String problem = null;
            int lastColon = host.lastIndexOf(':');
            if ("IP4".equals(addrType) && colon && lastColon == host.indexOf(':') && lastColon > 0
                    && digits(host.substring(lastColon + 1)) >= 0) {
                problem = "carries a port (" + q(host.substring(lastColon)) + "); an SDP address has none, the port"
                        + " goes on the m= line";
            } else if ("IP4".equals(addrType) && colon) {
                problem = "is an IPv6 address, but the address type says IP4: write IP6";
            } else if ("IP6".equals(addrType) && dottedQuad) {
                problem = "is an IPv4 address, but the address type says IP6: write IP4";
            } else if (("IP4".equals(addrType) || "IP6".equals(addrType)) && digitsAndDots && !dottedQuad) {
                // a host name's last label is never all digits (RFC 3696 §2), so this is a broken IPv4 address
                problem = "is no IPv4 address: it has " + (dots + 1) + " numbers where an IPv4 address has four"
                        + " (0-255, separated by dots), and digits and dots make no host name either";
            } else if ("IP4".equals(addrType) && dottedQuad) {
                for (String octet : host.split("\\.", -1)) {
                    if (octet.isEmpty() || octet.length() > 3 || Integer.parseInt(octet) > 255) {
                        problem = "is no IPv4 address: octet " + q(octet) + " is not a number from 0 to 255";
                        break;
                    }
                }
                if (problem == null) {
                    problem = ip4Suffix(address, host, slash, unicast);
                }
            } else if ("IP6".equals(addrType) && colon) {
                problem = !IpAddresses.isIPv6(host, 0, host.length()) ? "is no IPv6 address: RFC 4291 §2.2 wants"
                        + " eight groups of 1-4 hex digits separated by ':', or fewer with one '::' standing for the"
                        + " zero groups left out" : ip6Suffix(address, host, slash, unicast);
            }
            if (problem != null) {
                sink.add(FindingCode.SDP_MALFORMED_LINE, at, line + " address " + q(address) + " " + problem);
            }
        }

        /** What is wrong with the "/ttl[/numaddr]" after a valid IPv4 address, or null (RFC 8866 §5.7, §9). */
        private String ip4Suffix(String address, String host, int slash, boolean unicast) {
            int first = Integer.parseInt(host.substring(0, host.indexOf('.')));
            boolean multicast = first >= 224 && first <= 239;
            if (slash < 0) {
                return multicast && !unicast ? "is an IPv4 multicast address without a TTL; RFC 8866 §5.7: it MUST"
                        + " have one, as in " + host + "/127 (the TTL, 0-255, after a slash)" : null;
            }
            if (unicast) {
                return "has a TTL or address count (" + q(address.substring(slash)) + "); the o= line holds the"
                        + " unicast address of the machine that made the session, without them";
            }
            if (!multicast) {
                return "is a unicast address with " + q(address.substring(slash)) + " after it; only an IPv4"
                        + " multicast address (224.0.0.0 to 239.255.255.255) takes a TTL and an address count";
            }
            int second = address.indexOf('/', slash + 1);
            String ttl = address.substring(slash + 1, second < 0 ? address.length() : second);
            long t = digits(ttl);
            if (t < 0 || t > 255 || ttl.length() > 1 && ttl.charAt(0) == '0') {
                return "has TTL " + q(ttl) + "; RFC 8866 §5.7: TTL values MUST be in the range 0-255";
            }
            if (second >= 0) {
                String count = address.substring(second + 1);
                if (!integer(count)) {
                    return "has address count " + q(count) + ", which is not a number from 1 up (RFC 8866 §9"
                            + " numaddr = integer); write <address>/<ttl>/<count>";
                }
            }
            return null;
        }

        /** What is wrong with the "/numaddr" after a valid IPv6 address, or null (RFC 8866 §5.7, §9). */
        private String ip6Suffix(String address, String host, int slash, boolean unicast) {
            if (slash < 0) {
                return null;
            }
            boolean multicast = host.length() >= 2 && (host.charAt(0) | 0x20) == 'f' && (host.charAt(1) | 0x20) == 'f';
            if (unicast || !multicast) {
                return "has " + q(address.substring(slash)) + " after it; only an IPv6 multicast address (starting"
                        + " with FF) takes an address count" + (unicast ? ", and the o= line holds a unicast address" : "");
            }
            String count = address.substring(slash + 1);
            if (count.indexOf('/') >= 0) {
                return "has a TTL; RFC 8866 §5.7: the TTL value MUST NOT be present for IPv6 multicast, write"
                        + " <address>/<count> only";
            }
            return integer(count) ? null : "has address count " + q(count) + ", which is not a number from 1 up"
                    + " (RFC 8866 §9 numaddr = integer)";
        }

        /**
         * session-name-field = %s"s" "=" text; text = byte-string = 1*(...): at least one character. RFC 8866 §5.3:
         * "The "s=" line MUST NOT be empty", and "s= " (a single space) or "s=-" is how a session without a name is
         * written, so a single space is no fault.
         */
        private void sessionNameField(int a, String value) {
            if (value.isEmpty()) {
                // a MUST NOT, but of a field no element acts on; RFC 5118 §4.8 prints such an SDP in a valid message
                sink.add(FindingCode.SDP_EMPTY_SESSION_NAME, a, "s= is empty; RFC 8866 §5.3 says the s= line MUST NOT"
                        + " be empty: write s=- (or s= with a single space) for a session without a name; most stacks"
                        + " accept it, a strict one may reject the SDP");
            }
        }

        /** sess-id = 1*DIGIT; sess-version = 1*DIGIT (RFC 8866 §9), at {@code at} in the o= line */
        private void sessionNumber(int at, String rule, String v) {
            if (!allDigits(v)) {
                sink.add(FindingCode.SDP_MALFORMED_LINE, at, "o= " + rule + " " + q(v) + " is not a decimal number"
                        + " (RFC 8866 §9 " + rule + " = 1*DIGIT); write digits only, such as an NTP timestamp");
            }
        }

        /**
         * repeat-field = %s"r" "=" repeat-interval SP typed-time 1*(SP typed-time);
         * repeat-interval = POS-DIGIT *DIGIT [fixed-len-time-unit]; typed-time = 1*DIGIT [fixed-len-time-unit]
         */
        private void repeatField(int a, String value) {
            String[] f = value.split(" ", -1);
            int at = a + 2;
            for (int i = 0; i < f.length; i++) {
                if (!typedTime(f[i], i == 0)) {
                    sink.add(FindingCode.SDP_MALFORMED_LINE, at, "r= " + (i == 0 ? "repeat interval " : "time ")
                            + q(f[i]) + " in " + q(value) + " is not " + (i == 0 ? "a number of seconds above 0"
                            : "a number of seconds") + " with an optional unit d, h, m or s (RFC 8866 §9 "
                            + (i == 0 ? "repeat-interval = POS-DIGIT *DIGIT" : "typed-time = 1*DIGIT")
                            + " [fixed-len-time-unit]), such as 7d or 3600");
                    return;
                }
                at += f[i].length() + 1;
            }
            if (f.length < 3) {
                sink.add(FindingCode.SDP_MALFORMED_LINE, a, "r=" + q(value) + " is not <repeat interval> <active"
                        + " duration> <offsets from start-time>: RFC 8866 §9 wants at least one offset, such as"
                        + " r=7d 1h 0");
            }
        }

        /** zone-field = %s"z" "=" time SP ["-"] typed-time *(SP time SP ["-"] typed-time) */
        private void zoneField(int a, String value) {
            String[] f = value.split(" ", -1);
            int at = a + 2;
            for (int i = 0; i < f.length; i++) {
                String v = f[i];
                boolean ok = i % 2 == 0 ? time(v) : typedTime(v.startsWith("-") ? v.substring(1) : v, false);
                if (!ok) {
                    sink.add(FindingCode.SDP_MALFORMED_LINE, at, "z= " + (i % 2 == 0 ? "adjustment time " : "offset ")
                            + q(v) + " in " + q(value) + " is not " + (i % 2 == 0 ? "an NTP time (at least 10"
                            + " digits, no leading zero; RFC 8866 §9 time = POS-DIGIT 9*DIGIT)" : "a signed number of"
                            + " seconds with an optional unit d, h, m or s (RFC 8866 §9 [\"-\"] typed-time), such as"
                            + " -1h"));
                    return;
                }
                at += v.length() + 1;
            }
            if (f.length % 2 != 0) {
                sink.add(FindingCode.SDP_MALFORMED_LINE, a, "z=" + q(value) + " is not pairs of <adjustment time>"
                        + " <offset>: the last time has no offset");
            }
        }

        private void bandwidth(int a, String value, int line, List<Bandwidth> into) {
            int colon = value.indexOf(':');
            long v = colon > 0 ? digits(value.substring(colon + 1)) : -1;
            if (v < 0) {
                sink.add(FindingCode.SDP_MALFORMED_LINE, a, "b=" + q(value) + " is not <bwtype>:<bandwidth>");
                return;
            }
            into.add(new Bandwidth(value.substring(0, colon), v, line));
        }

        private void media(int a, String value, int line) {
            String[] f = value.split(" ", -1);
            current.line = line;
            if (f.length < 4 || hasEmpty(f)) {
                sink.add(FindingCode.SDP_MALFORMED_LINE, a, "m=" + q(value)
                        + " is not <media> <port> <proto> <fmt> ...");
                current.media = f.length > 0 ? f[0] : value;
                return;
            }
            current.media = f[0];
            String port = f[1];
            int slash = port.indexOf('/');
            long p = digits(slash < 0 ? port : port.substring(0, slash));
            if (p < 0 || p > 65535) {
                sink.add(FindingCode.SDP_MALFORMED_LINE, a, "m= port " + q(port) + " is not a number in 0-65535");
            }
            current.port = (int) Math.max(-1, Math.min(p, 65535));
            if (slash >= 0) {
                String count = port.substring(slash + 1);
                current.portCount = (int) Math.min(digits(count), Integer.MAX_VALUE);
                if (!integer(count)) {
                    // media-field = ... port ["/" integer] ...: a count of 0 ports (or none) describes no stream
                    sink.add(FindingCode.SDP_MALFORMED_LINE, a + 4 + f[0].length() + slash, "m= port count "
                            + q(count) + " in " + q(port) + " is not a number of ports from 1 up (RFC 8866 §9 integer"
                            + " = POS-DIGIT *DIGIT); write the port alone for one port");
                }
            }
            current.proto = f[2];
            String repeated = null;
            for (int i = 3; i < f.length; i++) {
                current.formats.add(f[i]);
                if (!current.formatSet.add(f[i]) && repeated == null) {
                    repeated = f[i];
                }
            }
            if (f[2].contains("RTP/")) {
                rtpPayloadTypes(a, f);
            }
            if (repeated != null) {
                sink.add(FindingCode.SDP_REPEATED_FORMAT, a, "m=" + current.media + " lists format " + repeated
                        + " twice; each format appears once in the <fmt> list (a second rtpmap for it is then"
                        + " ambiguous)");
            }
        }

        /**
         * fmt = token, but for an RTP profile (RTP/AVP, RTP/SAVPF, UDP/TLS/RTP/SAVPF ...) each fmt is an RTP payload
         * type number (RFC 8866 §5.14), which has 7 bits: 0-127 (RFC 3550 §5.1). One finding names the first bad one.
         */
        private void rtpPayloadTypes(int a, String[] f) {
            int at = a + 5 + f[0].length() + f[1].length() + f[2].length();
            int bad = 0;
            String first = null;
            int firstAt = at;
            for (int i = 3; i < f.length; i++) {
                long pt = f[i].length() <= 3 ? digits(f[i]) : -1;
                if ((pt < 0 || pt > 127) && bad++ == 0) {
                    first = f[i];
                    firstAt = at;
                }
                at += f[i].length() + 1;
            }
            if (bad > 0) {
                sink.add(FindingCode.SDP_MALFORMED_LINE, "RFC 8866 §5.14", firstAt, "m=" + f[0] + " format "
                        + q(first) + (bad > 1 ? " (and " + (bad - 1) + " more)" : "") + " is no RTP payload type: with"
                        + " proto " + f[2] + " each format is a payload type number from 0 to 127 (RFC 3550 §5.1:"
                        + " 7 bits); dynamic types are 96-127");
            }
        }

        private void finishTiming() {
            if (pendingTiming != null) {
                timings.add(new Timing(pendingTiming[0], pendingTiming[1], repeats, pendingZones));
                pendingTiming = null;
                repeats = null;
                pendingZones = null;
            }
        }

        private void finishMedia() {
            if (current != null) {
                dynamicPayloadTypes(mediaOffsets[media.size()]);
                msrpPath(mediaOffsets[media.size()]);
                media.add(current.build());
                current = null;
            }
        }

        /**
         * A dynamic payload type (96-127, RFC 3551 §3) means nothing without its a=rtpmap: "For dynamic payload type
         * assignments, the "a=rtpmap:" attribute SHOULD be used" (RFC 8866 §6.6), and the answerer cannot tell which
         * codec the offer names. Reported once per m= line, naming the first such format. A stream rejected with port
         * 0 needs none: its formats "are ignored" (RFC 3264 §6), and an answer rejecting video lists them bare.
         */
        private void dynamicPayloadTypes(int at) {
            if (current.proto == null || current.proto.indexOf("RTP/") < 0 || current.port == 0) {
                return;
            }
            String first = null;
            int missing = 0;
            for (String f : current.formats) {
                long pt = digits(f);
                if (pt >= 96 && pt <= 127 && !mapped(f)) {
                    first = first == null ? f : first;
                    missing++;
                }
            }
            if (first != null) {
                sink.add(FindingCode.SDP_MISSING_RTPMAP, at, "m=" + current.media + " lists the dynamic payload type "
                        + first + (missing > 1 ? " (and " + (missing - 1) + " more)" : "") + " without an a=rtpmap for"
                        + " it; the receiver cannot tell which codec it is: add a=rtpmap:" + first + " <encoding>/<clock rate>");
            }
        }

        /**
         * "An MSRP media-line ... in the SDP offer or answer MUST be accompanied by a mandatory "path" attribute"
         * (RFC 4975 §8.1): the a=path holds the MSRP URI the peer connects to and puts in its To-Path, so without it
         * no message session can start. An m= line rejected with port 0 needs none.
         */
        private void msrpPath(int at) {
            String proto = current.proto;
            if (proto == null || current.port == 0 || proto.length() < 5
                    || !proto.regionMatches(true, proto.length() - 5, "/MSRP", 0, 5)) {
                return;
            }
            for (Attribute attr : current.attributes) {
                if (attr.name().equals("path")) {
                    return;
                }
            }
            sink.add(FindingCode.SDP_MISSING_LINE, "RFC 4975 §8.1", at, "m=" + current.media + " " + current.port + " "
                    + proto + " has no a=path; an MSRP media line must carry the MSRP URI of its endpoint (such as"
                    + " a=path:msrp://192.0.2.1:2855/s111271;tcp), or the peer has nowhere to connect and send to");
        }

        private boolean mapped(String pt) {
            for (RtpMap m : current.rtpMaps) {
                if (pt.equals(m.payloadType())) {
                    return true;
                }
            }
            return false;
        }

        private String direction(List<Attribute> attrs, String fallback) {
            String d = fallback;
            for (Attribute attr : attrs) {
                if (attr.value() == null && DIRECTIONS.contains(attr.name())) {
                    d = attr.name();
                }
            }
            return d;
        }
    }

    private static final class MediaBuilder {
        String media;
        int port = -1;
        int portCount = 1;
        String proto;
        final List<String> formats = new ArrayList<>(8);
        /** The same formats for lookups: a media section may list thousands of them in hostile input. */
        final Set<String> formatSet = new HashSet<>(8);
        String information;
        final List<Connection> connections = new ArrayList<>(1);
        final List<Bandwidth> bandwidths = new ArrayList<>(3);
        final List<Attribute> attributes = new ArrayList<>(16);
        final List<RtpMap> rtpMaps = new ArrayList<>(6);
        /** The first rtpmap of each payload type, looked up like {@link #formatSet}. */
        final Map<String, RtpMap> rtpMapByType = new HashMap<>(8);
        final List<Fmtp> fmtps = new ArrayList<>(6);
        final List<Precondition> preconditions = new ArrayList<>(0);
        int line;
        /** The first direction attribute of the section, and whether a second one was reported. */
        String directionAttribute;
        boolean directionReported;

        /** Longer format lists are cut in finding messages: each unlisted rtpmap would copy the whole list. */
        private static final int FORMATS_QUOTED = 32;
        private String listedFormats;

        /** The m= formats as a finding quotes them, built once per media section. */
        String listedFormats() {
            if (listedFormats == null) {
                listedFormats = formats.size() <= FORMATS_QUOTED ? String.join(" ", formats)
                        : String.join(" ", formats.subList(0, FORMATS_QUOTED)) + " ... " + formats.size()
                                + " formats in all";
            }
            return listedFormats;
        }

        MediaDescription build() {
            return new MediaDescription(media, port, portCount, proto, formats, information, connections, bandwidths,
                    attributes, rtpMaps, fmtps, preconditions, null, line);
        }
    }

    private static boolean hasEmpty(String[] f) {
        for (String x : f) {
            if (x.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean allDigits(String v) {
        if (v.isEmpty()) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** integer = POS-DIGIT *DIGIT (RFC 8866 §9) */
    private static boolean integer(String v) {
        return allDigits(v) && v.charAt(0) != '0';
    }

    /**
     * non-zero-int-or-real = integer / non-zero-real; non-zero-real = zero-based-integer "." *DIGIT POS-DIGIT;
     * zero-based-integer = "0" / integer (RFC 8866 §9)
     */
    private static boolean nonZeroIntOrReal(String v) {
        int dot = v.indexOf('.');
        if (dot < 0) {
            return integer(v);
        }
        String whole = v.substring(0, dot);
        String fraction = v.substring(dot + 1);
        return (whole.equals("0") || integer(whole)) && allDigits(fraction)
                && fraction.charAt(fraction.length() - 1) != '0';
    }

    /** time = POS-DIGIT 9*DIGIT: NTP seconds, at least 10 digits (RFC 8866 §9) */
    private static boolean time(String v) {
        return v.length() >= 10 && integer(v);
    }

    /** start-time = time / "0"; stop-time = time / "0" */
    private static boolean startOrStopTime(String v) {
        return v.equals("0") || time(v);
    }

    /**
     * typed-time = 1*DIGIT [fixed-len-time-unit], or with {@code positive} repeat-interval = POS-DIGIT *DIGIT
     * [fixed-len-time-unit]; fixed-len-time-unit = %s"d" / %s"h" / %s"m" / %s"s" (case-sensitive)
     */
    private static boolean typedTime(String v, boolean positive) {
        int n = v.length();
        if (n > 0 && "dhms".indexOf(v.charAt(n - 1)) >= 0) {
            n--;
        }
        if (n == 0 || positive && v.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static long digits(String v) {
        if (v.isEmpty() || v.length() > 18) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static String q(String v) {
        return Finding.quote(v);
    }
}
