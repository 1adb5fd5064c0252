package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A competitor was named on or removed from an opportunity; carries every competitor it now names. */
@EventContract(type = "lead2cash.opportunity.competitors-changed.v1", topic = Topics.OPPORTUNITIES, aggregate = "opportunity", summary = "A competitor was named on or removed from an opportunity; carries every competitor it now names.")
public record OpportunityCompetitorsChanged(UUID eventId, Instant occurredAt, UUID opportunityId, List<CompetitorData> competitors) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return opportunityId;
    }
}
