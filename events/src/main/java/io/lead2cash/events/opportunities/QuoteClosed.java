package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An active quote was closed as lost or canceled. */
@EventContract(type = "lead2cash.quote.closed.v1", topic = Topics.OPPORTUNITIES, aggregate = "quote", summary = "An active quote was closed as lost or canceled.")
public record QuoteClosed(UUID eventId, Instant occurredAt, QuoteData quote) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return quote.id();
    }
}
