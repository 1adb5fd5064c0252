package io.lead2cash.opportunity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import io.lead2cash.platform.testing.LayeringContract;
import io.lead2cash.platform.testing.SuiteRules;
import org.junit.jupiter.api.Test;

/** The suite's layering, and the engagement area (activities, notes, timelines) kept apart from the sales subdomains. */
class ArchitectureTest extends LayeringContract {

    @Override
    protected String servicePackage() {
        return "io.lead2cash.opportunity";
    }

    @Test
    void theSalesSubdomainsDependOnNothingOfTheEngagementArea() {
        // Activities, notes and timelines regard every record of the suite: they build on the sales subdomains, never
        // the other way, so they could become a service of their own.
        noClasses().that().resideInAnyPackage("io.lead2cash.opportunity.domain..", "io.lead2cash.opportunity.api..")
                .and().resideOutsideOfPackages("io.lead2cash.opportunity.domain.engagement..",
                        "io.lead2cash.opportunity.api.engagement..")
                .should().dependOnClassesThat().resideInAnyPackage("io.lead2cash.opportunity.domain.engagement..",
                        "io.lead2cash.opportunity.api.engagement..")
                .because("the engagement area serves every record of the suite and could leave the service")
                .check(SuiteRules.mainClasses("io.lead2cash.opportunity"));
    }
}
