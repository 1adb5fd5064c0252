package io.lead2cash.opportunity.api.insight;

import java.math.BigDecimal;
import java.time.Instant;
import io.lead2cash.events.Money;
import io.lead2cash.events.Rating;
import io.lead2cash.events.opportunities.ForecastCategory;
import io.lead2cash.events.opportunities.SalesStage;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The pipeline chart: each open opportunity as a bubble (x = estimated close date, colour = rating or
 * probability, size = estimated revenue) and the funnel of revenue per sales stage, per currency.
 */
@Schema(name = "Pipeline")
public record PipelineView(List<Bubble> opportunities, List<FunnelStage> funnel) {

    /** One open opportunity. */
    @Schema(name = "PipelineOpportunity")
    public record Bubble(UUID id, String topic, @Schema(nullable = true) String customerName, String ownerId,
            @Schema(nullable = true) String owningTeam, @Schema(nullable = true) LocalDate estimatedCloseDate,
            @Schema(nullable = true) Integer probability, @Schema(nullable = true) Rating rating, SalesStage salesStage,
            @Schema(description = "When it entered its stage, from the stage history") Instant stageEnteredAt,
            ForecastCategory forecastCategory, @Schema(nullable = true) Money estimatedRevenue) {
    }

    /** A stage of the funnel in one currency. */
    @Schema(name = "FunnelStage")
    public record FunnelStage(SalesStage salesStage, String currency, long count, Money estimatedRevenue,
            @Schema(nullable = true, description = "How long, on average, these opportunities have been in the stage, "
                    + "from the stage history") BigDecimal averageDaysInStage) {
    }
}
