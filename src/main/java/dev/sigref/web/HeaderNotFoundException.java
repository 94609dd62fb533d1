package dev.sigref.web;

/** No header entry at /headers/{slug}: a 404 naming the missing header. */
public class HeaderNotFoundException extends RuntimeException {

	private final String slug;

	public HeaderNotFoundException(String slug) {
		super("no header entry '" + slug + "'");
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

}
