package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pastes given as bytes that are not all UTF-8: a binary body beside text in other scripts. */
class RawBytesTest {

    private static final byte[] SMS = {0x00, 0x01, (byte) 0xFF, (byte) 0x91, 0x44, (byte) 0xC3, 0x0D, 0x0A, 0x7F};

    private static byte[] trace() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String named = FindingCatalogueTest.options("Content-Length: 0")
                .replace("From: <sip:alice@example.com>", "From: \"François 李华\" <sip:alice@example.com>");
        out.writeBytes(named.getBytes(StandardCharsets.UTF_8));
        String message = FindingCatalogueTest.options("", java.util.Map.of(), "Content-Type: application/vnd.3gpp.sms",
                "Content-Length: " + SMS.length).replace("OPTIONS", "MESSAGE");
        out.writeBytes(message.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(SMS);
        return out.toByteArray();
    }

    @Test
    void aBinaryBodyLeavesTheUtf8TextOfTheOtherMessagesReadable() {
        ParseResult r = SipParser.parse(trace());
        assertThat(r.messages()).hasSize(2);
        assertThat(r.messages().get(0).header("From")).map(Header::rawValue)
                .hasValueSatisfying(v -> assertThat(v).startsWith("\"François 李华\""));
        assertThat(r.allFindings()).extracting(Finding::code).doesNotContain("content-length-mismatch",
                "invalid-utf8", "data-after-body");
    }

    @Test
    void theBinaryBodyKeepsEveryByte() {
        SipMessage sms = SipParser.parse(trace()).messages().get(1);
        assertThat(sms.body()).isInstanceOfSatisfying(BinaryBody.class, b -> {
            assertThat(b.length()).isEqualTo(SMS.length);
            assertThat(b.hex()).isEqualTo("0001ff9144c30d0a7f");
        });
        assertThat(Text.utf8Bytes(sms.raw(), 0, sms.raw().length())).endsWith(SMS);
    }

    @Test
    void aHeaderWithAByteThatIsNoUtf8IsNamedWithThatByte() {
        byte[] latin1Name = FindingCatalogueTest.options("Subject: caf\u00e9", "Content-Length: 0")
                .getBytes(StandardCharsets.ISO_8859_1);
        SipMessage m = SipParser.parse(latin1Name).messages().get(0);
        assertThat(m.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("invalid-utf8");
            assertThat(f.message()).contains("0xE9");
            // at the byte itself: "Subject: caf" is 12 characters
            assertThat(f.column()).isEqualTo(13);
        });
        // a valid multi-byte character before the bad byte counts as one column
        byte[] mixed = FindingCatalogueTest.options("Subject: \u00fcX", "Content-Length: 0").replace("X", "\u00ff")
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < mixed.length - 1; i++) {
            if ((mixed[i] & 0xff) == 0xc3 && (mixed[i + 1] & 0xff) == 0xbf) {
                mixed = java.util.Arrays.copyOf(mixed, mixed.length);
                mixed[i] = (byte) 0xff; // a lone 0xFF where the second character was
                mixed[i + 1] = (byte) ' ';
                break;
            }
        }
        assertThat(SipParser.parse(mixed).messages().get(0).findings()).filteredOn(f -> f.code().equals("invalid-utf8"))
                .singleElement().satisfies(f -> assertThat(f.column()).isEqualTo(11));
    }
}
