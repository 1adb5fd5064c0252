package io.lead2cash.opportunity.api.insight;

import io.lead2cash.events.Money;
import io.lead2cash.events.opportunities.ForecastCategory;
import io.lead2cash.opportunity.domain.insight.SalesInsight;
import io.lead2cash.opportunity.domain.insight.SalesQuota;

/** Maps the pipeline, the forecast and quotas from the domain to the API's records. */
public final class InsightMapper {

    private InsightMapper() {
    }

    public static PipelineView view(SalesInsight.Pipeline pipeline) {
        return new PipelineView(pipeline.opportunities().stream().map(o -> new PipelineView.Bubble(o.id, o.topic,
                o.customerName, o.ownerId, o.owningTeam, o.estimatedCloseDate, o.probability, o.rating, o.stage.salesStage,
                o.stage.stageEnteredAt, o.forecastCategory, o.money(o.estimatedRevenue))).toList(),
                pipeline.funnel().stream().map(InsightMapper::view).toList());
    }

    static PipelineView.FunnelStage view(SalesInsight.FunnelStage f) {
        return new PipelineView.FunnelStage(f.stage(), f.currency(), f.count(),
                new Money(f.estimatedRevenue(), f.currency()).atCurrencyScale(), f.averageDaysInStage());
    }

    static ForecastView view(SalesInsight.Forecast f) {
        String currency = f.currency();
        return new ForecastView(f.from(), f.to(), f.ownerId(), f.owningTeam(), currency,
                Money.ofNullable(f.byCategory().get(ForecastCategory.PIPELINE), currency),
                Money.ofNullable(f.byCategory().get(ForecastCategory.BEST_CASE), currency),
                Money.ofNullable(f.byCategory().get(ForecastCategory.COMMITTED), currency),
                Money.ofNullable(f.byCategory().get(ForecastCategory.OMITTED), currency), Money.ofNullable(f.won(), currency),
                Money.ofNullable(f.total(), currency), Money.ofNullable(f.quota(), currency),
                f.quotaAttainmentPercent(), f.opportunities(), f.byStage().stream().map(InsightMapper::view).toList());
    }

    static QuotaView view(SalesQuota quota) {
        return new QuotaView(quota.id, quota.ownerId, quota.owningTeam, quota.periodStart, quota.periodEnd,
                Money.ofNullable(quota.amount, quota.currency));
    }
}
