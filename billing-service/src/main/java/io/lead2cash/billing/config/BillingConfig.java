package io.lead2cash.billing.config;

import io.lead2cash.billing.domain.order.BillingPolicy;
import io.lead2cash.events.billing.PaymentTerms;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The billing settings, {@code lead2cash.billing.*}: the default payment terms (LEAD2CASH_BILLING_PAYMENT_TERMS) and
 * the seller printed on invoices. The domain sees only its {@link BillingPolicy} side.
 */
@ConfigMapping(prefix = "lead2cash.billing")
public interface BillingConfig extends BillingPolicy {

    /** {@code lead2cash.billing.payment-terms}: DUE_ON_RECEIPT, NET_15, NET_30, NET_45 or NET_60. */
    @Override
    @WithDefault("NET_30")
    PaymentTerms paymentTerms();

    /** {@code lead2cash.billing.seller.*}. */
    Seller seller();
}
