package io.lead2cash.events.catalog;

/** Which quantities of a product may be sold. */
public enum QuantitySellingOption {
    NO_CONTROL, WHOLE, WHOLE_AND_FRACTIONAL
}
