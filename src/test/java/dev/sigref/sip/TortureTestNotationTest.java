package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 4475 and RFC 5118 print their messages with the notation of RFC 4475 §2 and the RFC's indentation. A message
 * copied from that text (printed/*.txt, written from the archive's file by the rules of §2) must decode to the same
 * message as the archive's file.
 */
class TortureTestNotationTest {

    private static List<String> problems(SipMessage m) {
        return m.findings().stream().filter(f -> f.severity() != Severity.INFO).map(f -> f.code()).toList();
    }

    private static List<String> headers(SipMessage m) {
        return m.headers().stream().map(h -> h.name() + ": " + h.rawValue() + " = " + h.parsed()).toList();
    }

    private static String withoutPositions(Body body) {
        return body.toString().replaceAll("\\b(?:\\w*[Ll]ine|column)=\\d+", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"longreq", "intmeth", "unreason", "noreason", "mpart01"})
    void aMessageCopiedFromTheRfcTextDecodesAsTheArchivedMessage(String name) {
        SipMessage archived = Fixtures.single("/dev/sigref/sip/torture/rfc4475/" + name + ".sip");
        SipMessage printed = Fixtures.single("/dev/sigref/sip/torture/printed/" + name + ".txt");
        assertThat(printed.startLine()).isEqualTo(archived.startLine());
        assertThat(headers(printed)).isEqualTo(headers(archived));
        assertThat(printed.body().getClass()).isEqualTo(archived.body().getClass());
        // positions differ (the paste has the RFC's indentation and tag lines); all else must not
        assertThat(withoutPositions(printed.body())).isEqualTo(withoutPositions(archived.body()));
        assertThat(problems(printed)).isEqualTo(problems(archived));
        assertThat(printed.findings()).anyMatch(f -> f.is(FindingCode.RFC_NOTATION_EXPANDED));
    }

    @Test
    void foldedLinesJoinWithOnlyTheBlanksThatStartAFold() {
        String text = "   OPTIONS sip:bob@example.com SIP/2.0\n"
                + "   <allOneLine>\n"
                + "   Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK74bf9;received=192.0\n"
                + "   .2.1\n"
                + "   </allOneLine>\n"
                + "   <allOneLine>\n"
                + "   Subject: a subject that goes on\n"
                + "    and on\n"
                + "   </allOneLine>\n"
                + "   Max-Forwards: 70\n"
                + "   From: <sip:alice@example.com>;tag=1\n"
                + "   To: <sip:bob@example.com>\n"
                + "   Call-ID: a@b\n"
                + "   CSeq: 1 OPTIONS\n"
                + "   Content-Length: 0\n\n";
        SipMessage m = SipParser.parse(text).messages().get(0);
        assertThat(Header.first(m.headers(), "Via").rawValue())
                .isEqualTo("SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK74bf9;received=192.0.2.1");
        assertThat(Header.first(m.headers(), "Subject").rawValue()).isEqualTo("a subject that goes on and on");
        assertThat(problems(m)).isEmpty();
        // the RFC's messages end their lines in CRLF: a copy's LFs are written back as such
        assertThat(m.findings()).noneMatch(f -> f.is(FindingCode.LF_LINE_ENDINGS));
        assertThat(m.findings()).filteredOn(f -> f.is(FindingCode.RFC_NOTATION_EXPANDED)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("2 <allOneLine> blocks"));
    }

    @Test
    void hexOctetsAndRepeatsAreWrittenOutAndCountedAsBytes() {
        String body = "hello\r\n";
        String text = "MESSAGE sip:bob@example.com SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK74bf9\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: \"<hex>E282AC</hex>\" <sip:alice@example.com>;tag=1\r\n"
                + "To: <sip:bob@example.com>\r\n"
                + "Call-ID: <repeat count=3>ab</repeat>@example.com\r\n"
                + "CSeq: 1 MESSAGE\r\n"
                + "Content-Type: text/plain\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n"
                + "hel<hex>6C6F</hex>\r\n";
        SipMessage m = SipParser.parse(text).messages().get(0);
        assertThat(Header.first(m.headers(), "Call-ID").rawValue()).isEqualTo("ababab@example.com");
        assertThat(((NameAddr) Header.first(m.headers(), "From").value()).displayName()).isEqualTo("\u20AC");
        assertThat(((TextBody) m.body()).text()).isEqualTo(body);
        assertThat(problems(m)).isEmpty();
    }

    @Test
    void textWithoutTheNotationIsLeftAsItIs() {
        String xml = "<a><b>x</b><hex>zz</hex><repeat count=x>y</repeat></a>\n";
        assertThat(TortureTestNotation.restore(xml, new PasteNotes(xml))).isSameAs(xml);
        String unclosed = "<allOneLine>\nOPTIONS sip:a@b SIP/2.0\n<hex>4</hex>\n";
        assertThat(TortureTestNotation.restore(unclosed, new PasteNotes(unclosed))).isSameAs(unclosed);
    }

    @Test
    void aRepeatCannotBlowASmallPasteUp() {
        String text = "<repeat count=9999999>abcdefgh</repeat>\n";
        assertThat(TortureTestNotation.restore(text, new PasteNotes(text))).isSameAs(text);
        String fine = "<repeat count=3>ab</repeat>\n";
        assertThat(TortureTestNotation.restore(fine, new PasteNotes(fine))).isEqualTo("ababab\r\n");
    }
}
