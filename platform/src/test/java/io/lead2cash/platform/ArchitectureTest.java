package io.lead2cash.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.lead2cash.platform.testing.SuiteRules;
import org.junit.jupiter.api.Test;

/** The shared kit's own layering, and the published contracts' independence from the suite. */
class ArchitectureTest {

    private final JavaClasses platform = SuiteRules.mainClasses("io.lead2cash.platform");

    @Test
    void theKitsDomainAndQueryPartsSpeakNoHttp() {
        noClasses().that().resideInAnyPackage("io.lead2cash.platform.domain..", "io.lead2cash.platform.query..")
                .should().dependOnClassesThat().resideInAnyPackage(SuiteRules.HTTP_TYPES)
                .because("every service's domain uses them, and that domain speaks no HTTP")
                .check(platform);
    }

    @Test
    void noPackageOfTheKitDependsOnItselfThroughOthers() {
        SuiteRules.noPackageCycles("io.lead2cash.platform").check(platform);
    }

    @Test
    void theKitImportsNoService() {
        SuiteRules.dependsOnNoService("io.lead2cash.platform").check(platform);
    }

    @Test
    void theEventContractsDependOnNothingOfTheSuite() {
        // The contracts come from their jar here, so they are imported from the class path, not the build folder.
        SuiteRules.eventsDependOnNothingOfTheSuite().check(new ClassFileImporter().importPackages("io.lead2cash.events"));
    }
}
