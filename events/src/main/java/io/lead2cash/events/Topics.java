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

    /** Every topic of the suite. */
    public static final java.util.List<String> ALL = java.util.List.of(LEADS, CATALOG, OPPORTUNITIES, BILLING);

    private Topics() {
    }

    /**
     * The CloudEvents {@code ce_source} of the one service that publishes a topic, e.g. {@code urn:lead2cash:leads-service};
     * consumers refuse an event on the topic that names another. Null for a topic that is not the suite's.
     */
    public static String publisher(String topic) {
        return switch (topic) {
            case LEADS -> "urn:lead2cash:leads-service";
            case CATALOG -> "urn:lead2cash:catalog-service";
            case OPPORTUNITIES -> "urn:lead2cash:opportunity-service";
            case BILLING -> "urn:lead2cash:billing-service";
            default -> null;
        };
    }

    /** Where a consumer parks the messages it could not process after its retries. */
    public static String deadLetterTopic(String consumerGroup) {
        return consumerGroup + ".dead-letter";
    }
}
