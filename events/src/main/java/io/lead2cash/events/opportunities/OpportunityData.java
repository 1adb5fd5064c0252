package io.lead2cash.events.opportunities;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.lead2cash.events.CustomerReference;
import io.lead2cash.events.Money;
import io.lead2cash.events.Rating;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An opportunity as it stands after the event. */
public record OpportunityData(
        UUID id,
        String topic,
        @JsonUnwrapped CustomerReference customer,
        UUID originatingLeadId,
        String ownerId,
        String owningTeam,
        UUID priceListId,
        String currency,
        Money estimatedRevenue,
        LocalDate estimatedCloseDate,
        Integer probability,
        Rating rating,
        SalesStage salesStage,
        ForecastCategory forecastCategory,
        OpportunityState state,
        OpportunityStatusReason statusReason,
        Money actualRevenue,
        LocalDate actualCloseDate,
        String winningCompetitor,
        UUID winningCompetitorId,
        Instant createdAt,
        Instant modifiedAt) {
}
