package io.lead2cash.events.catalog;

/** How a price list item derives its price per unit. */
public enum PricingMethod {
    CURRENCY_AMOUNT, PERCENT_OF_LIST, MARKUP_CURRENT_COST, MARGIN_CURRENT_COST, MARKUP_STANDARD_COST, MARGIN_STANDARD_COST
}
