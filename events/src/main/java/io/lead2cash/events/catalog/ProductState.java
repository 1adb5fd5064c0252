package io.lead2cash.events.catalog;

/** A product's life: only Active (and Under Revision) products can be priced. */
public enum ProductState {
    DRAFT, ACTIVE, UNDER_REVISION, RETIRED
}
