package io.lead2cash.events.opportunities;

import io.lead2cash.events.Money;
import io.lead2cash.events.leads.OpportunityRequest.CustomerType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A quote's header as it stands after the event: customer, currency, discounts and totals. */
public record QuoteData(
        UUID id,
        String quoteNumber,
        int revisionNumber,
        String name,
        UUID opportunityId,
        CustomerType customerType,
        UUID customerId,
        String customerName,
        String ownerId,
        String owningTeam,
        UUID priceListId,
        String currency,
        Money detailAmount,
        BigDecimal discountPercentage,
        Money discountAmount,
        Money totalDiscount,
        Money preFreightAmount,
        Money freight,
        Money totalTax,
        Money totalAmount,
        QuoteState state,
        QuoteStatusReason statusReason,
        UUID revisedFromId,
        Instant createdAt,
        Instant modifiedAt) {
}
