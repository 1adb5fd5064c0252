package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A draft quote was activated: it is read-only and can be given to the customer. */
@EventContract(type = "lead2cash.quote.activated.v1", topic = Topics.OPPORTUNITIES, aggregate = "quote", summary = "A draft quote was activated: it is read-only and can be given to the customer.")
public record QuoteActivated(UUID eventId, Instant occurredAt, QuoteData quote) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return quote.id();
    }
}
