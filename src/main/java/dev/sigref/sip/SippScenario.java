package dev.sigref.sip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A SIPp scenario pasted whole, or one of its {@code <send>} elements: each message SIPp sends is a template inside
 * {@code <![CDATA[ ... ]]>}, indented with the XML, whose keywords in square brackets ({@code [remote_ip]},
 * {@code [call_id]}, {@code [len]}, {@code [last_Via:]}...) SIPp fills in when it sends. Each template is turned into
 * the message as SIPp would send it: lines without their indentation and ending in CRLF, an empty line after the
 * headers, each keyword given an example value ({@code [len]} the length of the body so built), and a header line that
 * only held a keyword which may stand for nothing ({@code [routes]}, {@code [authentication]}) left out. The XML around
 * the templates stays, shown as the scenario's, without a warning.
 */
final class SippScenario {
    private SippScenario() {
    }

    private static final String OPEN = "<![CDATA[";
    private static final String CLOSE = "]]>";
    /** Documentation addresses (RFC 5737): SIPp's side and the peer's. */
    private static final String LOCAL_IP = "192.0.2.1";
    private static final String REMOTE_IP = "192.0.2.2";

    /** The text with every SIPp message template written out, or the same instance when it holds none. */
    static String restore(String s, PasteNotes notes) {
        if (s.indexOf(OPEN) < 0) {
            return bareTemplate(s, notes);
        }
        Comments comments = new Comments(s);
        int cd = comments.nextCdata(0);
        if (cd < 0) {
            return s;
        }
        Rewrite out = null;
        int copied = 0;
        int outLines = 0;
        int prevEnd = 0;
        while (cd >= 0) {
            int from = cd + OPEN.length();
            int close = s.indexOf(CLOSE, from);
            int to = close < 0 ? s.length() : close;
            Template t = Text.indexOf(s, "<send", prevEnd, cd) >= 0
                    ? Template.read(s, from, to, receivedMethod(s, prevEnd, cd)) : null;
            if (t != null) {
                if (out == null) {
                    out = new Rewrite(s.length() + 256);
                }
                outLines = xml(s, copied, from, out, outLines, notes);
                int first = outLines;
                outLines += t.writeTo(out);
                notes.add(first, outLines - 1, FindingCode.SIPP_TEMPLATE_FILLED,
                        t.note("the CDATA on line " + notes.pasteLineOf(cd)));
                copied = to;
            }
            prevEnd = close < 0 ? s.length() : close + CLOSE.length();
            cd = prevEnd < s.length() ? comments.nextCdata(prevEnd) : -1;
        }
        if (out == null) {
            return s;
        }
        xml(s, copied, s.length(), out, outLines, notes);
        return notes.rewritten(s, out);
    }

    /** Keywords only a SIPp template holds: two of them make a paste without XML a template copied out of its CDATA. */
    private static final String[] TELLING_KEYWORDS = {"[call_id]", "[branch]", "[local_ip]", "[remote_ip]",
        "[local_port]", "[remote_port]", "[len]", "[service]", "[call_number]", "[transport]", "[media_ip]",
        "[media_port]", "[last_Via:]", "[last_From:]", "[last_To:]", "[last_Call-ID:]", "[last_CSeq:]", "[pid]",
        "[peer_tag_param]", "[routes]", "[cseq]"};

    /**
     * One template pasted without its scenario ("the INVITE from uac.xml"): a start line first and at least two of
     * SIPp's keywords. Written out like a template in CDATA; a paste whose body holds another start line (several
     * templates one after the other) is left as it is, since where each ends cannot be told.
     */
    private static String bareTemplate(String s, PasteNotes notes) {
        if (s.indexOf('[') < 0) {
            return s;
        }
        int telling = 0;
        for (int k = 0; k < TELLING_KEYWORDS.length && telling < 2; k++) {
            telling += s.contains(TELLING_KEYWORDS[k]) ? 1 : 0;
        }
        if (telling < 2) {
            return s;
        }
        int from = Text.firstNonBlankLine(s);
        Template t = from < s.length() ? Template.read(s, from, s.length(), "INVITE") : null;
        if (t == null || t.bodyHoldsStartLine()) {
            return s;
        }
        Rewrite out = new Rewrite(s.length() + 256);
        out.copy(s, 0, from);
        int first = Text.countLineEnds(s, 0, from);
        int lines = t.writeTo(out);
        notes.add(first, first + lines - 1, FindingCode.SIPP_TEMPLATE_FILLED, t.note("pasted without its scenario, from line "
                + notes.pasteLineOf(from)));
        return notes.rewritten(s, out);
    }

    /**
     * Finds CDATA sections outside XML comments: a comment may mention one ("what is in the <![CDATA[ ]]> below") or
     * hold a template switched off, which SIPp never sends. Both searches only move forward, so a scenario is read
     * once however many templates it holds.
     */
    private static final class Comments {
        private final String s;
        /** Where the next comment starts at or after the last position asked for, or -1 when there is none. */
        private int nextStart = -2;

        Comments(String s) {
            this.s = s;
        }

        int nextCdata(int from) {
            int cd = s.indexOf(OPEN, from);
            while (cd >= 0) {
                if (nextStart == -2 || nextStart >= 0 && nextStart < from) {
                    nextStart = s.indexOf("<!--", from);
                }
                if (nextStart < 0 || nextStart > cd) {
                    return cd;
                }
                int end = s.indexOf("-->", nextStart + 4);
                if (end < 0) {
                    return -1; // the rest of the paste is one unclosed comment
                }
                from = end + 3;
                nextStart = s.indexOf("<!--", from);
                cd = cd >= from ? cd : s.indexOf(OPEN, from);
            }
            return -1;
        }
    }

    /**
     * Copies the scenario's XML s[from, to), marks its lines as such and ends it with a line end, so that the message
     * after it starts a line. Returns the number of line ends written so far.
     */
    private static int xml(String s, int from, int to, Rewrite out, int outLines, PasteNotes notes) {
        if (from >= to) {
            return outLines;
        }
        out.copy(s, from, to);
        int ends = Text.countLineEnds(s, from, to);
        boolean closed = s.charAt(to - 1) == '\n';
        for (int line = outLines; line <= outLines + ends - (closed ? 1 : 0); line++) {
            notes.markScenarioXml(line);
        }
        outLines += ends;
        if (!closed && to < s.length()) {
            out.put('\n', to);
            outLines++;
        }
        return outLines;
    }

    /** Requests sent inside a dialog: the To SIPp copies from them carries the tag it gave the dialog. */
    private static final java.util.Set<String> IN_DIALOG = java.util.Set.of("ACK", "BYE", "PRACK", "UPDATE", "INFO",
            "NOTIFY", "REFER");

    /** The method of the last request the scenario receives in s[from, to) ({@code <recv request="BYE">}), or INVITE. */
    private static String receivedMethod(String s, int from, int to) {
        String method = "INVITE";
        int r = Text.indexOf(s, "<recv", from, to);
        while (r >= 0) {
            int tagEnd = Text.indexOf(s, ">", r, to);
            int attr = Text.indexOf(s, "request=\"", r, tagEnd < 0 ? to : tagEnd);
            if (attr >= 0) {
                int q = Text.indexOf(s, "\"", attr + 9, to);
                if (q > attr + 9 && Text.isToken(s.substring(attr + 9, q))) {
                    method = s.substring(attr + 9, q);
                }
            }
            r = Text.indexOf(s, "<recv", r + 5, to);
        }
        return method;
    }

    /** One message template: its lines, each a run of pieces copied from the paste or written for a keyword. */
    private static final class Template {
        private final String s;
        private final String method;
        private final List<List<Piece>> headers = new ArrayList<>();
        private final List<List<Piece>> body = new ArrayList<>();
        /** Where the line ends of the lines stand in the paste, header lines then body lines. */
        private final List<Integer> lineEnds = new ArrayList<>();
        private int emptyLineAt = -1;
        private final Map<String, String> used = new LinkedHashMap<>();
        private final List<String> unknown = new ArrayList<>();
        /** Variables that stood for a whole header line, left out. */
        private final List<String> wholeLines = new ArrayList<>();
        private int bodyLength;
        private boolean lenUsed;
        /** Stands for [len] until the body's length is known. */
        private static final String LEN = new String("0");

        /** A copied run s[from, to), or a written value standing for the keyword at {@code from}. */
        private record Piece(int from, int to, String value) {
        }

        private Template(String s, String method) {
            this.s = s;
            this.method = method;
        }

        /** The template in s[from, to), or null when its first line is no SIP start line: not a message. */
        static Template read(String s, int from, int to, String method) {
            Template t = new Template(s, method);
            boolean inBody = false;
            int pos = from;
            while (pos < to) {
                int nl = Text.indexOf(s, "\n", pos, to);
                int end = nl < 0 ? to : nl;
                int a = pos;
                while (a < end && Text.isWsp(s.charAt(a))) {
                    a++;
                }
                int e = end;
                while (e > a && (Text.isWsp(s.charAt(e - 1)) || s.charAt(e - 1) == '\r')) {
                    e--;
                }
                pos = nl < 0 ? to : nl + 1;
                if (a == e) {
                    if (!t.headers.isEmpty() && !inBody) {
                        inBody = true;
                        t.emptyLineAt = a;
                    } else if (inBody && !t.body.isEmpty()) {
                        t.body.add(List.of());
                        t.lineEnds.add(a);
                    }
                    continue;
                }
                List<Piece> line = t.pieces(a, e);
                if (t.headers.isEmpty()) {
                    String start = t.text(line);
                    if (!StartLines.looksLikeStartLine(start, 0, start.length())) {
                        return null;
                    }
                }
                if (!inBody && line.isEmpty()) {
                    continue; // [routes] and the like, standing for no header at all
                }
                (inBody ? t.body : t.headers).add(line);
                t.lineEnds.add(e);
            }
            if (t.headers.isEmpty()) {
                return null;
            }
            while (!t.body.isEmpty() && t.body.get(t.body.size() - 1).isEmpty()) {
                t.body.remove(t.body.size() - 1); // the blank lines before ]]> are the XML's layout
                t.lineEnds.remove(t.lineEnds.size() - 1);
            }
            for (List<Piece> line : t.body) {
                t.bodyLength += t.text(line).getBytes(StandardCharsets.UTF_8).length + 2;
            }
            return t;
        }

        /** s[a, e) cut into copied runs and keyword values; empty when the line only held keywords standing for nothing. */
        private List<Piece> pieces(int a, int e) {
            if (s.charAt(a) == '[' && s.charAt(e - 1) == ']' && Text.indexOf(s, "[", a + 1, e) < 0) {
                String k = s.substring(a + 1, e - 1);
                if (k.startsWith("$") || k.startsWith("field") && k.length() > 5 && Text.isDigit(k.charAt(5))) {
                    // a variable or an injection field on a line of its own holds a whole header this pass cannot know
                    used.putIfAbsent("[" + k + "]", "");
                    wholeLines.add("[" + k + "]");
                    return List.of();
                }
            }
            List<Piece> out = new ArrayList<>(4);
            int copied = a;
            int i = Text.indexOf(s, "[", a, e);
            boolean written = false;
            while (i >= 0) {
                int j = Text.indexOf(s, "]", i + 1, e);
                if (j < 0) {
                    break;
                }
                String keyword = s.substring(i + 1, j);
                boolean isKeyword = isKeyword(keyword);
                String value = isKeyword ? value(keyword) : null;
                if (value != null) {
                    if (copied < i) {
                        out.add(new Piece(copied, i, null));
                    }
                    out.add(new Piece(i, j + 1, value));
                    written = true;
                    copied = j + 1;
                } else if (isKeyword && !unknown.contains("[" + keyword + "]")) {
                    unknown.add("[" + keyword + "]");
                }
                i = Text.indexOf(s, "[", j + 1, e);
            }
            if (copied < e) {
                out.add(new Piece(copied, e, null));
            }
            return written && text(out).isBlank() ? List.of() : out;
        }

        private String text(List<Piece> line) {
            StringBuilder b = new StringBuilder();
            for (Piece p : line) {
                b.append(p.value() != null ? p.value() : s.substring(p.from(), p.to()));
            }
            return b.toString();
        }

        /**
         * SIPp's keyword syntax: a name, maybe with an offset ({@code [cseq+1]}), options ({@code [field0 line=1]}) or a
         * header ({@code [last_Via:]}); an IPv6 reference ({@code [fe80::1]}) is none.
         */
        private static boolean isKeyword(String k) {
            if (k.isEmpty() || !(Character.isLetter(k.charAt(0)) || k.charAt(0) == '$' || k.charAt(0) == '_')) {
                return false;
            }
            return k.indexOf(':') < 0 || k.startsWith("last_");
        }

        /** The example value of a keyword, or null for one this pass does not know. */
        private String value(String keyword) {
            String k = keyword;
            int sp = k.indexOf(' ');
            if (sp > 0) {
                k = k.substring(0, sp);
            }
            int offset = 0;
            int sign = Math.max(k.lastIndexOf('+'), k.lastIndexOf('-'));
            if (sign > 0 && sign + 1 < k.length() && Text.isDigit(k.charAt(sign + 1)) && !k.startsWith("last_")) {
                long n = Text.parseDigits(k, sign + 1, k.length());
                if (n >= 0 && n < 1000) {
                    offset = (int) (k.charAt(sign) == '+' ? n : -n);
                    k = k.substring(0, sign);
                }
            }
            String v = switch (k) {
                case "service" -> "service";
                case "remote_ip" -> REMOTE_IP;
                case "local_ip", "media_ip", "server_ip" -> LOCAL_IP;
                case "local_ip_type", "media_ip_type", "remote_ip_type" -> "4";
                case "remote_port", "local_port" -> String.valueOf(5060 + offset);
                case "media_port", "auto_media_port", "rtpstream_audio_port", "rtpstream_video_port" ->
                        String.valueOf(6000 + offset);
                case "transport" -> "UDP";
                case "branch" -> "z9hG4bK-1234-1-" + Math.max(0, offset);
                case "call_id" -> "1-1234@" + LOCAL_IP;
                case "call_number", "users", "userid" -> "1";
                case "pid" -> "1234";
                case "cseq" -> String.valueOf(Math.max(0, 1 + offset));
                case "len" -> LEN;
                case "peer_tag_param" -> ";tag=peer-1";
                case "next_url" -> "sip:service@" + REMOTE_IP + ":5060";
                case "clock_tick", "timestamp" -> "1000000";
                case "sipp_version" -> "3.7.3";
                case "routes", "authentication", "tdmmap" -> "";
                default -> k.startsWith("last_") ? lastHeader(k.substring(5))
                        : k.startsWith("field") && k.length() > 5 && Text.isDigit(k.charAt(5)) ? k
                        : k.startsWith("$") && k.length() > 1 ? "var" + k.substring(1).replaceAll("[^A-Za-z0-9]", "")
                        : null;
            };
            lenUsed |= v == LEN;
            if (v != null && v != LEN) {
                used.putIfAbsent("[" + keyword + "]", v);
            }
            return v;
        }

        /**
         * [last_Via:] (the whole header line) or [last_Via] (its value) as SIPp copies them from the message it last
         * received: a plausible line from the peer. A header the peer may not have sent ([last_Record-Route:]) stands
         * for nothing.
         */
        private String lastHeader(String spec) {
            boolean line = spec.endsWith(":");
            String name = HeaderCatalog.canonical(line ? spec.substring(0, spec.length() - 1) : spec);
            String value = switch (name) {
                case "Via" -> "SIP/2.0/UDP " + REMOTE_IP + ":5060;branch=z9hG4bK-peer-1";
                case "From" -> "<sip:peer@" + REMOTE_IP + ":5060>;tag=peer-1";
                case "To" -> "<sip:service@" + LOCAL_IP + ":5060>" + (IN_DIALOG.contains(method) ? ";tag=sipp-1" : "");
                case "Call-ID" -> "peer-1@" + REMOTE_IP;
                case "CSeq" -> "1 " + method;
                case "Contact" -> "<sip:peer@" + REMOTE_IP + ":5060>";
                case "Max-Forwards" -> "70";
                default -> "";
            };
            return line && !value.isEmpty() ? name + ": " + value : value;
        }

        /** True when a body line reads as a start line: a second template pasted after this one. */
        boolean bodyHoldsStartLine() {
            for (List<Piece> line : body) {
                String text = text(line);
                if (!text.isEmpty() && StartLines.looksLikeStartLine(text, 0, text.length())) {
                    return true;
                }
            }
            return false;
        }

        /** Writes the message, CRLF after each line and the empty line after the headers. Returns the lines written. */
        int writeTo(Rewrite out) {
            int k = 0;
            for (List<Piece> line : headers) {
                write(line, out);
                out.put("\r\n", lineEnds.get(k++));
            }
            int empty = emptyLineAt >= 0 ? emptyLineAt : lineEnds.get(k - 1);
            out.put("\r\n", empty);
            for (List<Piece> line : body) {
                write(line, out);
                out.put("\r\n", lineEnds.get(k++));
            }
            return headers.size() + 1 + body.size();
        }

        private void write(List<Piece> line, Rewrite out) {
            for (Piece p : line) {
                if (p.value() == null) {
                    out.copy(s, p.from(), p.to());
                } else if (p.value() == LEN) {
                    out.put(String.valueOf(bodyLength), p.from());
                } else {
                    out.put(p.value(), p.from());
                }
            }
        }

        /** @param origin where the template stands in the paste, such as "the CDATA on line 12" */
        String note(String origin) {
            StringBuilder b = new StringBuilder("this message is a SIPp template (").append(origin)
                    .append(" of the paste), written out as SIPp sends it: each line without its indentation and"
                            + " ending in CRLF");
            List<String> values = new ArrayList<>();
            List<String> empty = new ArrayList<>();
            for (Map.Entry<String, String> e : used.entrySet()) {
                if (e.getValue().isEmpty()) {
                    if (!wholeLines.contains(e.getKey())) {
                        empty.add(e.getKey());
                    }
                } else if (values.size() < 8) {
                    values.add(e.getKey() + " " + Text.q(e.getValue()));
                } else if (values.size() == 8) {
                    values.add("...");
                }
            }
            if (lenUsed) {
                values.add("[len] " + bodyLength + ", the body's length");
            }
            if (!values.isEmpty()) {
                b.append(", and its keywords, which SIPp fills in at run time, given example values so that the rest"
                        + " could be checked (").append(String.join(", ", values)).append(')');
            }
            if (!empty.isEmpty()) {
                b.append("; ").append(String.join(", ", empty)).append(empty.size() == 1 ? " stands" : " stand")
                        .append(" for nothing in this example ([routes] without a Record-Route learnt, [authentication]"
                                + " before any challenge), so a line holding only that was left out");
            }
            b.append("; a finding that quotes one of those values is about the example, not the scenario");
            if (!wholeLines.isEmpty()) {
                b.append("; ").append(String.join(", ", wholeLines)).append(wholeLines.size() == 1 ? " stands" : " stand")
                        .append(" for a whole header line SIPp fills in from the scenario's variables or injection"
                                + " file, left out here: a finding about a missing header may be about ")
                        .append(wholeLines.size() == 1 ? "it" : "them");
            }
            if (!unknown.isEmpty()) {
                b.append("; ").append(String.join(", ", unknown)).append(unknown.size() == 1 ? " is" : " are")
                        .append(" no SIPp keyword known here and stayed as written");
            }
            return b.toString();
        }
    }
}
