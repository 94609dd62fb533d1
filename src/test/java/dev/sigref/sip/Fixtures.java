package dev.sigref.sip;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** Loads the raw .sip fixtures under src/test/resources/dev/sigref/sip. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String path) {
        return new String(bytes(path), java.nio.charset.StandardCharsets.UTF_8);
    }

    static ParseResult parse(String path) {
        return SipParser.parse(bytes(path));
    }

    static SipMessage single(String path) {
        ParseResult r = parse(path);
        if (r.messages().size() != 1) {
            throw new AssertionError(path + " holds " + r.messages().size() + " messages");
        }
        return r.messages().get(0);
    }

    /** The codes of the findings on the one message the text must hold. */
    static List<String> codes(String text) {
        ParseResult r = SipParser.parse(text);
        if (r.messages().size() != 1) {
            throw new AssertionError("expected one message, got " + r.messages().size());
        }
        return codes(r.messages().get(0).findings());
    }

    /** The first finding of this code anywhere in the parse of the text. */
    static Finding finding(String text, FindingCode code) {
        return SipParser.parse(text).allFindings().stream().filter(f -> f.is(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code.code()));
    }

    static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).collect(Collectors.toList());
    }

    static List<String> errorCodes(ParseResult r) {
        return r.allFindings().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::code)
                .collect(Collectors.toList());
    }

    /** A message from lines joined with CRLF, with a correct Content-Length for the body. */
    static String message(String startLine, String body, String... headers) {
        StringBuilder sb = new StringBuilder(startLine).append("\r\n");
        for (String h : headers) {
            sb.append(h).append("\r\n");
        }
        sb.append("Content-Length: ").append(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .append("\r\n\r\n").append(body);
        return sb.toString();
    }

    /** The mandatory request headers of a well-formed OPTIONS, to build test messages from. */
    static final String[] OPTIONS_HEADERS = {
        "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK74bf9",
        "Max-Forwards: 70",
        "From: <sip:alice@example.com>;tag=9fxced76sl",
        "To: <sip:bob@example.com>",
        "Call-ID: 3848276298220188511@192.0.2.1",
        "CSeq: 1 OPTIONS",
    };
}
