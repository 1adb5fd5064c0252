package io.lead2cash.events.opportunities;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Documents or links for customers (brochures, price sheets, presentations), valid until an expiration date. */
public record SalesLiteratureData(UUID id, String name, SalesLiteratureType type, String subject, String description,
        LocalDate expirationDate, List<SalesDocument> documents, Instant createdAt, Instant modifiedAt) {
}
