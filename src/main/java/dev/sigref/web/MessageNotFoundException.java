package dev.sigref.web;

/** No entry at /messages/{protocol}/{slug}: a 404 whose page names the missing slug and suggests near ones. */
public class MessageNotFoundException extends RuntimeException {

	private final String protocol;

	private final String slug;

	public MessageNotFoundException(String protocol, String slug) {
		super("no message entry '" + slug + "' in protocol family '" + protocol + "'");
		this.protocol = protocol;
		this.slug = slug;
	}

	public String protocol() {
		return protocol;
	}

	public String slug() {
		return slug;
	}

}
