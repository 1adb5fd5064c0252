package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An active quote was closed as Revised; a new draft with the next revision number replaces it. */
@EventContract(type = "lead2cash.quote.revised.v1", topic = Topics.OPPORTUNITIES, aggregate = "quote", summary = "An active quote was closed as Revised; a new draft with the next revision number replaces it.")
public record QuoteRevised(UUID eventId, Instant occurredAt, QuoteData quote) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return quote.id();
    }
}
