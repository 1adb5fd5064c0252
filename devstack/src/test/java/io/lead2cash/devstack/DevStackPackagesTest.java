package io.lead2cash.devstack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The dev stack's layers: the infrastructure at the root (PostgreSQL, Kafka, tokens), the suite it runs
 * ({@code suite}), the benchmarks that drive it ({@code bench}) and the command line over all of them ({@code cli}).
 */
class DevStackPackagesTest {

    private final JavaClasses devstack = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.lead2cash.devstack");

    @Test
    void theInfrastructureAtTheRootKnowsNothingOfTheSuiteItHosts() {
        noClasses().that().resideInAPackage("io.lead2cash.devstack")
                .should().dependOnClassesThat().resideInAPackage("io.lead2cash.devstack.*..")
                .because("tests of every module start PostgreSQL and Kafka from it, without the suite or its commands")
                .check(devstack);
    }

    @Test
    void noPackageBelowTheRootDependsOnItselfThroughOthers() {
        slices().matching("io.lead2cash.devstack.(**)").should().beFreeOfCycles().check(devstack);
    }

    @Test
    void onlyTheCommandLineKnowsItsCommands() {
        noClasses().that().resideOutsideOfPackage("io.lead2cash.devstack.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.lead2cash.devstack.cli..")
                .check(devstack);
    }
}
