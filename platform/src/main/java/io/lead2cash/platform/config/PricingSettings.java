package io.lead2cash.platform.config;

import io.lead2cash.platform.domain.PricingPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.Set;

/**
 * {@code lead2cash.pricing.*} (e.g. LEAD2CASH_PRICING_PRICE_DECIMALS): the pricing settings every service applies
 * alike; checked at start, so a service does not run with a precision Dataverse would not accept.
 */
@ConfigMapping(prefix = "lead2cash.pricing")
public interface PricingSettings extends PricingPolicy {

    @Override
    @WithDefault("2")
    @Min(value = 0, message = "must be between 0 and 4 (Dataverse's pricing decimal precision)")
    @Max(value = 4, message = "must be between 0 and 4 (Dataverse's pricing decimal precision)")
    int priceDecimals();

    @Override
    @WithDefault("sales-manager,admin,price-override")
    Set<String> overrideRoles();

    @Override
    @WithDefault("10")
    @DecimalMin(value = "0", message = "must be between 0 and 100")
    @DecimalMax(value = "100", message = "must be between 0 and 100")
    BigDecimal freeDiscountPercent();
}
