package dev.sigref.sip.bench;

import dev.sigref.sip.ParseResult;
import dev.sigref.sip.SipParser;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to parse one hostile paste of {@code size} bytes, per shape. Run it at two sizes: linear work shows as time
 * growing with size, not with its square. The shapes are the ones that found quadratic paths, plus plain junk.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Thread)
public class HostileInputBenchmark {

    @Param({"1048576"})
    public int size;

    @Param({"random-bytes", "printable-lines", "start-lines", "lying-content-length", "sdp-media-sections",
        "sdp-empty-lines", "one-huge-header", "angle-brackets", "comma-list", "ngrep-decorations",
        "escaped-line-ends", "wireshark-tree", "prefixed-lines", "double-spaced", "hex-dump", "wrapped-headers", "versions-on-one-line",
        "decorated-huge-bodies", "rfc-page-breaks", "sdp-unlisted-rtpmaps", "fenced-messages", "labelled-start-lines",
        "tcpdump-ascii", "tcpdump-summaries-only", "rfc-notation", "header-labels",
        "bare-then-prefixed", "wrapped-start-lines", "padded-lines", "sipp-templates", "html-escaped",
        "glued-prose-start-lines", "html-breaks-one-line", "bare-sipp-template", "printed-cr-lines",
        "blank-joined-frames", "blank-joined-one-line"})
    public String shape;

    private byte[] input;

    @Setup(Level.Trial)
    public void build() {
        Random rnd = new Random(1);
        String sdpHead = "INVITE sip:a@b SIP/2.0\r\nContent-Type: application/sdp\r\n\r\nv=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\n";
        input = switch (shape) {
            case "random-bytes" -> {
                byte[] b = new byte[size];
                rnd.nextBytes(b);
                yield b;
            }
            case "printable-lines" -> {
                byte[] b = new byte[size];
                for (int i = 0; i < size; i++) {
                    b[i] = (byte) (i % 60 == 59 ? '\n' : ' ' + rnd.nextInt(95));
                }
                yield b;
            }
            case "start-lines" -> fill("", "INVITE sip:a@b SIP/2.0\r\n", "");
            case "lying-content-length" -> fill("", "OPTIONS sip:a@b SIP/2.0\r\nContent-Length: 99999999\r\n\r\nx\r\n", "");
            case "sdp-media-sections" -> fill(sdpHead + "t=0 0\r\n", "m=audio 1 RTP/AVP 0\r\n", "");
            case "sdp-empty-lines" -> fill(sdpHead, "\r\n", "t=0 0\r\n");
            case "one-huge-header" -> fill("INVITE sip:a@b SIP/2.0\r\nVia: ", "a", "\r\n\r\n");
            case "angle-brackets" -> fill("INVITE sip:a@b SIP/2.0\r\nTo: ", "<", "\r\n\r\n");
            case "comma-list" -> fill("INVITE sip:a@b SIP/2.0\r\nRoute: ", "<sip:p.example.net;lr>,", "\r\n\r\n");
            case "ngrep-decorations" -> fill("", "U 2026/01/01 10:00:00.000000 10.0.0.1:5060 -> 10.0.0.2:5060\nOPTIONS sip:a@b SIP/2.0\r\nl: 0\r\n\r\n", "");
            case "escaped-line-ends" -> fill("", "{\"msg\":\"OPTIONS sip:a@b SIP/2.0\\r\\nl: 0\\r\\n\\r\\n\"}\n", "");
            case "wireshark-tree" -> fill("", "Session Initiation Protocol (OPTIONS)\n    Request-Line: OPTIONS sip:a@b SIP/2.0\n"
                    + "    Message Header\n        Via: SIP/2.0/UDP a;branch=z9hG4bK1\n        Content-Length: 0\n", "");
            case "prefixed-lines" -> fill("", "[Jan  1 10:00:00] OPTIONS sip:a@b SIP/2.0\n[Jan  1 10:00:00] l: 0\n"
                    + "[Jan  1 10:00:00] \n[Jan  1 10:00:00] some log text\n", "");
            case "double-spaced" -> fill("", "OPTIONS sip:a@b SIP/2.0\r\n\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\n\r\n"
                    + "To: <sip:a@b>\r\n\r\nFrom: <sip:c@d>;tag=1\r\n\r\nl: 0\r\n\r\n\r\n\r\n", "");
            case "hex-dump" -> fill("", "0000   45 00 01 c4 1c 2f 00 00 40 11 db 4e c0 a8 01 01   E..../..@..N....\n"
                    + "0010   c0 a8 01 02 13 c4 13 c4 01 b0 7c 86 49 4e 56 49   ..........|.INVI\n", "");
            case "wrapped-headers" -> fill("INVITE sip:a@b SIP/2.0\r\n", "X-Long: " + "a".repeat(72) + "\r\nbbbb\r\n", "\r\n");
            case "versions-on-one-line" -> fill("", "x SIP/2.0\r", "");
            case "decorated-huge-bodies" -> fill("", "U 192.0.2.1:5060 -> 192.0.2.2:5060\nINVITE sip:a@b SIP/2.0\n"
                    + "Content-Length: 500000\n\nv=0\n", "");
            case "sdp-unlisted-rtpmaps" -> fill(sdpHead + "c=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 1 RTP/AVP"
                    + " 1000 1001 1002 1003 1004 1005 1006 1007 1008 1009".repeat(2000) + "\r\n", "a=rtpmap:7 X/8000\r\n", "");
            case "fenced-messages" -> fill("", "```sip\nOPTIONS sip:a@b SIP/2.0\r\nContent-Length: 99999\r\n\r\nx\r\n```\nprose\n", "");
            case "labelled-start-lines" -> fill("", "sent: OPTIONS sip:a@b SIP/2.0\r\nl: 0\r\n\r\nnote line without a version\r\n"
                    + "Via: SIP/2.0/UDP h;branch=z9hG4bK1\r\n", "");
            case "rfc-page-breaks" -> fill("", "   OPTIONS sip:a@b SIP/2.0\n   Via: SIP/2.0/UDP h;branch=z9hG4bK1\n\n\n"
                    + "Johnston, et al.   Best Current Practice   [Page 7]\n\fRFC 3665   SIP Basic Call Flow Examples"
                    + "   December 2003\n\n   l: 0\n\n", "");
            case "tcpdump-ascii" -> fill("", "10:00:00.123456 IP 192.0.2.1.5060 > 192.0.2.2.5060: UDP, length 60\n"
                    + "E..H..@.@...\n....OPTIONS sip:a@b SIP/2.0\r\nl: 0\r\n\r\n", "");
            // summary lines with nothing glued after them: each looks at the lines below it and finds no start line
            case "tcpdump-summaries-only" -> fill("", "10:00:00.123456 IP 192.0.2.1.5060 > 192.0.2.2.5060: UDP, length 60\n"
                    + "E..H..@.@...x SIP/2.0\n", "");
            // RFC 4475 notation: tags that open and never close on their line, one closing tag at the end
            case "rfc-notation" -> fill("", "   <allOneLine>\n   OPTIONS sip:a@b SIP/2.0 <repeat count=2>x\n"
                    + "   Via: <hex>41 42\n   l: 0\n\n", "</allOneLine>\n");
            // a start line after a label that reads as a header name, with many start-line candidates, and label
            // lines after it whose second line is long: each candidate must not look at the next lines again
            case "header-labels" -> fill("", "sip-res: " + "SIP/2.0 200 OK ".repeat(10) + "\nHeader:   Via: SIP/2.0/UDP h\n"
                    + "Header:   X-Long: " + "a".repeat(2000) + "\n", "");
            // a bare message, then prefixed ones: the paste is read a second time with every message looked at
            case "bare-then-prefixed" -> fill("OPTIONS sip:a@b SIP/2.0\r\nl: 0\r\n\r\n", "[Jan  1 10:00:00] OPTIONS sip:a@b"
                    + " SIP/2.0\n[Jan  1 10:00:00] l: 0\n[Jan  1 10:00:00] \n[Jan  1 10:00:00] some log text\n", "");
            // request lines whose version stands on the next line: every one is joined back, one note each
            case "wrapped-start-lines" -> fill("", "OPTIONS sip:a@b\nSIP/2.0\nl: 0\n\n", "");
            // every line padded with blanks and ended in CR CR LF: both are taken off every line in one pass
            case "padded-lines" -> fill("", "OPTIONS sip:a@b SIP/2.0   \r\r\nl: 0   \r\r\n\r\r\n", "");
            case "html-escaped" -> fill("", "OPTIONS sip:a@b SIP/2.0\r\nTo: &lt;sip:a@b&gt;;tag=&quot;1&quot;\r\n"
                    + "X: &amp;&#38;&#x26;&&lt\r\nl: 0\r\n\r\n", "");
            case "sipp-templates" -> fill("<scenario>\n", "  <send>\n    <![CDATA[\n      OPTIONS sip:[service]@[remote_ip]"
                    + " SIP/2.0\n      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]\n      [last_From:]\n"
                    + "      [routes]\n      Content-Length: [len]\n\n      x=[pid]\n    ]]>\n  </send>\n", "</scenario>\n");
            // prose glued to a registered method on every start line, each a label with a note
            case "glued-prose-start-lines" -> fill("", "Use code with caution.B. Menu Response (SIP INFO)Once the"
                    + " user picks:httpINFO sip:a@b SIP/2.0\r\nl: 0\r\n\r\n", "");
            // one line of a megabyte whose line ends are all <br />
            case "html-breaks-one-line" -> fill("OPTIONS sip:a@b SIP/2.0<br />", "X-A: 1<br />", "l: 0<br /><br />");
            // a SIPp template without its XML, its keywords on every line
            case "bare-sipp-template" -> fill("OPTIONS sip:[service]@[remote_ip] SIP/2.0\n", "X-A: [call_id] [branch]"
                    + " [last_Via:]\n", "");
            // every line ending in a printed \r, quotes escaped, as a browser console prints a string
            case "printed-cr-lines" -> fill("", "OPTIONS sip:a@b SIP/2.0\\r\nFrom: \\\"A\\\" <sip:a@b>;tag=1\\r\n"
                    + "l: 0\\r\n\\r\n", "");
            // DevTools WebSocket frames copied as a table: a message per line, CRLF shown as two spaces
            case "blank-joined-frames" -> fill("", "REGISTER sip:a@b SIP/2.0  Via: SIP/2.0/WSS h;branch=z9hG4bK1  From:"
                    + " <sip:a@b>;tag=1  To: <sip:a@b>  Call-ID: c  CSeq: 1 REGISTER  Content-Length: 0 | 427 | 16:38:42.496\n", "");
            // a megabyte on one line: messages whose line ends a page collapsed to single spaces
            case "blank-joined-one-line" -> fill("", "INVITE sip:a@b SIP/2.0 Via: SIP/2.0/UDP h;branch=z9hG4bK1 From:"
                    + " <sip:a@b>;tag=1 To: <sip:a@b> Call-ID: c CSeq: 1 INVITE Content-Length: 0 ", "");
            default -> throw new IllegalArgumentException(shape);
        };
    }

    private byte[] fill(String head, String unit, String tail) {
        StringBuilder sb = new StringBuilder(size + unit.length());
        sb.append(head);
        while (sb.length() + unit.length() + tail.length() <= size) {
            sb.append(unit);
        }
        return sb.append(tail).toString().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public ParseResult parse() {
        return SipParser.parse(input);
    }
}
