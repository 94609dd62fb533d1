package dev.sigref.catalog;

/**
 * A content file as read from disk or from the jar.
 *
 * @param path where it is, relative to the project root ("content/messages/ims/invite.md"), as problems name it
 * @param text its whole text
 */
public record ContentFile(String path, String text) {

	/** The file name without ".md": the entry's slug. */
	public String baseName() {
		String name = path.substring(path.lastIndexOf('/') + 1);
		return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
	}

	/** The directory directly above the file: the protocol family of a message entry. */
	public String parentDirectory() {
		int last = path.lastIndexOf('/');
		int before = path.lastIndexOf('/', last - 1);
		return last > 0 ? path.substring(before + 1, last) : "";
	}

}
