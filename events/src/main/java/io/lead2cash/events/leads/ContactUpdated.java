package io.lead2cash.events.leads;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A contact's details were changed. */
@EventContract(type = "lead2cash.contact.updated.v1", topic = Topics.LEADS, aggregate = "contact", summary = "A contact's details were changed.")
public record ContactUpdated(UUID eventId, Instant occurredAt, ContactData contact) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return contact.id();
    }
}
