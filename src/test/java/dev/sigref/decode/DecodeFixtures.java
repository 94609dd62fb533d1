package dev.sigref.decode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The raw SIP fixtures of the decoder tests, under src/test/resources/decode. */
public final class DecodeFixtures {

	private DecodeFixtures() {
	}

	/** The RP-DATA of {@link #smsMessage()}: MS to network, SMSC +491710000001, SMS-SUBMIT to +4321, "hellohello". */
	public static final byte[] SMS_RP = java.util.HexFormat.of().parseHex("002a000791947101000010" + "13"
			+ "11070491214300" + "00a70ae8329bfd4697d9ec37");

	/** A MESSAGE carrying {@link #SMS_RP} as its binary application/vnd.3gpp.sms body, as the bytes are sent. */
	public static byte[] smsMessage() {
		String head = "MESSAGE tel:+491710000001 SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
				+ "Max-Forwards: 70\r\nFrom: <sip:alice@example.com>;tag=1\r\nTo: <tel:+491710000001>\r\n"
				+ "Call-ID: c1\r\nCSeq: 1 MESSAGE\r\nContent-Type: application/vnd.3gpp.sms\r\nContent-Length: "
				+ SMS_RP.length + "\r\n\r\n";
		java.io.ByteArrayOutputStream paste = new java.io.ByteArrayOutputStream();
		paste.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		paste.writeBytes(SMS_RP);
		return paste.toByteArray();
	}

	public static String read(String name) {
		try (InputStream in = DecodeFixtures.class.getResourceAsStream("/decode/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture decode/" + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
