package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user joined or left an opportunity's sales team, or changed role there; carries the whole team. */
@EventContract(type = "lead2cash.opportunity.sales-team-changed.v1", topic = Topics.OPPORTUNITIES, aggregate = "opportunity", summary = "A user joined or left an opportunity's sales team, or changed role there; carries the whole team.")
public record OpportunitySalesTeamChanged(UUID eventId, Instant occurredAt, UUID opportunityId, List<SalesTeamMemberData> members) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return opportunityId;
    }
}
