package io.lead2cash.billing.api;

import io.lead2cash.events.CustomerType;
import io.lead2cash.events.Money;
import io.lead2cash.events.billing.OrderState;
import io.lead2cash.events.billing.OrderStatusReason;
import io.lead2cash.events.billing.PaymentTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sales order's header; its lines are at /api/orders/{id}/lines. */
@Schema(name = "Order")
public record OrderView(UUID id, String orderNumber, UUID quoteId, String quoteNumber, UUID opportunityId,
        CustomerType customerType, UUID customerId, String customerName, String ownerId, String owningTeam, UUID priceListId,
        String currency, boolean pricesLocked, PaymentTerms paymentTerms, Money detailAmount, BigDecimal discountPercentage,
        Money discountAmount, Money totalDiscount, Money preFreightAmount, Money freight, Money totalTax, Money totalAmount,
        OrderState state, OrderStatusReason statusReason, String cancelReason, Instant fulfilledAt, Instant createdAt,
        Instant modifiedAt, long version) {
}
