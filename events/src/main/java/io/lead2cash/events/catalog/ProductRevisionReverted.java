package io.lead2cash.events.catalog;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A revision was abandoned: the product is Active again as it was. */
@EventContract(type = "lead2cash.product.revision-reverted.v1", topic = Topics.CATALOG, aggregate = "product", summary = "A revision was abandoned: the product is Active again as it was.")
public record ProductRevisionReverted(UUID eventId, Instant occurredAt, ProductData product) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return product.id();
    }
}
