package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A quote went to another owner and team with its opportunity; the previous owner no longer sees it unless shared. */
@EventContract(type = "lead2cash.quote.assigned.v1", topic = Topics.OPPORTUNITIES, aggregate = "quote",
        summary = "A quote went to another owner and team with its opportunity; previousOwnerId names who had it.")
public record QuoteAssigned(UUID eventId, Instant occurredAt, QuoteData quote, String previousOwnerId) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return quote.id();
    }
}
