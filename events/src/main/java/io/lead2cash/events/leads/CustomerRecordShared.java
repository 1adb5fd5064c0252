package io.lead2cash.events.leads;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import io.lead2cash.events.ShareAccess;
import io.lead2cash.events.SharePrincipalType;
import java.time.Instant;
import java.util.UUID;

/** A lead, account or contact was shared with a user or team, or the access of a share changed. */
@EventContract(type = "lead2cash.customer-record.shared.v1", topic = Topics.LEADS, aggregate = "lead, account or contact", summary = "A lead, account or contact was shared with a user or team, or the access of a share changed.")
public record CustomerRecordShared(UUID eventId, Instant occurredAt,
        @JsonPropertyDescription("lead, account or contact") String recordType, UUID recordId,
        SharePrincipalType principalType, String principalId, ShareAccess access, String grantedBy)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return recordId;
    }
}
