package dev.sigref.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** The version of a content tree: a SHA-256 over every file's path and text, and the import format. */
final class ContentHash {

	/** Bump when the stored form changes (new columns, another renderer), so that unchanged files import again. */
	static final String IMPORT_FORMAT = "sigref-import-1";

	private ContentHash() {
	}

	static String of(List<ContentFile> files) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(IMPORT_FORMAT.getBytes(StandardCharsets.UTF_8));
			for (ContentFile f : files.stream().sorted(Comparator.comparing(ContentFile::path)).toList()) {
				sha.update((byte) 0);
				sha.update(f.path().getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
				sha.update(f.text().getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("the JDK always has SHA-256", ex);
		}
	}

}
