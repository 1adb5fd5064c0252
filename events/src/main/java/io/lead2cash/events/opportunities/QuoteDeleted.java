package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A draft quote was deleted, with its lines; it carries the draft as it was. */
@EventContract(type = "lead2cash.quote.deleted.v1", topic = Topics.OPPORTUNITIES, aggregate = "quote",
        summary = "A draft quote was deleted, with its lines (only drafts can be: an offered quote is closed instead).")
public record QuoteDeleted(UUID eventId, Instant occurredAt, QuoteData quote) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return quote.id();
    }
}
