package dev.sigref.web;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.sigref.catalog.Catalog;
import dev.sigref.decode.PasteTooLargeException;

/** Error pages for the HTML controllers: what is missing and where to go instead, never a stack trace. */
@ControllerAdvice(basePackageClasses = WebExceptionHandler.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(WebExceptionHandler.class);

	private final Catalog catalog;

	WebExceptionHandler(Catalog catalog) {
		this.catalog = catalog;
	}

	@ModelAttribute("baseUrl")
	String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

	@ExceptionHandler(MessageNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView showMessageNotFound(MessageNotFoundException ex) {
		ModelAndView mav = new ModelAndView("error/message-not-found");
		mav.addObject("protocol", ex.protocol());
		mav.addObject("slug", ex.slug());
		mav.addObject("suggestions", catalog.snapshot().suggestionsFor(ex.slug()));
		mav.addObject("baseUrl", baseUrl());
		return mav;
	}

	@ExceptionHandler({ FlowNotFoundException.class, HeaderNotFoundException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView showReferenceNotFound(RuntimeException ex) {
		ModelAndView mav = new ModelAndView("error/404");
		mav.addObject("detail", ex.getMessage());
		mav.addObject("baseUrl", baseUrl());
		return mav;
	}

	@ExceptionHandler(PasteTooLargeException.class)
	@ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
	ModelAndView showPasteTooLarge(PasteTooLargeException ex) {
		ModelAndView mav = new ModelAndView("decode/too-large");
		mav.addObject("limitKb", ex.limitBytes() / 1024);
		mav.addObject("baseUrl", baseUrl());
		return mav;
	}

	/** Anything else: the right status for framework errors, a plain 500 page otherwise; never a stack trace. */
	@ExceptionHandler(Exception.class)
	ModelAndView showError(Exception ex, HttpServletResponse response) {
		int status = ex instanceof ErrorResponse er ? er.getStatusCode().value() : 500;
		if (status >= 500) {
			ErrorLogging.logWithoutMessage(log, ex);
		}
		response.setStatus(status);
		ModelAndView mav = new ModelAndView(status == 404 ? "error/404" : "error");
		mav.addObject("status", status);
		mav.addObject("baseUrl", baseUrl());
		return mav;
	}

}
