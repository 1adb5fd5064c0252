package io.lead2cash.billing.config;

import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The selling company as its invoices name it (LEAD2CASH_BILLING_SELLER_NAME, _ADDRESS, _TAX_ID, _EMAIL). */
public interface Seller {

    @WithDefault("Lead2Cash Demo Company")
    String name();

    /** Lines of the postal address, separated by '|'. */
    @WithDefault("1 Main Street|1000 Brussels|Belgium")
    String address();

    Optional<String> taxId();

    Optional<String> email();
}
