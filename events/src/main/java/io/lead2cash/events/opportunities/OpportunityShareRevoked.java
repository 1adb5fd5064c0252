package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.SharePrincipalType;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A user or team no longer shares an opportunity. */
@EventContract(type = "lead2cash.opportunity.share-revoked.v1", topic = Topics.OPPORTUNITIES, aggregate = "opportunity", summary = "A user or team no longer shares an opportunity.")
public record OpportunityShareRevoked(UUID eventId, Instant occurredAt, UUID opportunityId, SharePrincipalType principalType, String principalId, String revokedBy) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return opportunityId;
    }
}
