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
        CustomerType customerType, UUID customerId, String customerName, String ownerId, String owningTeam,
        UUID priceListId, String currency, Money detailAmount, BigDecimal discountPercentage, Money discountAmount,
        Money totalDiscount, Money preFreightAmount, Money freight, Money totalTax, Money totalAmount, QuoteState state,
        QuoteStatusReason statusReason, UUID revisedFromId, Instant createdAt, Instant modifiedAt, long version) {
}
