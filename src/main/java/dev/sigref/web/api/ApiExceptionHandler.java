package dev.sigref.web.api;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sigref.decode.PasteTooLargeException;
import dev.sigref.web.ErrorLogging;
import dev.sigref.web.MessageNotFoundException;

/** Errors of the JSON API as RFC 9457 problem details. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(MessageNotFoundException.class)
	ProblemDetail handleMessageNotFound(MessageNotFoundException ex) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "message-not-found", "Message entry not found",
				ex.getMessage());
		problem.setProperty("protocol", ex.protocol());
		problem.setProperty("slug", ex.slug());
		return problem;
	}

	@ExceptionHandler({ dev.sigref.web.FlowNotFoundException.class, dev.sigref.web.HeaderNotFoundException.class })
	ProblemDetail handleReferenceNotFound(RuntimeException ex) {
		return problem(HttpStatus.NOT_FOUND, "reference-not-found", "Reference entry not found", ex.getMessage());
	}

	@ExceptionHandler(PasteTooLargeException.class)
	ProblemDetail handlePasteTooLarge(PasteTooLargeException ex) {
		ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "paste-too-large", "Paste too large",
				"the paste is larger than the " + ex.limitBytes() + "-byte limit; split the trace and send it in parts");
		problem.setProperty("limitBytes", ex.limitBytes());
		return problem;
	}

	@ExceptionHandler(DecodeApiController.EmptyPasteException.class)
	ProblemDetail handleEmptyPaste(DecodeApiController.EmptyPasteException ex) {
		return problem(HttpStatus.BAD_REQUEST, "empty-paste", "Nothing to decode", ex.getMessage());
	}

	/** A problem document whose type names the problem under https://sigref.dev/problems/. */
	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("https://sigref.dev/problems/" + type));
		return problem;
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail handleUnexpected(Exception ex) {
		ErrorLogging.logWithoutMessage(log, ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"the request could not be completed; nothing you sent was kept");
		problem.setTitle("Internal error");
		return problem;
	}

}
