package io.lead2cash.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The contracts' packages: one per publishing context, the registry of events and subscriptions, and at the root the
 * types every context names the same way (the shared kernel). Together the two rules leave no package cycle.
 */
class ContractPackagesTest {

    private final JavaClasses contracts = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.lead2cash.events");

    @Test
    void theSharedKernelAtTheRootDependsOnNoContext() {
        noClasses().that().resideInAPackage("io.lead2cash.events")
                .should().dependOnClassesThat().resideInAPackage("io.lead2cash.events.*..")
                .because("a type two contexts share (a rating, a share's access) belongs at the root, never in one of them")
                .check(contracts);
    }

    @Test
    void noPackageBelowTheRootDependsOnItselfThroughOthers() {
        slices().matching("io.lead2cash.events.(**)").should().beFreeOfCycles().check(contracts);
    }
}
