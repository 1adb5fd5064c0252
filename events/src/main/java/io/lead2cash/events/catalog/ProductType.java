package io.lead2cash.events.catalog;

/** What is sold, as Dynamics 365 classifies it. */
public enum ProductType {
    SALES_INVENTORY, MISCELLANEOUS_CHARGE, SERVICE, FLAT_FEE
}
