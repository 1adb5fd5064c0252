package io.lead2cash.events.opportunities;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.lead2cash.events.CustomerReference;
import io.lead2cash.events.PricedTotals;
import java.time.Instant;
import java.util.UUID;

/** A quote's header as it stands after the event: customer, currency, discounts and totals. */
public record QuoteData(
        UUID id,
        String quoteNumber,
        int revisionNumber,
        String name,
        UUID opportunityId,
        @JsonUnwrapped CustomerReference customer,
        String ownerId,
        String owningTeam,
        UUID priceListId,
        String currency,
        @JsonUnwrapped PricedTotals totals,
        QuoteState state,
        QuoteStatusReason statusReason,
        UUID revisedFromId,
        Instant createdAt,
        Instant modifiedAt) {
}
