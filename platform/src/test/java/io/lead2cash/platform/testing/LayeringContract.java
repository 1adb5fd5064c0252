package io.lead2cash.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/**
 * The layering every service follows, inherited by each service's architecture test: the domain knows nothing
 * of the API, entities live in the domain and never leave through the API.
 */
public abstract class LayeringContract {

    /** The service's root package, e.g. {@code io.lead2cash.leads}. */
    protected abstract String servicePackage();

    private JavaClasses imported() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage());
    }

    @Test
    void theDomainDoesNotDependOnTheApi() {
        noClasses().that().resideInAPackage(servicePackage() + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(servicePackage() + ".api..", "jakarta.ws.rs..")
                .check(imported());
    }

    @Test
    void resourcesNeverReturnEntities() {
        methods().that().areDeclaredInClassesThat().resideInAPackage(servicePackage() + ".api..").and().arePublic()
                .should().notHaveRawReturnType(DescribedPredicate.describe("an entity",
                        (JavaClass c) -> c.isAnnotatedWith(Entity.class)))
                .check(imported());
    }

    @Test
    void entitiesLiveInTheDomain() {
        classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage(servicePackage() + ".domain..")
                .check(imported());
    }
}
