package io.lead2cash.events.opportunities;

import io.lead2cash.events.ProductLineData;
import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The customer accepted a quote (it is Won and its opportunity Won with the quote's total): everything billing
 * needs to open the order — customer, priced lines, totals, currency, quote and opportunity ids.
 */
@EventContract(type = "lead2cash.quote.accepted.v1", topic = Topics.OPPORTUNITIES, aggregate = "quote",
        summary = "The customer accepted a quote; carries the customer, priced lines and totals billing turns into an order.")
public record QuoteAccepted(UUID eventId, Instant occurredAt, QuoteData quote, List<ProductLineData> lines)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return quote.id();
    }
}
