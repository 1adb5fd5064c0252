package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** Sales literature's name, type, documents or expiration date changed. */
@EventContract(type = "lead2cash.sales-literature.updated.v1", topic = Topics.OPPORTUNITIES, aggregate = "sales-literature", summary = "Sales literature's name, type, documents or expiration date changed.")
public record SalesLiteratureUpdated(UUID eventId, Instant occurredAt, SalesLiteratureData literature) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return literature.id();
    }
}
