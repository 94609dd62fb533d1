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
 * <p>Each rebuilt part remembers the tree line it came from, so findings point into the paste; the parser says on
 * each rebuilt message that it was rebuilt ({@link FindingCode#REBUILT_FROM_PACKET_DETAILS}). Bodies other than SDP cannot be rebuilt from the tree.
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
    static String restore(String s, PasteNotes notes) {
        if (s.indexOf("Session Initiation Protocol") < 0
                || (s.indexOf(REQUEST_LINE) < 0 && s.indexOf(STATUS_LINE) < 0)) {
            return s;
        }
        // split on LF only: lines outside a tree keep their CR, so their bytes stay exactly as pasted
        Tree t = new Tree(s, s.split("\n", -1));
        boolean tree = false;
        for (int i = 0; i + 1 < t.lines.length && !tree; i++) {
            tree = t.isSipTreeAt(i);
        }
        if (!tree) {
            return s;
        }
        notes.markTreeRebuilt();
        return notes.rewritten(s, t.rebuildAll());
    }

    /** The paste's lines, with where each starts, so that every rebuilt part says which line it came from. */
    private static final class Tree {
        private final String s;
        private final String[] lines;
        private final int[] starts;
        private final Rewrite out;

        Tree(String s, String[] lines) {
            this.s = s;
            this.lines = lines;
            this.starts = new int[lines.length];
            for (int i = 1; i < lines.length; i++) {
                starts[i] = starts[i - 1] + lines[i - 1].length() + 1;
            }
            this.out = new Rewrite(s.length());
        }

        Rewrite rebuildAll() {
            int i = 0;
            while (i < lines.length) {
                String line = lines[i];
                String trimmed = line.strip();
                int indent = indent(line);
                if (isSipTreeAt(i)) {
                    i = rebuild(i);
                    continue;
                }
                boolean bounded = line.length() <= LogDecorations.MAX_LENGTH;
                if (indent == 0 && bounded && LAYER.matcher(trimmed).matches()) {
                    keepIfDecoration(i);
                    i++;
                    while (i < lines.length && indent(lines[i]) > 0 && !lines[i].isBlank() && !isSipTreeAt(i)) {
                        keepIfDecoration(i);
                        i++;
                    }
                    continue;
                }
                if (bounded && (SUMMARY_TITLES.matcher(trimmed).matches() || SUMMARY_ROW.matcher(trimmed).matches())) {
                    i++;
                    continue;
                }
                out.copy(s, starts[i], starts[i] + line.length() + (i + 1 < lines.length ? 1 : 0));
                i++;
            }
            return out;
        }

        /** Where the stripped text of line {@code i} starts in the paste. */
        private int itemAt(int i) {
            return starts[i] + lines[i].length() - lines[i].stripLeading().length();
        }

        /** Where line {@code i} ends in the paste, before its LF. */
        private int endOf(int i) {
            return starts[i] + lines[i].length();
        }

        /**
         * Keeps a frame, IP, transport or arrival-time line only when {@link LogDecorations} reads time, addresses or
         * ports from it, so that what is kept and what is understood cannot drift apart; the rest is Wireshark's
         * breakdown.
         */
        private void keepIfDecoration(int i) {
            String item = lines[i].strip();
            if (item.length() <= LogDecorations.MAX_LENGTH) {
                LogDecorations.Decoration d = LogDecorations.recognize(item);
                if (d != null && TOOL.equals(d.tool())) {
                    out.copied(item, itemAt(i)).put('\n', endOf(i));
                }
            }
        }

        boolean isSipTreeAt(int i) {
            return i + 1 < lines.length && isHeading(lines[i].strip()) && indent(lines[i + 1]) > indent(lines[i])
                    && isStartLineItem(lines[i + 1].strip());
        }

        /** Rebuilds the tree that starts at line {@code i}; returns the first line after it. */
        private int rebuild(int i) {
            int top = indent(lines[i]);
            out.copied(lines[i].strip(), itemAt(i)).put('\n', endOf(i));
            Rewrite headers = new Rewrite(256);
            Rewrite body = new Rewrite(256);
            String startLine = null;
            int startLineAt = 0;
            int bodyAt = -1;
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
                    // what is left is the end of the item
                    startLineAt = itemAt(j) + item.length() - startLine.length();
                    j++;
                } else if (item.equals("Message Header")) {
                    j = children(j, headers, false);
                } else if (item.equals("Message Body")) {
                    bodyAt = itemAt(j);
                    j = body(j, body);
                } else {
                    j++;
                }
            }
            if (startLine != null) {
                int blankAt = bodyAt >= 0 ? bodyAt : starts[Math.min(j, lines.length - 1)];
                out.copied(startLine, startLineAt).put("\r\n", startLineAt + startLine.length()).append(headers)
                        .put("\r\n", blankAt).append(body).put('\n', blankAt);
            }
            return j;
        }

        /** The items one level under line {@code j}: header lines, or SDP fields turned back into x=value lines. */
        private int children(int j, Rewrite to, boolean sdp) {
            int parent = indent(lines[j]);
            j++;
            if (j >= lines.length || indent(lines[j]) <= parent) {
                return j;
            }
            int level = indent(lines[j]);
            while (j < lines.length && !lines[j].isBlank() && indent(lines[j]) > parent) {
                // a truncation mark may shift its item by a blank: still an item of this level, not a child
                if (indent(lines[j]) == level || indent(lines[j]) == level + 1 && truncated(lines[j].strip())) {
                    String stripped = lines[j].strip();
                    String item = stripTruncated(stripped);
                    int at = itemAt(j) + stripped.length() - item.length();
                    if (sdp) {
                        Matcher m = SDP_FIELD.matcher(item);
                        if (m.matches()) {
                            to.put(m.group(1) + "=", at).copied(m.group(2), at + m.start(2))
                                    .put("\r\n", at + item.length());
                        }
                    } else if (!item.startsWith("[") && item.indexOf(':') > 0) {
                        to.copied(item, at).put("\r\n", at + item.length());
                    }
                }
                j++;
            }
            return j;
        }

        /** Message Body: SDP is rebuilt line by line; other bodies are only described in the tree and stay out. */
        private int body(int j, Rewrite to) {
            int parent = indent(lines[j]);
            j++;
            while (j < lines.length && !lines[j].isBlank() && indent(lines[j]) > parent) {
                if (lines[j].strip().startsWith("Session Description Protocol")
                        && !lines[j].strip().startsWith("Session Description Protocol Version")) {
                    j = children(j, to, true);
                } else {
                    j++;
                }
            }
            return j;
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

    /** Wireshark marks a shortened item "[truncated]"; newer versions write "[…]", some copies "[...]". */
    private static String stripTruncated(String item) {
        for (String mark : TRUNCATION_MARKS) {
            if (item.startsWith(mark)) {
                return item.substring(mark.length()).stripLeading();
            }
        }
        return item;
    }

    private static boolean truncated(String item) {
        return !stripTruncated(item).equals(item);
    }

    private static final String[] TRUNCATION_MARKS = {TRUNCATED, "[\u2026]", "[...]"};

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
