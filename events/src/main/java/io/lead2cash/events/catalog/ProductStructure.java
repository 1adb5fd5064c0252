package io.lead2cash.events.catalog;

/** How a product is built: a product, a family grouping products, or a bundle of products. */
public enum ProductStructure {
    PRODUCT, FAMILY, BUNDLE
}
