package dev.sigref.sip;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is copied into a Spring Boot app later; its main code must stay plain JDK. */
class PlainJavaDependencyTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.sigref.sip");

    @Test
    void mainCodeImportsNoSpringNoJpaAndNoOtherLibrary() {
        noClasses().should().dependOnClassesThat().resideOutsideOfPackages("java..", "dev.sigref.sip..")
                .because("the decoder engine has no dependency but the JDK (no Spring, no JPA)").check(MAIN);
    }

    @Test
    void mainCodeWritesNothingToStandardStreams() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace").check(MAIN);
    }
}
