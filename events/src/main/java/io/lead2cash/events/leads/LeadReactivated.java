package io.lead2cash.events.leads;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A disqualified lead was reopened. */
@EventContract(type = "lead2cash.lead.reactivated.v1", topic = Topics.LEADS, aggregate = "lead", summary = "A disqualified lead was reopened.")
public record LeadReactivated(UUID eventId, Instant occurredAt, LeadData lead) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return lead.id();
    }
}
