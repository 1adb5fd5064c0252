package io.lead2cash.opportunity.api.opportunity;

import io.lead2cash.events.Money;
import io.lead2cash.events.CustomerType;
import io.lead2cash.events.Rating;
import io.lead2cash.events.opportunities.ForecastCategory;
import io.lead2cash.events.opportunities.OpportunityState;
import io.lead2cash.events.opportunities.OpportunityStatusReason;
import io.lead2cash.events.opportunities.SalesStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An opportunity as the API shows it. */
@Schema(name = "Opportunity")
public record OpportunityView(UUID id, String topic, CustomerType customerType, UUID customerId,
        @Schema(nullable = true) String customerName, @Schema(nullable = true) UUID originatingLeadId, String ownerId,
        @Schema(nullable = true) String owningTeam, @Schema(nullable = true) UUID priceListId, String currency,
        @Schema(nullable = true) Money estimatedRevenue, boolean revenueSystemCalculated,
        @Schema(nullable = true) LocalDate estimatedCloseDate, @Schema(nullable = true) Integer probability,
        @Schema(nullable = true) Rating rating, SalesStage salesStage,
        @Schema(description = "When it entered its sales stage") Instant stageEnteredAt,
        ForecastCategory forecastCategory, OpportunityState state, OpportunityStatusReason statusReason,
        @Schema(nullable = true) String description, @Schema(nullable = true) String customerNeed,
        @Schema(nullable = true) String proposedSolution, @Schema(nullable = true) Money actualRevenue,
        @Schema(nullable = true) LocalDate actualCloseDate, @Schema(nullable = true) String closeDescription,
        @Schema(nullable = true) String winningCompetitor, @Schema(nullable = true) UUID winningCompetitorId,
        @Schema(description = "Invoiced by billing so far (invoices not canceled)") Money invoicedAmount,
        @Schema(description = "Paid by the customer so far") Money paidAmount, Instant createdAt, Instant modifiedAt, long version) {
}
