package io.lead2cash.events.catalog;

/** What a rounded price is rounded to: a multiple of an amount, or a price that ends in an amount. */
public enum RoundingOption {
    MULTIPLE_OF, ENDS_IN
}
