package io.lead2cash.events.leads;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A contact was created, directly or by qualifying a lead. */
@EventContract(type = "lead2cash.contact.created.v1", topic = Topics.LEADS, aggregate = "contact", summary = "A contact was created, directly or by qualifying a lead.")
public record ContactCreated(UUID eventId, Instant occurredAt, ContactData contact) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return contact.id();
    }
}
