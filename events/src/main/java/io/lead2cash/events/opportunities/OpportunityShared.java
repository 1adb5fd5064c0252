package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.ShareAccess;
import io.lead2cash.events.SharePrincipalType;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An opportunity (and its quotes) was shared with a user or team, or the access of a share changed. */
@EventContract(type = "lead2cash.opportunity.shared.v1", topic = Topics.OPPORTUNITIES, aggregate = "opportunity", summary = "An opportunity (and its quotes) was shared with a user or team, or the access of a share changed.")
public record OpportunityShared(UUID eventId, Instant occurredAt, UUID opportunityId, SharePrincipalType principalType, String principalId, ShareAccess access, String grantedBy) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return opportunityId;
    }
}
