package io.lead2cash.billing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.lead2cash.platform.testing.LayeringContract;
import io.lead2cash.platform.testing.SuiteRules;
import org.junit.jupiter.api.Test;

/**
 * The billing-service keeps the house layering: api over domain, messaging over domain, entities never in the API; and
 * its subdomains build one way: credit notes on invoices, invoices on orders, orders on customers, access and the
 * documents' shared bases.
 */
class ArchitectureTest extends LayeringContract {

    private static final String DOMAIN = "io.lead2cash.billing.domain.";

    @Override
    protected String servicePackage() {
        return "io.lead2cash.billing";
    }

    private static JavaClasses billing() {
        return SuiteRules.mainClasses("io.lead2cash.billing");
    }

    @Test
    void aDocumentIsBuiltFromWhatItCopiesNeverTheOtherWay() {
        noClasses().that().resideInAnyPackage(DOMAIN + "document..", DOMAIN + "access..", DOMAIN + "customer..",
                        DOMAIN + "order..")
                .should().dependOnClassesThat().resideInAnyPackage(DOMAIN + "invoice..", DOMAIN + "creditnote..")
                .because("an invoice is made from its order (which reaches it through the OrderInvoicing port) and a "
                        + "deal's documents follow it on OpportunityChangedHands")
                .check(billing());
        noClasses().that().resideInAPackage(DOMAIN + "invoice..")
                .should().dependOnClassesThat().resideInAPackage(DOMAIN + "creditnote..")
                .because("a credit note is made from its invoice and tells it the amount it took off")
                .check(billing());
    }

    @Test
    void whatOrdersBuildOnKnowsNothingOfThem() {
        noClasses().that().resideInAnyPackage(DOMAIN + "document..", DOMAIN + "access..", DOMAIN + "customer..")
                .should().dependOnClassesThat().resideInAPackage(DOMAIN + "order..")
                .because("documents' bases, access and customers serve every kind of document")
                .check(billing());
        noClasses().that().resideInAnyPackage(DOMAIN + "document..", DOMAIN + "customer..")
                .should().dependOnClassesThat().resideInAPackage(DOMAIN + "access..")
                .because("access builds on the documents' bases, not the other way")
                .check(billing());
    }
}
