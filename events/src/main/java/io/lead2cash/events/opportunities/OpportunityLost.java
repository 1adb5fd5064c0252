package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An opportunity was lost (canceled or out-sold, optionally to a named competitor). */
@EventContract(type = "lead2cash.opportunity.lost.v1", topic = Topics.OPPORTUNITIES, aggregate = "opportunity", summary = "An opportunity was lost (canceled or out-sold, optionally to a named competitor).")
public record OpportunityLost(UUID eventId, Instant occurredAt, OpportunityData opportunity) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return opportunity.id();
    }
}
