package io.lead2cash.billing.domain;

import io.lead2cash.events.billing.PaymentTerms;
import io.lead2cash.platform.domain.PricedRecord;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * An order or an invoice: a priced record under an order number, from a quote and opportunity when it came from one.
 * Who may read it follows its opportunity (see {@link OpportunityVisibility#readable}).
 */
@MappedSuperclass
public abstract class BillingDocument extends PricedRecord {

    public String orderNumber;
    public UUID quoteId;
    public UUID opportunityId;

    @Enumerated(EnumType.STRING)
    public PaymentTerms paymentTerms;
}
