package dev.sigref.sip;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Engineers often paste Wireshark's packet details pane ("Copy / All Visible Items", "Export Packet Dissections as
 * plain text") instead of the packet bytes. That tree is a rendering, not SIP text: the start line sits behind
 * {@code Request-Line:} or {@code Status-Line:}, the headers one level under {@code Message Header}, each followed by
 * Wireshark's own breakdown, and SDP as {@code Owner/Creator, Session Id (o): ...}. This rebuilds the message text from
 * it (start line, headers, SDP lines) so the ordinary parser can read it, keeps the frame, IP and transport lines as log
 * decoration for time and addresses, and sets Wireshark's breakdown lines aside.
 *
 * <p>The rebuilt text has its own line numbers; the parser says so on each rebuilt message
 * ({@link FindingCode#REBUILT_FROM_PACKET_DETAILS}). Bodies other than SDP cannot be rebuilt from the tree.
 */
final class WiresharkTree {
    private WiresharkTree() {
    }

    /** The decoration line that heads a rebuilt message; {@link LogDecorations} recognises it. */
    static final String TOOL = "wireshark-tree";

    private static final Pattern SIP_TREE = Pattern.compile("Session Initiation Protocol(?: \\(.*\\))?");
    private static final Pattern SDP_FIELD = Pattern.compile("[^()\\[]*\\(([a-z])\\): (.*)");
    private static final Pattern LAYER = Pattern.compile(
            "(?:Frame \\d+: |Ethernet II|Linux cooked capture|802\\.1Q Virtual LAN|Null/Loopback|Raw packet data"
            + "|Internet Protocol Version [46]|User Datagram Protocol|Transmission Control Protocol"
            + "|Stream Control Transmission Protocol|Virtual eXtensible Local Area Network|Generic Routing Encapsulation)"
            + ".*");
    /** "Export Packet Dissections" prints a summary row (and its column titles) above every packet. */
    private static final Pattern SUMMARY_TITLES = Pattern.compile("No\\.\\s+Time\\s+Source\\s+Destination\\s+Protocol.*");
    private static final Pattern SUMMARY_ROW = Pattern.compile("\\s*\\d+\\s+\\d+(?:\\.\\d+)?\\s+\\S+\\s+\\S+\\s+SIP\\S*\\s+\\d+\\s.*");
    private static final String TRUNCATED = "[truncated]";
    private static final String REQUEST_LINE = "Request-Line: ";
    private static final String STATUS_LINE = "Status-Line: ";

    /** The text with every Wireshark SIP tree rebuilt as SIP text, or the same instance when it holds none. */
    static String restore(String s) {
        if (s.indexOf("Session Initiation Protocol") < 0
                || (s.indexOf(REQUEST_LINE) < 0 && s.indexOf(STATUS_LINE) < 0)) {
            return s;
        }
        // split on LF only: lines outside a tree keep their CR, so their bytes stay exactly as pasted
        String[] lines = s.split("\n", -1);
        boolean tree = false;
        for (int i = 0; i + 1 < lines.length && !tree; i++) {
            tree = isSipTreeAt(lines, i);
        }
        if (!tree) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            String trimmed = line.strip();
            int indent = indent(line);
            if (isSipTreeAt(lines, i)) {
                i = rebuild(lines, i, out);
                continue;
            }
            boolean bounded = line.length() <= LogDecorations.MAX_LENGTH;
            if (indent == 0 && bounded && LAYER.matcher(trimmed).matches()) {
                keepIfDecoration(trimmed, out);
                i++;
                while (i < lines.length && indent(lines[i]) > 0 && !lines[i].isBlank() && !isSipTreeAt(lines, i)) {
                    keepIfDecoration(lines[i].strip(), out);
                    i++;
                }
                continue;
            }
            if (bounded && (SUMMARY_TITLES.matcher(trimmed).matches() || SUMMARY_ROW.matcher(trimmed).matches())) {
                i++;
                continue;
            }
            out.append(line);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
            i++;
        }
        return out.toString();
    }

    /**
     * Keeps a frame, IP, transport or arrival-time line only when {@link LogDecorations} reads time, addresses or ports
     * from it, so that what is kept and what is understood cannot drift apart; the rest is Wireshark's breakdown.
     */
    private static void keepIfDecoration(String item, StringBuilder out) {
        if (item.length() <= LogDecorations.MAX_LENGTH) {
            LogDecorations.Decoration d = LogDecorations.recognize(item);
            if (d != null && TOOL.equals(d.tool())) {
                out.append(item).append('\n');
            }
        }
    }

    /** The heading of a SIP tree, "Session Initiation Protocol (INVITE)", as Wireshark prints it (already stripped). */
    static boolean isHeading(String line) {
        return line.startsWith("Session Initiation Protocol") && line.length() <= LogDecorations.MAX_LENGTH
                && SIP_TREE.matcher(line).matches();
    }

    private static boolean isStartLineItem(String item) {
        return item.startsWith(REQUEST_LINE) || item.startsWith(STATUS_LINE);
    }

    private static boolean isSipTreeAt(String[] lines, int i) {
        return i + 1 < lines.length && isHeading(lines[i].strip()) && indent(lines[i + 1]) > indent(lines[i])
                && isStartLineItem(lines[i + 1].strip());
    }

    /** Rebuilds the tree that starts at line {@code i}; returns the first line after it. */
    private static int rebuild(String[] lines, int i, StringBuilder out) {
        int top = indent(lines[i]);
        out.append(lines[i].strip()).append('\n');
        StringBuilder headers = new StringBuilder();
        StringBuilder body = new StringBuilder();
        String startLine = null;
        int j = i + 1;
        int level = indent(lines[j]);
        while (j < lines.length && !lines[j].isBlank() && indent(lines[j]) > top) {
            String item = lines[j].strip();
            if (indent(lines[j]) != level) {
                j++;
                continue;
            }
            if (isStartLineItem(item)) {
                startLine = stripTruncated(item.substring(item.indexOf(": ") + 2));
                j++;
            } else if (item.equals("Message Header")) {
                j = children(lines, j, headers, false);
            } else if (item.equals("Message Body")) {
                j = body(lines, j, body);
            } else {
                j++;
            }
        }
        if (startLine != null) {
            out.append(startLine).append("\r\n").append(headers).append("\r\n").append(body);
            out.append('\n');
        }
        return j;
    }

    /** The items one level under line {@code j}: header lines, or SDP fields turned back into x=value lines. */
    private static int children(String[] lines, int j, StringBuilder to, boolean sdp) {
        int parent = indent(lines[j]);
        j++;
        if (j >= lines.length || indent(lines[j]) <= parent) {
            return j;
        }
        int level = indent(lines[j]);
        while (j < lines.length && !lines[j].isBlank() && indent(lines[j]) > parent) {
            if (indent(lines[j]) == level) {
                String item = stripTruncated(lines[j].strip());
                if (sdp) {
                    Matcher m = SDP_FIELD.matcher(item);
                    if (m.matches()) {
                        to.append(m.group(1)).append('=').append(m.group(2)).append("\r\n");
                    }
                } else if (!item.startsWith("[") && item.indexOf(':') > 0) {
                    to.append(item).append("\r\n");
                }
            }
            j++;
        }
        return j;
    }

    /** Message Body: SDP is rebuilt line by line; other bodies are only described in the tree and stay out. */
    private static int body(String[] lines, int j, StringBuilder to) {
        int parent = indent(lines[j]);
        j++;
        while (j < lines.length && !lines[j].isBlank() && indent(lines[j]) > parent) {
            if (lines[j].strip().startsWith("Session Description Protocol")
                    && !lines[j].strip().startsWith("Session Description Protocol Version")) {
                j = children(lines, j, to, true);
            } else {
                j++;
            }
        }
        return j;
    }

    private static String stripTruncated(String item) {
        return item.startsWith(TRUNCATED) ? item.substring(TRUNCATED.length()).stripLeading() : item;
    }

    /** Leading blanks, a tab counting as four (Wireshark indents by four spaces). */
    private static int indent(String line) {
        int n = 0;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == ' ') {
                n++;
            } else if (c == '\t') {
                n += 4;
            } else {
                break;
            }
        }
        return n;
    }
}
