package io.lead2cash.billing.api;

import io.lead2cash.platform.api.AddressView;
import io.lead2cash.events.CustomerType;
import io.lead2cash.events.Money;
import io.lead2cash.events.billing.InvoiceState;
import io.lead2cash.events.billing.InvoiceStatusReason;
import io.lead2cash.events.billing.PaymentTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An invoice's header; its lines, payments and refunds are at /api/invoices/{id}/lines, /payments and /refunds. */
@Schema(name = "Invoice")
public record InvoiceView(UUID id, String invoiceNumber, UUID orderId, String orderNumber,
        @Schema(nullable = true) UUID quoteId, @Schema(nullable = true) UUID opportunityId, CustomerType customerType,
        UUID customerId, @Schema(nullable = true) String customerName,
        @Schema(nullable = true, description = "The customer's address, from the order") AddressView billTo, String ownerId,
        @Schema(nullable = true) String owningTeam, String currency,
        LocalDate invoiceDate, LocalDate dueDate, PaymentTerms paymentTerms, Money detailAmount, BigDecimal discountPercentage,
        Money discountAmount, Money totalDiscount, Money preFreightAmount, Money freight, Money totalTax, Money totalAmount,
        Money amountPaid, @Schema(description = "What credit notes took off the total") Money creditedAmount,
        Money amountDue,
        @Schema(description = "What was paid back to the customer") Money refundedAmount,
        @Schema(description = "What the customer is owed back: paid and credited beyond the total, less refunds")
        Money refundDue, InvoiceState state, InvoiceStatusReason statusReason, Instant createdAt,
        Instant modifiedAt, long version) {
}
