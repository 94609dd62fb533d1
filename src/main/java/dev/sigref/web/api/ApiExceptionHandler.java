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
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Message entry not found");
		problem.setType(URI.create("https://sigref.dev/problems/message-not-found"));
		problem.setProperty("protocol", ex.protocol());
		problem.setProperty("slug", ex.slug());
		return problem;
	}

	@ExceptionHandler({ dev.sigref.web.FlowNotFoundException.class, dev.sigref.web.HeaderNotFoundException.class })
	ProblemDetail handleReferenceNotFound(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Reference entry not found");
		problem.setType(URI.create("https://sigref.dev/problems/reference-not-found"));
		return problem;
	}

	@ExceptionHandler(PasteTooLargeException.class)
	ProblemDetail handlePasteTooLarge(PasteTooLargeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"the paste is larger than the " + ex.limitBytes() + "-byte limit; split the trace and send it in parts");
		problem.setTitle("Paste too large");
		problem.setType(URI.create("https://sigref.dev/problems/paste-too-large"));
		problem.setProperty("limitBytes", ex.limitBytes());
		return problem;
	}

	@ExceptionHandler(DecodeApiController.EmptyPasteException.class)
	ProblemDetail handleEmptyPaste(DecodeApiController.EmptyPasteException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Nothing to decode");
		problem.setType(URI.create("https://sigref.dev/problems/empty-paste"));
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
