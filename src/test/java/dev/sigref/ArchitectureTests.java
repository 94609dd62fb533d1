package dev.sigref;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The package rules of the architecture, checked on the compiled main classes. */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.sigref");

	@Test
	void catalogDoesNotKnowAboutTheWebLayer() {
		noClasses().that().resideInAPackage("dev.sigref.catalog..")
			.should().dependOnClassesThat().resideInAPackage("dev.sigref.web..")
			.check(MAIN);
	}

	/** The engines are plain Java: no framework, so they stay fast, testable alone and usable anywhere. */
	@Test
	void sipImsAndCallflowUseTheJdkOnly() {
		noClasses().that().resideInAnyPackage("dev.sigref.sip..", "dev.sigref.ims..", "dev.sigref.callflow..")
			.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "org.hibernate..",
					"tools.jackson..", "com.fasterxml..")
			.check(MAIN);
	}

	@Test
	void enginesDoNotReachIntoTheApplication() {
		noClasses().that().resideInAnyPackage("dev.sigref.sip..", "dev.sigref.ims..", "dev.sigref.callflow..")
			.should().dependOnClassesThat().resideInAnyPackage("dev.sigref.catalog..", "dev.sigref.decode..",
					"dev.sigref.web..")
			.check(MAIN);
	}

	@Test
	void controllersArePackagePrivate() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().notBePublic()
			.check(MAIN);
	}

}
