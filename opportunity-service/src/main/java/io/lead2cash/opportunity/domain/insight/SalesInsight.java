package io.lead2cash.opportunity.domain.insight;

import io.lead2cash.events.opportunities.ForecastCategory;
import io.lead2cash.events.opportunities.OpportunityState;
import io.lead2cash.events.opportunities.SalesStage;
import io.lead2cash.opportunity.domain.access.OpportunityRecordAccess;
import io.lead2cash.opportunity.domain.opportunity.Opportunity;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.query.Filter;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The views sales managers steer by, over the opportunities the caller may see: the pipeline (the open
 * opportunities closing first as bubbles, and the funnel of every open one's revenue per stage) and the forecast for a period (estimated
 * revenue per forecast category, won revenue, quota; Omitted left out of the total).
 */
@ApplicationScoped
public class SalesInsight {

    /** The most bubbles a pipeline chart shows: the opportunities closing first. */
    public static final int MAX_BUBBLES = 250;

    @Inject OpportunityRecordAccess access;

    /** One stage of the funnel, per currency (revenues in different currencies are never added). */
    public record FunnelStage(SalesStage stage, String currency, long count, BigDecimal estimatedRevenue,
            BigDecimal averageDaysInStage) {
    }

    /** The open opportunities (bubbles) and the funnel. */
    public record Pipeline(List<Opportunity> opportunities, List<FunnelStage> funnel) {
    }

    /** A forecast for one period and currency. */
    public record Forecast(LocalDate from, LocalDate to, String ownerId, String owningTeam, String currency,
            Map<ForecastCategory, BigDecimal> byCategory, BigDecimal won, BigDecimal total, BigDecimal quota,
            BigDecimal quotaAttainmentPercent, long opportunities, List<FunnelStage> byStage) {
    }

    public Pipeline pipeline(String ownerId, String owningTeam, LocalDate closeFrom, LocalDate closeTo) {
        Filter filter = scope(ownerId, owningTeam).eq("state", OpportunityState.OPEN);
        if (closeFrom != null) {
            filter.and("estimatedCloseDate >= :closeFrom", Map.of("closeFrom", closeFrom));
        }
        if (closeTo != null) {
            filter.and("estimatedCloseDate <= :closeTo", Map.of("closeTo", closeTo));
        }
        // The bubbles are the ones closing first, at most a chart's worth: a hundred thousand open opportunities
        // loaded at once ran the service out of memory. The funnel counts every one, in the database.
        List<Opportunity> open = Opportunity.<Opportunity>find(filter.query(), Sort.by("estimatedCloseDate").and("id"),
                filter.parameters()).page(0, MAX_BUBBLES).list();
        return new Pipeline(open, byStage(filter));
    }

    /**
     * Count, revenue and average days in the current stage per stage and currency, in the database. The days come
     * from the stage history: each stage change records when the opportunity entered its stage.
     */
    private static List<FunnelStage> byStage(Filter filter) {
        double now = Instant.now().toEpochMilli() / 1000.0;
        List<FunnelStage> stages = new ArrayList<>();
        for (Object[] row : totals("stage.salesStage, currency, count(*), sum(estimatedRevenue), "
                + "avg(extract(epoch from stage.stageEnteredAt))", filter, "stage.salesStage, currency")) {
            BigDecimal days = row[4] == null ? null
                    : BigDecimal.valueOf(Math.max(0, now - ((Number) row[4]).doubleValue()) / 86_400).setScale(1, RoundingMode.HALF_UP);
            stages.add(new FunnelStage((SalesStage) row[0], (String) row[1], (Long) row[2], orZero(row[3]), days));
        }
        stages.sort(Comparator.comparing(FunnelStage::stage).thenComparing(FunnelStage::currency));
        return stages;
    }

    public Forecast forecast(LocalDate from, LocalDate to, String ownerId, String owningTeam, String currency) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        Filter open = scope(ownerId, owningTeam).eq("state", OpportunityState.OPEN).eq("currency", currency)
                .and("estimatedCloseDate between :periodFrom and :periodTo", Map.of("periodFrom", from, "periodTo", to));
        Map<ForecastCategory, BigDecimal> byCategory = new EnumMap<>(ForecastCategory.class);
        for (ForecastCategory category : List.of(ForecastCategory.PIPELINE, ForecastCategory.BEST_CASE,
                ForecastCategory.COMMITTED, ForecastCategory.OMITTED)) {
            byCategory.put(category, BigDecimal.ZERO);
        }
        long count = 0;
        for (Object[] row : totals("forecastCategory, count(*), sum(estimatedRevenue)", open, "forecastCategory")) {
            byCategory.put((ForecastCategory) row[0], orZero(row[2]));
            count += (Long) row[1];
        }
        Filter wonFilter = scope(ownerId, owningTeam).eq("state", OpportunityState.WON).eq("currency", currency)
                .and("closing.actualCloseDate between :periodFrom and :periodTo", Map.of("periodFrom", from, "periodTo", to));
        Object[] wonRow = totals("count(*), sum(closing.actualRevenue)", wonFilter, null).get(0);
        BigDecimal won = orZero(wonRow[1]);
        count += (Long) wonRow[0];
        BigDecimal total = won.add(byCategory.get(ForecastCategory.PIPELINE)).add(byCategory.get(ForecastCategory.BEST_CASE))
                .add(byCategory.get(ForecastCategory.COMMITTED));
        BigDecimal quota = quota(ownerId, owningTeam, from, to, currency);
        BigDecimal attainment = quota == null || quota.signum() == 0 ? null
                : won.multiply(new BigDecimal("100")).divide(quota, 1, RoundingMode.HALF_UP);
        return new Forecast(from, to, ownerId, owningTeam, currency, byCategory, won, total, quota, attainment, count,
                byStage(open));
    }

    /** Sets (or replaces) the quota of an owner or a team for a period. */
    @Transactional
    public SalesQuota setQuota(String ownerId, String owningTeam, LocalDate start, LocalDate end, String currency,
            BigDecimal amount) {
        if ((ownerId == null) == (owningTeam == null)) {
            throw ProblemException.invalid("ownerId", "or owningTeam must be given, not both");
        }
        if (end.isBefore(start)) {
            throw ProblemException.invalid("periodEnd", "must not be before periodStart");
        }
        SalesQuota quota = SalesQuota.<SalesQuota>find("coalesce(ownerId, '') = ?1 and coalesce(owningTeam, '') = ?2 "
                + "and periodStart = ?3 and periodEnd = ?4 and currency = ?5",
                ownerId == null ? "" : ownerId, owningTeam == null ? "" : owningTeam, start, end, currency).firstResult();
        if (quota == null) {
            quota = SalesQuota.create(ownerId, owningTeam, start, end, currency);
            quota.amount = amount;
            quota.persist();
        } else {
            quota.setAmount(amount);
        }
        return quota;
    }

    /** The quotas of the owner (or team) for periods inside [from, to]; null when none is set or no one is named. */
    private static BigDecimal quota(String ownerId, String owningTeam, LocalDate from, LocalDate to, String currency) {
        if (ownerId == null && owningTeam == null) {
            return null;
        }
        List<SalesQuota> quotas = ownerId != null
                ? SalesQuota.list("ownerId = ?1 and currency = ?2 and periodStart >= ?3 and periodEnd <= ?4", ownerId, currency, from, to)
                : SalesQuota.list("owningTeam = ?1 and currency = ?2 and periodStart >= ?3 and periodEnd <= ?4", owningTeam, currency, from, to);
        return quotas.isEmpty() ? null : quotas.stream().map(q -> q.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Sums in the database over the opportunities the filter selects, grouped as asked: no entity is loaded. */
    private static List<Object[]> totals(String select, Filter filter, String groupBy) {
        var query = Opportunity.getEntityManager().createQuery("select " + select + " from Opportunity where "
                + filter.query() + (groupBy == null ? "" : " group by " + groupBy), Object[].class);
        filter.parameters().map().forEach(query::setParameter);
        return query.getResultList();
    }

    private static BigDecimal orZero(Object sum) {
        return sum == null ? BigDecimal.ZERO : (BigDecimal) sum;
    }

    private Filter scope(String ownerId, String owningTeam) {
        return access.visible(Filter.where().eq("ownerId", ownerId).eq("owningTeam", owningTeam));
    }
}
