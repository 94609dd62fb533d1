package dev.sigref.sip;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines that capture and logging tools write around SIP messages, and what they say about the
 * message that follows (time, addresses, transport).
 */
final class LogDecorations {
    private LogDecorations() {
    }

    /** Wireshark's subtree heading when "Display raw text for SIP message" is on. */
    private static final String WIRESHARK_RAW_TEXT = "Session Initiation Protocol (SIP as raw text)";
    private static final String WIRESHARK_RAW = "wireshark";

    /** Longer lines are never decorations; the cap also keeps the patterns linear on junk. */
    static final int MAX_LENGTH = 400;

    /**
     * What one decoration line says.
     *
     * @param strong true when the line is distinctive enough to end a body that has no Content-Length
     */
    record Decoration(String tool, String timestamp, Endpoint source, Endpoint destination, String transport,
            boolean strong) {
    }

    /** A Markdown code fence: it opens or closes the block a trace was pasted in, so no message runs across it. */
    static final Decoration FENCE = new Decoration(null, null, null, null, null, true);

    /** A date and time; belle-sip (Linphone) writes the milliseconds after a colon: {@code 17:35:10:176}. */
    private static final String TS = "(\\d{4}[-/]\\d{2}[-/]\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+|:\\d{3}(?![\\d:]))?(?:Z|[+-]\\d{2}:?\\d{2})?)";
    private static final String ADDR = "(\\[[0-9A-Fa-f:.]+\\](?::\\d+)?|[0-9A-Za-z_.:-]+)";

    /**
     * ngrep: {@code U 2026/01/01 10:00:00.123456 10.0.0.1:5060 -> 10.0.0.2:5060 #1}; without -t there is no time, and
     * the '#' it prints per match may stand in front.
     */
    private static final Pattern NGREP = Pattern.compile("^(?:#+\\s*)?([UTI]) (?:" + TS + " )?" + ADDR + " -> " + ADDR
            + "(?: .*)?$");
    /** ngrep banners and separators. */
    private static final Pattern NGREP_BANNER = Pattern.compile("^(?:#+|interface: .*|filter: .*|match: .*)$");
    /** sngrep text export and generic "time src -> dst" lines. */
    private static final Pattern ARROW = Pattern.compile("^\\[?" + TS + "\\]?\\s+" + ADDR + "\\s+-+>\\s+" + ADDR
            + "(?:\\s+\\[[^\\]]*\\])?\\s*$");
    /** Asterisk chan_sip and pjsip loggers. */
    private static final Pattern ASTERISK = Pattern.compile(
            "<--- (?:SIP read from ([A-Za-z]+):(\\S+)|(?:Reliably )?Transmitting (?:\\((?:no )?NAT\\) )?to (\\S+)"
            + "|Received SIP (?:request|response) \\(\\d+ bytes\\) from ([A-Za-z]+):(\\S+)"
            + "|Transmitting SIP (?:request|response) \\(\\d+ bytes\\) to ([A-Za-z]+):(\\S+)) --->\\s*$");
    /** chan_sip closes a message with a dashed bracket line and a line counting its headers. */
    private static final Pattern ASTERISK_TRAILER = Pattern.compile(
            "^(?:\\[[^\\]]{1,40}\\])?\\s*(?:<-{5,}>|--- \\(\\d+ headers \\d+ lines\\) ---)\\s*$");
    /**
     * tcpdump: {@code 10:00:00.123456 IP 192.0.2.1.5060 > 192.0.2.2.5060: SIP, length: 384}; with -v the two ends
     * come on the next line (with IPv6 on the same line, after the header details). -tttt puts the date in front, {@code -i any} the interface and direction after the time,
     * and without -n a port may be a service name.
     */
    private static final Pattern TCPDUMP = Pattern.compile(
            "^(?:((?:\\d{4}-\\d\\d-\\d\\d )?\\d\\d:\\d\\d:\\d\\d\\.\\d{6}) )?(?:\\S+ +(?:In|Out|M|P|B) +)?IP6?"
            + " (?:\\(.*?\\) )?(?:(\\S+)\\.(\\d+|[a-z][\\w-]*) > (\\S+)\\.(\\d+|[a-z][\\w-]*): .*|\\(.*\\))$");
    private static final Pattern TCPDUMP_ENDS = Pattern.compile(
            "^\\s+(\\S+)\\.(\\d+|[a-z][\\w-]*) > (\\S+)\\.(\\d+|[a-z][\\w-]*): .*$");
    /** tcpdump's own lines around a capture: its banner, the interface line, ^C and the packet counts at the end. */
    private static final Pattern TCPDUMP_BANNER = Pattern.compile("^(?:tcpdump: (?:listening on|verbose output) .*"
            + "|listening on \\S+, link-type .*|\\^C|\\d+ packets? (?:captured|received by filter|dropped by kernel))$");
    /** SIPp -trace_msg: a dashed line ending in the time, then {@code UDP message received [825] bytes :}. */
    private static final Pattern SIPP_TIME = Pattern.compile("^-{5,} " + TS + "\\s*$");
    private static final Pattern SIPP_MESSAGE = Pattern.compile(
            "^(UDP|TCP|TLS|SCTP|WSS?) message (received|sent) \\[\\d+\\] bytes ?:\\s*$");
    /** opensips-cli trace and sipgrep: epoch time, transport/SIP, source -> destination. */
    private static final Pattern EPOCH_ARROW = Pattern.compile(
            "^(\\d{9,10}\\.\\d+) (UDP|TCP|TLS|SCTP|WSS?)/SIP " + ADDR + " -> " + ADDR + "\\s*$");
    /**
     * PJSIP (pjsua, Asterisk's res_pjsip debug): {@code RX 377 bytes Response msg 100/INVITE/cseq=1 (rdata0x1) from UDP
     * 192.0.2.1:5060:}; the message's name and the rdata may be missing.
     */
    private static final Pattern PJSIP = Pattern.compile(
            "\\b(RX|TX) \\d+ bytes (?:Request|Response) msg (?:\\S+ )?(?:\\(\\S+\\) )?(from|to) ([A-Za-z]+) " + ADDR + ":\\s*$");
    private static final Pattern PJSIP_END = Pattern.compile("^--end msg--\\s*$");
    /** A dashed banner naming the direction and the far end: {@code ----- RECEIVED from 10.0.0.1:5060 -----}. */
    private static final Pattern DASHED_DIRECTION = Pattern.compile(
            "^-{3,}\\s*(?i:(?:message\\s+)?(received|sent|recv|send|incoming|outgoing))\\b.*?\\b(?i:(from|to))\\s+"
            + ADDR + "\\s*-{3,}\\s*$");
    /** Cisco IOS / CUBE {@code debug ccsip messages}: a time line, then {@code Sent:} or {@code Received:}. */
    private static final Pattern CISCO = Pattern.compile(
            "^\\*?((?:[A-Z][a-z]{2}\\s+\\d{1,2} )?\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?)(?: [A-Z]{3,4})?: ?//\\S*/SIP/Msg/ccsipDisplayMsg:\\s*$");
    private static final Pattern CISCO_DIRECTION = Pattern.compile("^(Sent|Received):\\s*$");
    /** Oracle (Acme Packet) SBC sipmsg.log: {@code Mar  6 13:34:49.516 On [6:0]10.0.0.1:5060 sent to 10.0.0.2:5060}. */
    private static final Pattern ACME = Pattern.compile(
            "^(?:(.*\\d)\\s+)?On (?:\\[\\d+:\\d+\\])?" + ADDR + " (sent to|received from) " + ADDR + "\\s*$");
    /**
     * AudioCodes SBC syslog: {@code ---- Incoming SIP Message from 10.0.0.2:5060 to SIPInterface #0 (SIPInterface_0)
     * UDP TO=#0 SocketID=1 ----} (newer versions write {@code TO(#0)}, and some put the time after it), and the
     * {@code [Time:24-11@15:01:14.423]} line that closes each message.
     */
    private static final Pattern AUDIOCODES = Pattern.compile(
            "---- (Incoming|Outgoing) SIP Message (?:from|to) (\\S+) (?:to|from) SIPInterface #\\d+ \\([^)]*\\) ([A-Za-z]+)\\b[^-]*----");
    private static final Pattern AUDIOCODES_TIME = Pattern.compile("^\\s*\\[Time:\\d\\d-\\d\\d@\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?\\]\\s*$");
    /** FreeSWITCH: {@code recv 1234 bytes from udp/[10.0.0.1]:5060 at 10:00:00.123456:} */
    private static final Pattern FREESWITCH = Pattern.compile(
            "(recv|send) \\d+ bytes (from|to) ([a-z]+)/" + ADDR + " at ([0-9:.]+):\\s*$");
    /** Kamailio/OpenSIPS sipdump files and debug lines. */
    private static final Pattern KAMAILIO_FIELD = Pattern.compile(
            "^(tag|pid|process|time|date|proto|srcip|srcport|dstip|dstport|msgsize|timeval): (.*)$");
    private static final Pattern KAMAILIO_DEBUG = Pattern.compile(
            "(?i)(received|receive_msg|sending|sent|forwarding|msg_send)\\b.*?\\b(from|to)\\s+(udp|tcp|tls|sctp|ws|wss):"
            + ADDR + "\\s*$");
    /** Wireshark / tshark "Follow stream" text. */
    private static final Pattern FOLLOW = Pattern.compile("^(?:Follow: \\S+|Filter: .*|Node [01]: (\\S+))$");
    /** Wireshark packet details, as {@link WiresharkTree} leaves them: frame, addresses, ports, the SIP tree heading. */
    private static final Pattern WS_FRAME = Pattern.compile("^Frame \\d+: .*$");
    private static final Pattern WS_TIME = Pattern.compile("^Arrival Time: (.+)$");
    private static final Pattern WS_IP = Pattern.compile(
            "^Internet Protocol Version [46], Src: (?:\\S+ \\()?([0-9A-Fa-f:.]+)\\)?, Dst: (?:\\S+ \\()?([0-9A-Fa-f:.]+)\\)?$");
    private static final Pattern WS_PORTS = Pattern.compile("^(User Datagram|Transmission Control|Stream Control Transmission)"
            + " Protocol, Src Port: (?:\\S+ \\()?(\\d+)\\)?, Dst Port: (?:\\S+ \\()?(\\d+)\\)?(?:,.*)?$");
    private static final Pattern TIMESTAMP_ONLY = Pattern.compile("^\\[?" + TS + "\\]?.*$");
    /**
     * A line that starts with a syslog-style time: alone, as a log prefix leaves it on the empty lines of a message,
     * or before the log's text ({@code Mar  1 12:00:00 proxy kamailio[12]: ...}, Asterisk's
     * {@code [Mar  1 12:00:00] VERBOSE[12] ...}).
     */
    private static final Pattern SYSLOG_TIME = Pattern.compile("^\\[?((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
            + "\\s+\\d{1,2} \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?)\\]?(?:\\s.*)?$");
    /** An address a generic log line names: IPv4 or [IPv6] with an optional port, or a host name with its port. */
    private static final String HOST_PORT = "(\\[[0-9A-Fa-f:.]+\\](?::\\d{1,5})?|(?<![\\w.])\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d{1,5})?"
            + "|[A-Za-z0-9][A-Za-z0-9.-]*\\.[A-Za-z]{2,}:\\d{1,5})";
    private static final Pattern FROM_TO = Pattern.compile("(?i)\\bfrom\\s+" + HOST_PORT + "\\s+to\\s+" + HOST_PORT);
    private static final Pattern ARROWED = Pattern.compile(HOST_PORT + "\\s*(?:-+>|=+>)\\s*" + HOST_PORT);
    private static final Pattern SENT_TO = Pattern.compile("(?i)\\b(?:sent|sending|send|transmit\\w*|tx)\\b.*?\\bto\\s+"
            + HOST_PORT);
    private static final Pattern RECEIVED_FROM = Pattern.compile("(?i)\\b(?:received|receiving|recv|rcvd|got|rx)\\b.*?"
            + "\\bfrom\\s+" + HOST_PORT);
    private static final Pattern TRANSPORT_WORD = Pattern.compile("(?i)(?<![\\w/])(UDP|TCP|TLS|SCTP|WSS|WS)(?![\\w/])");
    private static final Pattern TIMESTAMP_ANYWHERE = Pattern.compile(TS);
    private static final Pattern TRANSPORT_URL = Pattern.compile("(?i)\\[(udp|tcp|tls|sctp|wss|ws)://([^\\]\\s]+)\\]");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*([=~|*#-])\\1{2,}\\s*$");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^\\d{1,7}$");

    /** The decoration the line s[from, to) is, or null; an empty or over-long line is none, and is not copied. */
    static Decoration recognize(String s, int from, int to) {
        int text = Text.afterQuoteMarks(s, from, to);
        if (text == to && to > from && s.charAt(from) == '>') {
            return QUOTED_EMPTY_LINE;
        }
        return to > text && to - text <= MAX_LENGTH ? recognize(s.substring(text, to)) : null;
    }

    /** True when s[ls, le) is a tcpdump packet summary line, which may end with the packet's start line. */
    static boolean isTcpdumpSummary(String s, int ls, int le) {
        // with -t there is no time: the line starts "IP 192.0.2.1.5060 > ..."
        Decoration d = le - ls > 16 && (Text.isDigit(s.charAt(ls)) || s.startsWith("IP", ls)) ? recognize(s, ls, le) : null;
        return d != null && "tcpdump".equals(d.tool()) && (d.timestamp() != null || d.source() != null);
    }

    /**
     * True when s[ls, le) is a capture tool's packet header (ngrep's U line, Cisco's ccsipDisplayMsg, Asterisk's
     * "<---" line...): where the next packet starts, so no header section or body runs across it.
     */
    static boolean isPacketHeader(String s, int ls, int le) {
        if (le - ls < 3 || s.charAt(ls + 1) == '=') {
            return false; // SDP lines and short lines are never packet headers
        }
        Decoration d = recognize(s, ls, le);
        return d != null && d.strong() && d.tool() != null;
    }

    /** A line of only "> " marks: an empty line of a quoted reply, kept with the message it precedes. */
    private static final Decoration QUOTED_EMPTY_LINE = new Decoration(null, null, null, null, null, false);

    /** The decoration this line is, or null. */
    static Decoration recognize(String line) {
        if (line.length() > MAX_LENGTH) {
            return null;
        }
        if (Text.isFence(line, 0, line.length())) {
            return FENCE;
        }
        Matcher m = NGREP.matcher(line);
        if (m.matches()) {
            String t = switch (m.group(1)) {
                case "U" -> "UDP";
                case "T" -> "TCP";
                default -> null;
            };
            return new Decoration("ngrep", m.group(2), endpoint(m.group(3)), endpoint(m.group(4)), t, true);
        }
        m = ARROW.matcher(line);
        if (m.matches()) {
            return new Decoration("sngrep", m.group(1), endpoint(m.group(2)), endpoint(m.group(3)), null, true);
        }
        if (line.contains("<---")) {
            m = ASTERISK.matcher(line);
            if (m.find()) {
                String ts = leadingTimestamp(line);
                if (m.group(1) != null) {
                    return new Decoration("asterisk", ts, endpoint(m.group(2)), null, upper(m.group(1)), true);
                }
                if (m.group(3) != null) {
                    return new Decoration("asterisk", ts, null, endpoint(m.group(3)), null, true);
                }
                if (m.group(4) != null) {
                    return new Decoration("asterisk", ts, endpoint(m.group(5)), null, upper(m.group(4)), true);
                }
                return new Decoration("asterisk", ts, null, endpoint(m.group(7)), upper(m.group(6)), true);
            }
        }
        if (ASTERISK_TRAILER.matcher(line).matches()) {
            return new Decoration("asterisk", null, null, null, null, true);
        }
        Decoration d = otherTools(line);
        if (d != null) {
            return d;
        }
        m = FREESWITCH.matcher(line);
        if (m.find()) {
            Endpoint e = endpoint(m.group(4));
            boolean from = m.group(2).equals("from");
            return new Decoration("freeswitch", m.group(5), from ? e : null, from ? null : e, upper(m.group(3)), true);
        }
        m = KAMAILIO_FIELD.matcher(line);
        if (m.matches()) {
            return kamailioField(m.group(1), m.group(2).trim());
        }
        m = KAMAILIO_DEBUG.matcher(line);
        if (m.find()) {
            Endpoint e = endpoint(m.group(4));
            boolean from = m.group(2).equalsIgnoreCase("from");
            return new Decoration("kamailio", leadingTimestamp(line), from ? e : null, from ? null : e,
                    upper(m.group(3)), true);
        }
        m = FOLLOW.matcher(line);
        if (m.matches()) {
            // tshark lists the stream's two ends; node 0 opened it and speaks first
            Endpoint node = m.group(1) == null ? null : endpoint(m.group(1));
            boolean first = line.startsWith("Node 0");
            return new Decoration("wireshark", null, first ? node : null, first ? null : node, null, true);
        }
        if (line.equals(WIRESHARK_RAW_TEXT)) {
            // the raw text view shows the message as sent, so nothing is rebuilt from the tree
            return new Decoration(WIRESHARK_RAW, null, null, null, null, true);
        }
        if ((line.startsWith("Frame ") && WS_FRAME.matcher(line).matches()) || WiresharkTree.isHeading(line)) {
            return new Decoration(WiresharkTree.TOOL, null, null, null, null, true);
        }
        m = WS_TIME.matcher(line);
        if (m.matches()) {
            return new Decoration(WiresharkTree.TOOL, m.group(1), null, null, null, false);
        }
        m = WS_IP.matcher(line);
        if (m.matches()) {
            return new Decoration(WiresharkTree.TOOL, null, new Endpoint(m.group(1), -1), new Endpoint(m.group(2), -1),
                    null, true);
        }
        m = WS_PORTS.matcher(line);
        if (m.matches()) {
            String transport = switch (m.group(1)) {
                case "User Datagram" -> "UDP";
                case "Transmission Control" -> "TCP";
                default -> "SCTP";
            };
            return new Decoration(WiresharkTree.TOOL, null, new Endpoint(null, parsePort(m.group(2))),
                    new Endpoint(null, parsePort(m.group(3))), transport, true);
        }
        if (NGREP_BANNER.matcher(line).matches()) {
            return new Decoration("ngrep", null, null, null, null, false);
        }
        if (SEPARATOR.matcher(line).matches() || NUMBER_ONLY.matcher(line).matches()) {
            return new Decoration(null, null, null, null, null, false);
        }
        m = TIMESTAMP_ONLY.matcher(line);
        if (m.matches()) {
            return withAddresses(new Decoration("log", m.group(1), null, null, null, false), line);
        }
        m = SYSLOG_TIME.matcher(line);
        if (m.matches()) {
            return withAddresses(new Decoration("log", m.group(1), null, null, null, false), line);
        }
        return null;
    }

    /**
     * What the text before a start line on its line says of the message (a label such as "2024-01-01 10:00:00
     * Received from 192.0.2.1:5060:", or the log prefix a pass took off): a timestamp and the addresses and transport
     * a generic log line names. Null when it names none of them. (The tools' own header lines stand on lines of their
     * own, where {@link #recognize(String)} reads them.)
     */
    static Decoration fromLabel(String label) {
        String text = label.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return null;
        }
        Matcher m = TIMESTAMP_ANYWHERE.matcher(text);
        String ts = m.find() ? m.group(1) : null;
        if (ts == null) {
            Matcher sys = SYSLOG_TIME.matcher(text);
            ts = sys.matches() ? sys.group(1) : null;
        }
        Decoration d = withAddresses(new Decoration("log", ts, null, null, null, false), text);
        return d.timestamp() == null && d.source() == null && d.destination() == null ? null : d;
    }

    /** True when a word of s starts with {@code word}, in any case. */
    private static boolean containsIgnoreCase(String s, String word) {
        if (s.regionMatches(true, 0, word, 0, word.length())) {
            return true;
        }
        for (int i = s.indexOf(' '); i >= 0 && i + word.length() < s.length(); i = s.indexOf(' ', i + 1)) {
            if (s.regionMatches(true, i + 1, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** The decoration with the addresses and transport a generic log line names, where it named none. */
    private static Decoration withAddresses(Decoration d, String written) {
        if (written.indexOf('.') < 0 && written.indexOf(':') < 0) {
            return d; // no address can be written without either
        }
        boolean from = containsIgnoreCase(written, "from ");
        boolean to = containsIgnoreCase(written, "to ");
        boolean arrow = written.indexOf("->") >= 0 || written.indexOf("=>") >= 0;
        if (!from && !to && !arrow) {
            return d; // most log lines name no peer: the patterns below are not worth running on them
        }
        // belle-sip (Linphone) writes "message sent to [UDP://192.0.2.1:5060]": the address, then its transport
        String line = written.indexOf("://") < 0 ? written : TRANSPORT_URL.matcher(written).replaceAll("$2 ($1)");
        Endpoint source = null;
        Endpoint destination = null;
        Matcher m;
        if (from && to && (m = FROM_TO.matcher(line)).find()) {
            source = endpoint(m.group(1));
            destination = endpoint(m.group(2));
        } else if (arrow && (m = ARROWED.matcher(line)).find()) {
            source = endpoint(m.group(1));
            destination = endpoint(m.group(2));
        } else if (to && (m = SENT_TO.matcher(line)).find()) {
            destination = endpoint(m.group(1));
        } else if (from && (m = RECEIVED_FROM.matcher(line)).find()) {
            source = endpoint(m.group(1));
        }
        if (source == null && destination == null) {
            return d;
        }
        Matcher t = TRANSPORT_WORD.matcher(line);
        String transport = t.find() ? upper(t.group(1)) : null;
        return new Decoration(d.tool(), d.timestamp(), source, destination, transport, d.strong());
    }

    /** tcpdump names the transport as "proto UDP (17)" with -v, or in its summary ("UDP, length 384", "Flags [P.]"). */
    private static String tcpdumpTransport(String line) {
        if (line.contains("proto UDP") || line.contains("UDP, length") || line.contains("[udp sum")) {
            return "UDP";
        }
        if (line.contains("proto TCP") || line.contains("Flags [")) {
            return "TCP";
        }
        return null;
    }

    /** tcpdump, SIPp, opensips-cli, PJSIP, Cisco IOS and Oracle SBC lines. */
    private static Decoration otherTools(String line) {
        if (Text.isDigit(line.charAt(0)) && line.contains(" IP") || line.startsWith("IP")) {
            Matcher t = TCPDUMP.matcher(line);
            if (t.matches()) {
                Endpoint from = t.group(2) == null ? null : new Endpoint(t.group(2), parsePort(t.group(3)));
                Endpoint to = t.group(4) == null ? null : new Endpoint(t.group(4), parsePort(t.group(5)));
                return new Decoration("tcpdump", t.group(1), from, to, tcpdumpTransport(line), true);
            }
        }
        if (line.contains(" > ")) {
            Matcher t = TCPDUMP_ENDS.matcher(line);
            if (t.matches()) {
                return new Decoration("tcpdump", null, new Endpoint(t.group(1), parsePort(t.group(2))),
                        new Endpoint(t.group(3), parsePort(t.group(4))), tcpdumpTransport(line), true);
            }
        } else if ((line.startsWith("tcpdump: ") || line.startsWith("listening on ") || line.startsWith("^C")
                || Text.isDigit(line.charAt(0)) && line.contains(" packet")) && TCPDUMP_BANNER.matcher(line).matches()) {
            return new Decoration("tcpdump", null, null, null, null, false);
        }
        if (line.contains("SIP Message ")) {
            Matcher a = AUDIOCODES.matcher(line);
            if (a.find()) {
                boolean in = a.group(1).equals("Incoming");
                Endpoint peer = endpoint(a.group(2));
                return new Decoration("audiocodes", leadingClock(line), in ? peer : null, in ? null : peer,
                        upper(a.group(3)), true);
            }
        }
        if (line.startsWith("[Time:", line.length() - line.stripLeading().length()) || line.startsWith(" [Time:")) {
            Matcher a = AUDIOCODES_TIME.matcher(line);
            if (a.matches()) {
                // it closes the message above, so its time is not given to the next one
                return new Decoration("audiocodes", null, null, null, null, true);
            }
        }
        Matcher m = SIPP_TIME.matcher(line);
        if (m.matches()) {
            return new Decoration("sipp", m.group(1), null, null, null, true);
        }
        m = SIPP_MESSAGE.matcher(line);
        if (m.matches()) {
            return new Decoration("sipp", null, null, null, m.group(1), true);
        }
        m = EPOCH_ARROW.matcher(line);
        if (m.matches()) {
            return new Decoration("opensips", m.group(1), endpoint(m.group(3)), endpoint(m.group(4)), m.group(2), true);
        }
        if (line.contains(" bytes ")) {
            m = PJSIP.matcher(line);
            if (m.find()) {
                Endpoint e = endpoint(m.group(4));
                boolean from = m.group(2).equals("from");
                return new Decoration("pjsip", leadingClock(line), from ? e : null, from ? null : e, upper(m.group(3)),
                        true);
            }
        }
        if (PJSIP_END.matcher(line).matches()) {
            return new Decoration("pjsip", null, null, null, null, true);
        }
        m = CISCO.matcher(line);
        if (line.endsWith("ccsipDisplayMsg:") && m.matches()) {
            return new Decoration("cisco", m.group(1), null, null, null, true);
        }
        if (CISCO_DIRECTION.matcher(line).matches()) {
            return new Decoration("cisco", null, null, null, null, true);
        }
        if (line.startsWith("---")) {
            m = DASHED_DIRECTION.matcher(line);
            if (m.matches()) {
                Endpoint e = endpoint(m.group(3));
                boolean from = m.group(2).equalsIgnoreCase("from");
                return new Decoration("log", null, from ? e : null, from ? null : e, null, true);
            }
        }
        m = ACME.matcher(line);
        // the guard keeps the leading (.*\d) from backtracking over every junk line
        if ((line.startsWith("On ") || line.contains(" On ")) && m.matches()) {
            Endpoint local = endpoint(m.group(2));
            Endpoint remote = endpoint(m.group(4));
            boolean sent = m.group(3).equals("sent to");
            return new Decoration("oracle-sbc", m.group(1), sent ? local : remote, sent ? remote : local, null, true);
        }
        return null;
    }

    private static final Pattern LEADING_CLOCK = Pattern.compile("^(\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?)\\s.*$");

    /** A time of day at the start of a log line (PJSIP writes {@code 20:51:04.597}). */
    private static String leadingClock(String line) {
        Matcher m = LEADING_CLOCK.matcher(line);
        return m.matches() ? m.group(1) : null;
    }

    private static Decoration kamailioField(String key, String value) {
        return switch (key) {
            case "srcip" -> new Decoration("kamailio", null, new Endpoint(value, -1), null, null, false);
            case "dstip" -> new Decoration("kamailio", null, null, new Endpoint(value, -1), null, false);
            case "srcport" -> new Decoration("kamailio", null, new Endpoint(null, parsePort(value)), null, null, false);
            case "dstport" -> new Decoration("kamailio", null, null, new Endpoint(null, parsePort(value)), null, false);
            case "proto" -> new Decoration("kamailio", null, null, null, upper(value.split(" ")[0]), false);
            case "date" -> new Decoration("kamailio", value, null, null, null, false);
            default -> new Decoration("kamailio", null, null, null, null, false);
        };
    }

    /** True when the line s[from, to) starts with a date and time, as log lines do and message bodies rarely. */
    static boolean startsWithTimestamp(String s, int from, int to) {
        int n = Math.min(to, from + 40);
        return n - from >= 19 && (Text.isDigit(s.charAt(from)) || s.charAt(from) == '[')
                && leadingTimestamp(s.substring(from, n)) != null;
    }

    private static String leadingTimestamp(String line) {
        Matcher m = TIMESTAMP_ONLY.matcher(line);
        return m.matches() ? m.group(1) : null;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static int parsePort(String p) {
        long v = Text.parseDigits(p, 0, p.length());
        return v < 0 || v > 65535 ? -1 : (int) v;
    }

    /** host:port, [v6]:port, or a bare IPv6 address whose last group ngrep printed as the port. */
    static Endpoint endpoint(String text) {
        if (text == null) {
            return null;
        }
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                return null; // "[192.0.2.1:5060 ---": a log line cut or garbled before its closing bracket
            }
            String host = text.substring(1, close);
            int port = close + 1 < text.length() && text.charAt(close + 1) == ':'
                    ? parsePort(text.substring(close + 2)) : -1;
            return new Endpoint(host, port);
        }
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            return new Endpoint(text, -1);
        }
        return new Endpoint(text.substring(0, colon), parsePort(text.substring(colon + 1)));
    }

    /** Merges what successive decoration lines said; later lines fill what earlier ones left out. */
    static Decoration merge(Decoration a, Decoration b) {
        if (a == null) {
            return b;
        }
        if (a.timestamp != null && b.timestamp != null && b.source != null && b.destination != null) {
            // a packet header of its own (tcpdump, ngrep): the packet before had no text, and this one is the message's
            return b;
        }
        if ("log".equals(a.tool) && "log".equals(b.tool) && b.timestamp != null) {
            // lines of a plain log: the last one before the message ("message sent to ...") is about it, the ones
            // before it about earlier work; what it leaves out, the earlier lines may still say
            return new Decoration("log", b.timestamp, b.source != null ? b.source : a.source,
                    b.destination != null ? b.destination : a.destination,
                    b.transport != null ? b.transport : a.transport, a.strong || b.strong);
        }
        // frame and address lines say "packet details"; the raw text heading after them says the text is exact
        String tool = WIRESHARK_RAW.equals(b.tool) && WiresharkTree.TOOL.equals(a.tool) ? b.tool
                : a.tool != null ? a.tool : b.tool;
        return new Decoration(tool, a.timestamp != null ? a.timestamp : b.timestamp,
                mergeEndpoint(a.source, b.source), mergeEndpoint(a.destination, b.destination),
                a.transport != null ? a.transport : b.transport, a.strong || b.strong);
    }

    private static Endpoint mergeEndpoint(Endpoint a, Endpoint b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return new Endpoint(a.host() != null ? a.host() : b.host(), a.port() >= 0 ? a.port() : b.port());
    }
}
