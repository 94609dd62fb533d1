package dev.sigref.decode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The raw SIP fixtures of the decoder tests, under src/test/resources/decode. */
public final class DecodeFixtures {

	private DecodeFixtures() {
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
