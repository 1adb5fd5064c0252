package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A competitor's name, website, strengths or weaknesses changed. */
@EventContract(type = "lead2cash.competitor.updated.v1", topic = Topics.OPPORTUNITIES, aggregate = "competitor", summary = "A competitor's name, website, strengths or weaknesses changed.")
public record CompetitorUpdated(UUID eventId, Instant occurredAt, CompetitorData competitor) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return competitor.id();
    }
}
