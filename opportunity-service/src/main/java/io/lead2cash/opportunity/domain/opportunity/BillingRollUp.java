package io.lead2cash.opportunity.domain.opportunity;

import io.lead2cash.events.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jboss.logging.Logger;

/**
 * What billing invoiced and the customer paid, rolled up on the won deal, in the consumer's transaction. Orders
 * made without an opportunity name none and change nothing here.
 */
@ApplicationScoped
public class BillingRollUp {

    private static final Logger LOG = Logger.getLogger(BillingRollUp.class);

    /** Billing invoiced this much of the deal (negative: it canceled an invoice). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void invoiced(UUID opportunityId, Money amount, String what) {
        rollUp(opportunityId, (o, money) -> o.billing.invoiced(money, o.currency), amount, what);
    }

    /** The customer paid this much against the deal's invoices (negative: it was paid back a refund). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void paid(UUID opportunityId, Money amount, String what) {
        rollUp(opportunityId, (o, money) -> o.billing.paid(money, o.currency), amount, what);
    }

    private static void rollUp(UUID opportunityId, BiConsumer<Opportunity, Money> figure, Money amount, String what) {
        if (opportunityId == null) {
            return;
        }
        Opportunity opportunity = OpportunityService.find(opportunityId);
        figure.accept(opportunity, amount);
        LOG.debugf("Opportunity %s: %s; invoiced %s, paid %s %s", opportunityId, what,
                opportunity.billing.invoicedAmount.toPlainString(), opportunity.billing.paidAmount.toPlainString(), opportunity.currency);
    }
}
