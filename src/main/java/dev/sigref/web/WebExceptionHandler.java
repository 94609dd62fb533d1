package dev.sigref.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.sigref.catalog.Catalog;

/** Error pages for the HTML controllers: what is missing and where to go instead, never a stack trace. */
@ControllerAdvice(basePackageClasses = WebExceptionHandler.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebExceptionHandler {

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

}
