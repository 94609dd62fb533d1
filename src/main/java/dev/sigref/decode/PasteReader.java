package dev.sigref.decode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body without ever holding more than the limit plus one buffer. */
public final class PasteReader {

	private PasteReader() {
	}

	/**
	 * @throws PasteTooLargeException as soon as the body passes {@code maxBytes}
	 */
	public static byte[] read(InputStream in, long maxBytes, long reportedLimit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[16 * 1024];
		long total = 0;
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			total += n;
			if (total > maxBytes) {
				throw new PasteTooLargeException(reportedLimit);
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	/** Checks a paste that arrived inside a form, once decoded. */
	public static byte[] check(byte[] paste, long maxBytes) {
		if (paste != null && paste.length > maxBytes) {
			throw new PasteTooLargeException(maxBytes);
		}
		return paste;
	}

	/** True when the paste holds nothing but white space. */
	public static boolean isBlank(byte[] paste) {
		if (paste == null) {
			return true;
		}
		for (byte b : paste) {
			if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
				return false;
			}
		}
		return true;
	}

}
