package dev.sigref.web.api;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import dev.sigref.web.MessageNotFoundException;

/** Errors of the JSON API as RFC 9457 problem details. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler(MessageNotFoundException.class)
	ProblemDetail handleMessageNotFound(MessageNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Message entry not found");
		problem.setType(URI.create("https://sigref.dev/problems/message-not-found"));
		problem.setProperty("protocol", ex.protocol());
		problem.setProperty("slug", ex.slug());
		return problem;
	}

}
