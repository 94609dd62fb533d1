package dev.sigref.sip;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Packets pasted as hex dumps: {@code tcpdump -X} ({@code 0x0000:  4500 01c4 ...  E...}), Wireshark's "Copy as Hex
 * Dump" and {@code tshark -x} ({@code 0000   45 00 01 c4 ...}), {@code xxd} ({@code 00000000: 4500 01c4 ...}). The
 * bytes of each dump are decoded, the IP and UDP or TCP headers (after an Ethernet or Linux cooked header, when there is
 * one) are skipped, and the SIP text they carry replaces the dump, together with the first lines tcpdump printed above
 * it. Each such message gets an info finding saying where it came from, and its findings point to the dump line that
 * holds the bytes they are about.
 */
final class HexDump {
    private HexDump() {
    }

    /** Bytes per dump line that every tool here writes, except on a packet's last line. */
    private static final int BYTES_PER_LINE = 16;
    private static final int MIN_LINES = 2;
    private static final String[] START_WORDS = {"SIP/2.0 ", "INVITE ", "ACK ", "BYE ", "CANCEL ", "REGISTER ",
        "OPTIONS ", "PRACK ", "SUBSCRIBE ", "NOTIFY ", "PUBLISH ", "INFO ", "REFER ", "MESSAGE ", "UPDATE "};

    /**
     * The SIP text of a packet, the packet offset of its first byte, and whether each character is one byte (ASCII, or
     * read byte for byte) rather than as many as UTF-8 takes.
     */
    private record Payload(String text, int start, boolean bytePerChar) {
    }

    /** One dump line: its offset and bytes. */
    private record DumpLine(int offset, byte[] bytes) {
    }

    /** The text with every hex dump of a SIP packet replaced by the SIP text, or the same instance. */
    static String restore(String s, PasteNotes notes) {
        Rewrite out = null;
        int copied = 0;
        // lines of the rewritten text before the text not yet copied
        int outLines = 0;
        int pos = 0;
        while (pos < s.length()) {
            int le = Text.lineEnd(s, pos);
            DumpLine first = parse(s, pos, le);
            if (first == null || first.offset() != 0) {
                pos = Text.nextLine(s, pos);
                continue;
            }
            ByteArrayOutputStream packet = new ByteArrayOutputStream(1500);
            packet.writeBytes(first.bytes());
            // each dump line: where it starts in the text, and the packet offset of its first byte
            List<int[]> rows = new ArrayList<>();
            rows.add(new int[] {pos, 0});
            int end = Text.nextLine(s, pos);
            while (end < s.length()) {
                DumpLine d = parse(s, end, Text.lineEnd(s, end));
                if (d == null || d.offset() != packet.size() || d.offset() == 0) {
                    break;
                }
                rows.add(new int[] {end, packet.size()});
                packet.writeBytes(d.bytes());
                end = Text.nextLine(s, end);
            }
            Payload payload = rows.size() >= MIN_LINES ? sipText(packet.toByteArray()) : null;
            if (payload == null) {
                pos = end;
                continue;
            }
            String sip = payload.text();
            int from = previewStart(s, pos, sip);
            if (out == null) {
                out = new Rewrite(s.length());
            }
            out.copy(s, copied, from);
            outLines += Text.countLineEnds(s, copied, from);
            int firstLine = outLines;
            int decodedFrom = out.length();
            decoded(payload, rows, out);
            if (!sip.endsWith("\n")) {
                out.put('\n', rows.get(rows.size() - 1)[0]);
            }
            int added = Text.countLineEnds(out, decodedFrom, out.length());
            notes.add(firstLine, firstLine + Math.max(0, added - 1), FindingCode.REBUILT_FROM_HEX_DUMP,
                    "this message was decoded from a hex dump of " + packet.size() + " bytes (lines "
                    + notes.pasteLineOf(from) + "-" + notes.pasteLineOf(Math.max(from, end - 1)) + " of the paste);"
                    + " the text is the packet's own, and each finding points to the dump line holding its first byte");
            outLines += added;
            copied = end;
            pos = end;
        }
        return out == null ? s : notes.rewritten(s, out.copy(s, copied, s.length()));
    }

    /** Appends the decoded text, each run of it standing for the start of the dump line that holds its bytes. */
    private static void decoded(Payload payload, List<int[]> rows, Rewrite out) {
        String sip = payload.text();
        int b = payload.start();
        int row = 0;
        int runStart = 0;
        for (int i = 0; i < sip.length(); i++) {
            int r = row;
            while (r + 1 < rows.size() && rows.get(r + 1)[1] <= b) {
                r++;
            }
            if (r != row) {
                out.put(sip.substring(runStart, i), rows.get(row)[0]);
                runStart = i;
                row = r;
            }
            char c = sip.charAt(i);
            // a surrogate pair is four UTF-8 bytes, two for each half
            b += payload.bytePerChar() || c < 0x80 ? 1 : c < 0x800 ? 2
                    : Character.isSurrogate(c) ? (Text.isEscapedByte(sip, i) ? 1 : 2) : 3;
        }
        out.put(sip.substring(runStart), rows.get(row)[0]);
    }

    /**
     * One line of a dump: optional indentation, an offset of at least four hex digits (with "0x" or a colon, as the tool
     * writes it), then bytes as hex pairs or quads separated by single spaces, then the text column. Null when the line
     * is not one.
     */
    private static DumpLine parse(String s, int from, int to) {
        int i = from;
        while (i < to && Text.isWsp(s.charAt(i))) {
            i++;
        }
        if (i + 1 < to && s.charAt(i) == '0' && s.charAt(i + 1) == 'x') {
            i += 2;
        }
        int o = i;
        while (i < to && i - o < 9 && Text.isHex(s.charAt(i))) {
            i++;
        }
        if (i - o < 4 || i >= to) {
            return null;
        }
        int offset = (int) Long.parseLong(s.substring(o, i), 16);
        if (s.charAt(i) == ':') {
            i++;
        }
        if (i >= to || !Text.isWsp(s.charAt(i))) {
            return null;
        }
        byte[] bytes = new byte[BYTES_PER_LINE];
        int n = 0;
        while (n < BYTES_PER_LINE) {
            int spaces = 0;
            while (i < to && s.charAt(i) == ' ') {
                i++;
                spaces++;
            }
            // the text column stands after a wider gap, except that the first group follows the offset's gap
            if (spaces == 0 || (n > 0 && spaces > 2) || i >= to) {
                break;
            }
            int g = i;
            while (i < to && Text.isHex(s.charAt(i))) {
                i++;
            }
            int len = i - g;
            if ((len != 2 && len != 4) || n + len / 2 > BYTES_PER_LINE || (i < to && s.charAt(i) != ' ')) {
                i = g;
                break;
            }
            for (int k = g; k < i; k += 2) {
                bytes[n++] = (byte) Integer.parseInt(s.substring(k, k + 2), 16);
            }
        }
        if (n == 0) {
            return null;
        }
        return new DumpLine(offset, java.util.Arrays.copyOf(bytes, n));
    }

    /** The SIP text a packet carries, found past its link, IP and transport headers; null when there is none. */
    private static Payload sipText(byte[] p) {
        int start = payloadStart(p, 0);
        if (start < 0) {
            start = payloadStart(p, 14); // Ethernet
        }
        if (start < 0) {
            start = payloadStart(p, 18); // Ethernet with a VLAN tag
        }
        if (start < 0) {
            start = payloadStart(p, 16); // Linux cooked capture (tcpdump -i any)
        }
        if (start < 0 || !startsWithStartLine(p, start)) {
            start = searchStartLine(p);
        }
        if (start < 0) {
            return null;
        }
        String text = text(p, start);
        return new Payload(text, start, text.length() == p.length - start);
    }

    /** Where the transport payload starts when an IPv4 or IPv6 header carrying UDP or TCP stands at {@code ip}. */
    private static int payloadStart(byte[] p, int ip) {
        if (p.length < ip + 40) {
            return -1;
        }
        int version = (p[ip] & 0xff) >> 4;
        int proto;
        int transport;
        if (version == 4) {
            int ihl = (p[ip] & 0x0f) * 4;
            if (ihl < 20) {
                return -1;
            }
            proto = p[ip + 9] & 0xff;
            transport = ip + ihl;
        } else if (version == 6) {
            proto = p[ip + 6] & 0xff;
            transport = ip + 40;
        } else {
            return -1;
        }
        if (proto == 17) {
            return transport + 8 <= p.length ? transport + 8 : -1;
        }
        if (proto == 6 && transport + 13 < p.length) {
            int data = transport + ((p[transport + 12] & 0xff) >> 4) * 4;
            return data <= p.length ? data : -1;
        }
        return -1;
    }

    private static boolean startsWithStartLine(byte[] p, int at) {
        for (String w : START_WORDS) {
            if (matches(p, at, w)) {
                return true;
            }
        }
        return extensionRequestLine(p, at);
    }

    /**
     * An extension method ("X-CUSTOM", "PING2": upper-case letters, digits and the token's marks), a space, a sip:,
     * sips: or tel: URI and " SIP/2.0" at the end of the line: a Request-Line no registered method names.
     */
    private static boolean extensionRequestLine(byte[] p, int at) {
        int i = at;
        while (i < p.length && i - at < 32 && StartLines.isUpperCaseMethodChar(p[i])) {
            i++;
        }
        if (i - at < 3 || p[at] < 'A' || p[at] > 'Z' || i >= p.length || p[i] != ' '
                || !(matches(p, i + 1, "sip:") || matches(p, i + 1, "sips:") || matches(p, i + 1, "tel:"))) {
            return false;
        }
        int end = i;
        while (end < p.length && end - i < 1024 && p[end] != '\n') {
            end++;
        }
        int e = end > 0 && end <= p.length && p[end - 1] == '\r' ? end - 1 : end;
        return e - 8 > i && matches(p, e - 8, " SIP/2.0");
    }

    /** The first offset where a start line begins (a method or "SIP/2.0 " at the start of a line), or -1. */
    private static int searchStartLine(byte[] p) {
        for (int i = 0; i < p.length; i++) {
            if ((i == 0 || p[i - 1] == '\n') && startsWithStartLine(p, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matches(byte[] p, int at, String w) {
        if (at + w.length() > p.length) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (p[at + k] != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The payload as text: UTF-8, with each byte outside a valid sequence (a binary body's) kept as itself, so that
     * the text keeps its letters and lengths stay exact in bytes.
     */
    private static String text(byte[] p, int start) {
        return Text.decodeUtf8KeepingBytes(java.util.Arrays.copyOfRange(p, start, p.length));
    }

    /**
     * tcpdump -v prints the first lines of the SIP text above its dump; they go with the dump they repeat. Returns the
     * start of the first such line right above the dump, or the dump's own start.
     */
    private static int previewStart(String s, int dumpStart, String sip) {
        int from = dumpStart;
        while (from > 0) {
            int prev = s.lastIndexOf('\n', from - 2) + 1;
            String line = s.substring(prev, from - 1).strip();
            if (line.isEmpty() || !sip.contains(line + "\r\n") && !sip.contains(line + "\n")) {
                return from;
            }
            from = prev;
        }
        return from;
    }
}
