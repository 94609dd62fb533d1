package dev.sigref.catalog;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the content problems as a plain list instead of a stack trace when the start fails on them. */
class InvalidContentFailureAnalyzer extends AbstractFailureAnalyzer<InvalidContentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidContentException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix the files named above (each line is file:line: problem). The database still holds the "
						+ "previous catalog; nothing was imported.",
				cause);
	}

}
