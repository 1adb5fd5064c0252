package io.lead2cash.opportunity.api.insight;

import java.util.List;
import io.lead2cash.events.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A forecast for a period: open revenue per category (by estimated close date), won revenue, quota. */
@Schema(name = "Forecast")
public record ForecastView(LocalDate from, LocalDate to, @Schema(nullable = true) String ownerId,
        @Schema(nullable = true) String owningTeam, String currency,
        Money pipeline, Money bestCase, Money committed, Money omitted, Money won,
        @Schema(description = "Won + committed + best case + pipeline; omitted is left out") Money total,
        @Schema(description = "The quotas set for periods inside this one, when an owner or team is named",
                nullable = true) Money quota,
        @Schema(description = "Won as a percentage of the quota", nullable = true) BigDecimal quotaAttainmentPercent,
        @Schema(description = "How many opportunities the figures cover") long opportunities,
        @Schema(description = "The open opportunities closing in the period per sales stage, with their average days "
                + "in the stage from the stage history") List<PipelineView.FunnelStage> byStage) {
}
