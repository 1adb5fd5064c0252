package io.lead2cash.events.catalog;

/** Whether a discount list's bands give an amount or a percentage off per unit. */
public enum DiscountType {
    AMOUNT, PERCENTAGE
}
