package io.lead2cash.platform.domain;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The organisation's pricing settings, the same in every service that prices a line (catalog, opportunity, billing),
 * whoever supplies them ({@code config.PricingSettings}: {@code lead2cash.pricing.*}).
 */
public interface PricingPolicy {

    /**
     * Dataverse's pricing decimal precision: the decimals a price per unit and a volume discount per unit keep, 0 to 4
     * (amounts keep their currency's). Quantity x price is then rounded to the currency to make a line's amount.
     */
    int priceDecimals();

    /**
     * The roles holding Dynamics 365's "Override pricing" privilege: they may set a catalog product's price on a line,
     * and give a manual discount beyond {@link #freeDiscountPercent()} of its amount.
     */
    Set<String> overrideRoles();

    /** The share of a catalog line's amount, in percent, that whoever may change the line may give as manual discount. */
    BigDecimal freeDiscountPercent();
}
