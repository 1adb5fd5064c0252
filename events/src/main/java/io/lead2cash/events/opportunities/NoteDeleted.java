package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A note (and its file) was deleted with the record it regarded (a draft quote); it carries the note as it was. */
@EventContract(type = "lead2cash.note.deleted.v1", topic = Topics.OPPORTUNITIES, aggregate = "note",
        summary = "A note and its file were deleted with the record they regarded (a deleted draft quote); it carries the note as it was.")
public record NoteDeleted(UUID eventId, Instant occurredAt, NoteData note) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return note.id();
    }
}
