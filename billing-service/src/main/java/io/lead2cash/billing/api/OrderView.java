package io.lead2cash.billing.api;

import io.lead2cash.platform.api.AddressView;
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
public record OrderView(UUID id, String orderNumber, @Schema(nullable = true) UUID quoteId,
        @Schema(nullable = true) String quoteNumber, @Schema(nullable = true) UUID opportunityId,
        CustomerType customerType, UUID customerId, @Schema(nullable = true) String customerName,
        @Schema(nullable = true, description = "The customer's address when the order was opened") AddressView billTo,
        String ownerId,
        @Schema(nullable = true) String owningTeam, @Schema(nullable = true) UUID priceListId,
        String currency, boolean pricesLocked, PaymentTerms paymentTerms, Money detailAmount, BigDecimal discountPercentage,
        Money discountAmount, Money totalDiscount, Money preFreightAmount, Money freight, Money totalTax, Money totalAmount,
        OrderState state, OrderStatusReason statusReason, @Schema(nullable = true) String cancelReason,
        @Schema(nullable = true) Instant submittedAt, @Schema(nullable = true) Instant fulfilledAt, Instant createdAt,
        Instant modifiedAt, long version) {
}
