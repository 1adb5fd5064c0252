package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** Sales literature was given to the customer of an opportunity. */
@EventContract(type = "lead2cash.opportunity.sales-literature-given.v1", topic = Topics.OPPORTUNITIES, aggregate = "opportunity", summary = "Sales literature was given to the customer of an opportunity.")
public record SalesLiteratureGiven(UUID eventId, Instant occurredAt, UUID opportunityId, SalesLiteratureData literature, String givenBy) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return opportunityId;
    }
}
