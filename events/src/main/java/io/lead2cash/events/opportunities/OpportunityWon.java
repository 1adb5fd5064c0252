package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An opportunity was won, with its actual revenue and close date. */
@EventContract(type = "lead2cash.opportunity.won.v1", topic = Topics.OPPORTUNITIES, aggregate = "opportunity", summary = "An opportunity was won, with its actual revenue and close date.")
public record OpportunityWon(UUID eventId, Instant occurredAt, OpportunityData opportunity) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return opportunity.id();
    }
}
