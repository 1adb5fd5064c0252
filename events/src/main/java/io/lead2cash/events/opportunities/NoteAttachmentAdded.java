package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A file was attached to a note; carries its name, checked content type and size, not its bytes (read them at /api/notes/{id}/attachment). */
@EventContract(type = "lead2cash.note.attachment-added.v1", topic = Topics.OPPORTUNITIES, aggregate = "note",
        summary = "A file was attached to a note; carries its name, checked content type and size, not its bytes (read them at /api/notes/{id}/attachment).")
public record NoteAttachmentAdded(UUID eventId, Instant occurredAt, NoteData note) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return note.id();
    }
}
