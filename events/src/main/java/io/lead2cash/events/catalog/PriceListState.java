package io.lead2cash.events.catalog;

/** Whether a price list may be used for pricing. */
public enum PriceListState {
    ACTIVE, INACTIVE
}
