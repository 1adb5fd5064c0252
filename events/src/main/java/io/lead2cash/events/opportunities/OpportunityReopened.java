package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A won or lost opportunity was reopened. */
@EventContract(type = "lead2cash.opportunity.reopened.v1", topic = Topics.OPPORTUNITIES, aggregate = "opportunity", summary = "A won or lost opportunity was reopened.")
public record OpportunityReopened(UUID eventId, Instant occurredAt, OpportunityData opportunity) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return opportunity.id();
    }
}
