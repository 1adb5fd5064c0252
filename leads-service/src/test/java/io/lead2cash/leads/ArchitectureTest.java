package io.lead2cash.leads;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/** The layering every service follows: the domain knows nothing of the API, entities never leave through it. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.lead2cash.leads");

    @Test
    void theDomainDoesNotDependOnTheApi() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.lead2cash.leads.api..", "jakarta.ws.rs..")
                .check(CLASSES);
    }

    @Test
    void resourcesNeverReturnEntities() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("..api..").and().arePublic()
                .should().notHaveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("an entity",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.isAnnotatedWith(Entity.class)))
                .check(CLASSES);
    }

    @Test
    void entitiesLiveInTheDomain() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().areAnnotatedWith(Entity.class)
                .should().resideInAPackage("..domain..")
                .check(CLASSES);
    }
}
