package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** Sales literature (documents or links for customers) was published. */
@EventContract(type = "lead2cash.sales-literature.created.v1", topic = Topics.OPPORTUNITIES, aggregate = "sales-literature", summary = "Sales literature (documents or links for customers) was published.")
public record SalesLiteratureCreated(UUID eventId, Instant occurredAt, SalesLiteratureData literature) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return literature.id();
    }
}
