package io.lead2cash.billing.api;

import io.lead2cash.events.CustomerType;
import io.lead2cash.events.Money;
import io.lead2cash.platform.api.AddressView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A credit note's header; its lines are at /api/credit-notes/{id}/lines. Amounts are positive: they are credited. */
@Schema(name = "CreditNote")
public record CreditNoteView(UUID id, String creditNoteNumber, UUID invoiceId, String invoiceNumber, UUID orderId,
        String orderNumber, @Schema(nullable = true) UUID opportunityId, CustomerType customerType, UUID customerId,
        @Schema(nullable = true) String customerName, @Schema(nullable = true) AddressView billTo, String ownerId,
        @Schema(nullable = true) String owningTeam, String currency, LocalDate issueDate, String reason,
        @Schema(description = "True when it credited all that was left of the invoice") boolean fullCredit,
        String issuedBy, Money detailAmount, BigDecimal discountPercentage, Money discountAmount, Money totalDiscount,
        Money preFreightAmount, Money freight, Money totalTax, Money totalAmount, Instant createdAt, long version) {
}
