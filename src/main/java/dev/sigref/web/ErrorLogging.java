package dev.sigref.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.slf4j.Logger;

/**
 * Logs a failed request by exception class and top stack frames only. Exception messages can quote request data (a
 * header value, a form field), and nothing pasted into the decoder may reach a log.
 */
public final class ErrorLogging {

	private static final int FRAMES = 8;

	private ErrorLogging() {
	}

	public static void logWithoutMessage(Logger log, Throwable ex) {
		StringBuilder sb = new StringBuilder();
		for (Throwable t = ex; t != null && sb.length() < 4000; t = t.getCause() == t ? null : t.getCause()) {
			sb.append(t == ex ? "" : " caused by ").append(t.getClass().getName()).append(" at ")
				.append(Arrays.stream(t.getStackTrace()).limit(FRAMES).map(String::valueOf)
					.collect(Collectors.joining(" < ")));
		}
		log.error("request failed: {}", sb);
	}

}
