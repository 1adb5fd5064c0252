package io.lead2cash.events.catalog;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A product became Active: it can be priced and sold. */
@EventContract(type = "lead2cash.product.published.v1", topic = Topics.CATALOG, aggregate = "product", summary = "A product became Active: it can be priced and sold.")
public record ProductPublished(UUID eventId, Instant occurredAt, ProductData product) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return product.id();
    }
}
