package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An opportunity was opened, directly or from a qualified lead. */
@EventContract(type = "lead2cash.opportunity.created.v1", topic = Topics.OPPORTUNITIES, aggregate = "opportunity", summary = "An opportunity was opened, directly or from a qualified lead.")
public record OpportunityCreated(UUID eventId, Instant occurredAt, OpportunityData opportunity) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return opportunity.id();
    }
}
