package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A note was added to a record (lead, account, contact, opportunity, quote, order or invoice). */
@EventContract(type = "lead2cash.note.created.v1", topic = Topics.OPPORTUNITIES, aggregate = "note",
        summary = "A note was added to a record (lead, account, contact, opportunity, quote, order or invoice).")
public record NoteCreated(UUID eventId, Instant occurredAt, NoteData note) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return note.id();
    }
}
