package io.lead2cash.events.catalog;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A draft or under-revision product's details changed. */
@EventContract(type = "lead2cash.product.updated.v1", topic = Topics.CATALOG, aggregate = "product", summary = "A draft or under-revision product's details changed.")
public record ProductUpdated(UUID eventId, Instant occurredAt, ProductData product) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return product.id();
    }
}
