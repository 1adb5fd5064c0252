package io.lead2cash.events.opportunities;

/** One document of sales literature: a title and where the customer can read or download it. */
public record SalesDocument(String title, String url) {
}
