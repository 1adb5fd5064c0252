package io.lead2cash.events.leads;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import io.lead2cash.events.SharePrincipalType;
import java.time.Instant;
import java.util.UUID;

/** The share of a lead, account or contact with a user or team was revoked. */
@EventContract(type = "lead2cash.customer-record.share-revoked.v1", topic = Topics.LEADS, aggregate = "lead, account or contact", summary = "The share of a lead, account or contact with a user or team was revoked.")
public record CustomerRecordShareRevoked(UUID eventId, Instant occurredAt,
        @JsonPropertyDescription("lead, account or contact") String recordType, UUID recordId,
        SharePrincipalType principalType, String principalId, String revokedBy) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return recordId;
    }
}
