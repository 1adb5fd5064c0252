package io.lead2cash.events.catalog;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An active product was put Under Revision. */
@EventContract(type = "lead2cash.product.revised.v1", topic = Topics.CATALOG, aggregate = "product", summary = "An active product was put Under Revision.")
public record ProductRevised(UUID eventId, Instant occurredAt, ProductData product) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return product.id();
    }
}
