package io.lead2cash.opportunity.api.quote;

import io.lead2cash.events.Money;
import io.lead2cash.events.CustomerType;
import io.lead2cash.events.opportunities.QuoteState;
import io.lead2cash.events.opportunities.QuoteStatusReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quote's header and totals as the API shows them (its lines are at /api/quotes/{id}/lines). */
@Schema(name = "Quote")
public record QuoteView(UUID id, String quoteNumber, int revisionNumber, String name, UUID opportunityId,
        CustomerType customerType, UUID customerId, @Schema(nullable = true) String customerName, String ownerId,
        @Schema(nullable = true) String owningTeam, @Schema(nullable = true) UUID priceListId, String currency,
        Money detailAmount, @Schema(nullable = true) BigDecimal discountPercentage,
        @Schema(nullable = true) Money discountAmount, Money totalDiscount, Money preFreightAmount,
        @Schema(nullable = true) Money freight, Money totalTax, Money totalAmount, QuoteState state,
        QuoteStatusReason statusReason, @Schema(nullable = true) UUID revisedFromId, Instant createdAt,
        Instant modifiedAt, long version) {
}
