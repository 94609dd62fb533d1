package dev.sigref.catalog;

import java.util.Locale;

/** How entry names become URL path segments and fragment ids. */
public final class Slugs {

	private Slugs() {
	}

	/** Lower case, every run of characters other than a-z and 0-9 turned into one hyphen. */
	public static String kebab(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(lower.length());
		boolean pendingHyphen = false;
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				if (pendingHyphen && out.length() > 0) {
					out.append('-');
				}
				out.append(c);
				pendingHyphen = false;
			}
			else {
				pendingHyphen = true;
			}
		}
		return out.toString();
	}

	/** "604-does-not-exist-anywhere" for 604 Does Not Exist Anywhere. */
	public static String ofResponse(int code, String reasonPhrase) {
		return kebab(code + " " + reasonPhrase);
	}

	/** "invite" for INVITE. */
	public static String ofRequest(String method) {
		return method.toLowerCase(Locale.ROOT);
	}

}
