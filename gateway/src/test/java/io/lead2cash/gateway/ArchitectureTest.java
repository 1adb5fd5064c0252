package io.lead2cash.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.lead2cash.platform.testing.SuiteRules;
import org.junit.jupiter.api.Test;

/** The edge routes, guards and documents; it knows no service's classes, events or database. */
class ArchitectureTest {

    private final JavaClasses gateway = SuiteRules.mainClasses("io.lead2cash.gateway");

    @Test
    void theGatewayImportsNoServiceNorTheirKit() {
        SuiteRules.dependsOnNoService("io.lead2cash.gateway").check(gateway);
        noClasses().that().resideInAPackage("io.lead2cash.gateway..")
                .should().dependOnClassesThat().resideInAnyPackage("io.lead2cash.platform..", "io.lead2cash.events..",
                        "jakarta.persistence..", "org.hibernate..", "org.apache.kafka..")
                .because("the edge speaks HTTP to the services and shares nothing else with them")
                .check(gateway);
    }

    @Test
    void noPackageOfTheGatewayDependsOnItselfThroughOthers() {
        SuiteRules.noPackageCycles("io.lead2cash.gateway").check(gateway);
    }
}
