package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A draft quote was generated from an opportunity, or as the revision of another quote. */
@EventContract(type = "lead2cash.quote.created.v1", topic = Topics.OPPORTUNITIES, aggregate = "quote", summary = "A draft quote was generated from an opportunity, or as the revision of another quote.")
public record QuoteCreated(UUID eventId, Instant occurredAt, QuoteData quote) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return quote.id();
    }
}
