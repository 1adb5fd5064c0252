package io.lead2cash.events.leads;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A lead was disqualified with a reason; it is read-only until reactivated. */
@EventContract(type = "lead2cash.lead.disqualified.v1", topic = Topics.LEADS, aggregate = "lead", summary = "A lead was disqualified with a reason; it is read-only until reactivated.")
public record LeadDisqualified(UUID eventId, Instant occurredAt, LeadData lead) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return lead.id();
    }
}
