package io.lead2cash.events.opportunities;

/**
 * The kinds of record an activity or note may regard, as Dataverse's regarding lookup allows: the customer records,
 * the deal and its documents. Each is named as its API collection is ({@code leads}, {@code invoices}, ...).
 */
public enum RegardingType {
    LEAD("leads"), ACCOUNT("accounts"), CONTACT("contacts"), OPPORTUNITY("opportunities"), QUOTE("quotes"),
    ORDER("orders"), INVOICE("invoices");

    private final String collection;

    RegardingType(String collection) {
        this.collection = collection;
    }

    /** The API collection of such records, e.g. {@code leads}. */
    public String collection() {
        return collection;
    }
}
