package io.lead2cash.leads.domain;

/** The organisation's sales settings qualifying a lead relies on, whoever supplies them (see config/). */
public interface SalesPolicy {

    /** ISO 4217 currency of an opportunity asked for by a lead that names none: the organisation's base currency. */
    String baseCurrency();
}
