package io.lead2cash.events.billing;

import io.lead2cash.events.Money;
import io.lead2cash.events.leads.OpportunityRequest.CustomerType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A sales order's header as it stands after the event: where it came from, customer, totals and state. */
public record OrderData(
        UUID id,
        String orderNumber,
        UUID quoteId,
        String quoteNumber,
        UUID opportunityId,
        CustomerType customerType,
        UUID customerId,
        String customerName,
        String ownerId,
        String owningTeam,
        UUID priceListId,
        String currency,
        boolean pricesLocked,
        PaymentTerms paymentTerms,
        Money detailAmount,
        BigDecimal discountPercentage,
        Money discountAmount,
        Money totalDiscount,
        Money preFreightAmount,
        Money freight,
        Money totalTax,
        Money totalAmount,
        OrderState state,
        OrderStatusReason statusReason,
        String cancelReason,
        Instant fulfilledAt,
        Instant createdAt,
        Instant modifiedAt) {
}
