package io.lead2cash.leads.config;

import io.lead2cash.leads.domain.SalesPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The organisation's sales defaults ({@code lead2cash.*}, e.g. LEAD2CASH_BASE_CURRENCY): what qualifying a lead
 * assumes where the lead says nothing. The domain sees only its {@link SalesPolicy} side.
 */
@ConfigMapping(prefix = "lead2cash")
public interface SalesDefaults extends SalesPolicy {

    @Override
    @WithDefault("USD")
    String baseCurrency();
}
