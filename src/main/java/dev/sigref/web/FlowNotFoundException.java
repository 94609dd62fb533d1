package dev.sigref.web;

/** No call flow at /flows/{slug}: a 404 naming the missing slug. */
public class FlowNotFoundException extends RuntimeException {

	private final String slug;

	public FlowNotFoundException(String slug) {
		super("no call flow '" + slug + "'");
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

}
