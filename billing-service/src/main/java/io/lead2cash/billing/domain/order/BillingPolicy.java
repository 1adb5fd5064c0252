package io.lead2cash.billing.domain.order;

import io.lead2cash.events.billing.PaymentTerms;

/** The settings billing runs with, whoever supplies them (the service's configuration, see config/). */
public interface BillingPolicy {

    /** The payment terms of an order that names none: every order from a quote, a direct one left without. */
    PaymentTerms paymentTerms();
}
