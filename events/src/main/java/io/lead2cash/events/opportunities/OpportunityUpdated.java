package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An open opportunity's details, stage, forecast category or status reason changed. */
@EventContract(type = "lead2cash.opportunity.updated.v1", topic = Topics.OPPORTUNITIES, aggregate = "opportunity", summary = "An open opportunity's details, stage, forecast category or status reason changed.")
public record OpportunityUpdated(UUID eventId, Instant occurredAt, OpportunityData opportunity) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return opportunity.id();
    }
}
