package io.lead2cash.events.catalog;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A product, family or bundle was created (as a draft) or cloned. */
@EventContract(type = "lead2cash.product.created.v1", topic = Topics.CATALOG, aggregate = "product", summary = "A product, family or bundle was created (as a draft) or cloned.")
public record ProductCreated(UUID eventId, Instant occurredAt, ProductData product) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return product.id();
    }
}
