package io.lead2cash.events.leads;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An open lead's details or status reason were changed. */
@EventContract(type = "lead2cash.lead.updated.v1", topic = Topics.LEADS, aggregate = "lead", summary = "An open lead's details or status reason were changed.")
public record LeadUpdated(UUID eventId, Instant occurredAt, LeadData lead) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return lead.id();
    }
}
