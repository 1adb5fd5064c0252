package io.lead2cash.events;

/** The Kafka topics of the suite: one per publishing service, every record keyed by its aggregate id. */
public final class Topics {

    /** Leads, accounts and contacts (leads-service). */
    public static final String LEADS = "lead2cash.leads";
    /** Products, price lists and discount lists (catalog-service). */
    public static final String CATALOG = "lead2cash.catalog";
    /** Opportunities and quotes (opportunity-service). */
    public static final String OPPORTUNITIES = "lead2cash.opportunities";
    /** Orders and invoices (billing-service). */
    public static final String BILLING = "lead2cash.billing";

    private Topics() {
    }

    /** Where a consumer parks the messages it could not process after its retries. */
    public static String deadLetterTopic(String consumerGroup) {
        return consumerGroup + ".dead-letter";
    }
}
