package io.lead2cash.opportunity.api.opportunity;

import io.lead2cash.events.Money;
import io.lead2cash.events.CustomerType;
import io.lead2cash.events.leads.Rating;
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
public record OpportunityView(UUID id, String topic, CustomerType customerType, UUID customerId, String customerName,
        UUID originatingLeadId, String ownerId, String owningTeam, UUID priceListId, String currency,
        Money estimatedRevenue, boolean revenueSystemCalculated, LocalDate estimatedCloseDate, Integer probability, Rating rating, SalesStage salesStage,
        ForecastCategory forecastCategory, OpportunityState state, OpportunityStatusReason statusReason,
        String description, String customerNeed, String proposedSolution, Money actualRevenue, LocalDate actualCloseDate,
        String closeDescription, String winningCompetitor, UUID winningCompetitorId,
        @Schema(description = "Invoiced by billing so far (invoices not canceled)") Money invoicedAmount,
        @Schema(description = "Paid by the customer so far") Money paidAmount, Instant createdAt, Instant modifiedAt, long version) {
}
