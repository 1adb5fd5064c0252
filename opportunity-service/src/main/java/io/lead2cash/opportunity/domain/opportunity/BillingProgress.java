package io.lead2cash.opportunity.domain.opportunity;

import io.lead2cash.events.Money;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** What billing reported of a won opportunity: how much is invoiced (net of canceled invoices) and how much is paid. */
@Embeddable
public class BillingProgress {

    public BigDecimal invoicedAmount = BigDecimal.ZERO;
    public BigDecimal paidAmount = BigDecimal.ZERO;

    /** Billing invoiced (or, negative, canceled an invoice of) this much of the deal, in the deal's currency. */
    void invoiced(Money amount, String currency) {
        invoicedAmount = invoicedAmount.add(inCurrency(amount, currency));
    }

    /** The customer paid this much against the deal's invoices. */
    void paid(Money amount, String currency) {
        paidAmount = paidAmount.add(inCurrency(amount, currency));
    }

    private static BigDecimal inCurrency(Money amount, String currency) {
        if (!currency.equals(amount.currency())) {
            throw new IllegalArgumentException("Billing reported " + amount.currency() + " on a deal in " + currency);
        }
        return amount.amount();
    }
}
