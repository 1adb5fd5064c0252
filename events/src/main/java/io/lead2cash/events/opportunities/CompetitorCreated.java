package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A competitor was recorded. */
@EventContract(type = "lead2cash.competitor.created.v1", topic = Topics.OPPORTUNITIES, aggregate = "competitor", summary = "A competitor was recorded.")
public record CompetitorCreated(UUID eventId, Instant occurredAt, CompetitorData competitor) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return competitor.id();
    }
}
