package io.lead2cash.events.billing;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.lead2cash.events.CustomerReference;
import io.lead2cash.events.PostalAddress;
import io.lead2cash.events.PricedTotals;
import java.time.Instant;
import java.util.UUID;

/** A sales order's header as it stands after the event: where it came from, customer, totals and state. */
public record OrderData(
        UUID id,
        String orderNumber,
        UUID quoteId,
        String quoteNumber,
        UUID opportunityId,
        @JsonUnwrapped CustomerReference customer,
        @JsonPropertyDescription("Where the customer is billed, from the account when the order was opened")
        PostalAddress billTo,
        String ownerId,
        String owningTeam,
        UUID priceListId,
        String currency,
        boolean pricesLocked,
        PaymentTerms paymentTerms,
        @JsonUnwrapped PricedTotals totals,
        OrderState state,
        OrderStatusReason statusReason,
        String cancelReason,
        Instant fulfilledAt,
        Instant createdAt,
        Instant modifiedAt) {
}
