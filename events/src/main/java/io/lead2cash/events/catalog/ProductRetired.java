package io.lead2cash.events.catalog;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A product was retired: it can no longer be priced. */
@EventContract(type = "lead2cash.product.retired.v1", topic = Topics.CATALOG, aggregate = "product", summary = "A product was retired: it can no longer be priced.")
public record ProductRetired(UUID eventId, Instant occurredAt, ProductData product) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return product.id();
    }
}
