package io.lead2cash.opportunity.domain.insight;

import io.lead2cash.events.opportunities.OpportunityState;
import io.lead2cash.opportunity.domain.opportunity.Opportunity;
import io.lead2cash.platform.cluster.OncePerCluster;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The pipeline as figures for dashboards: open opportunities and their estimated revenue per currency, and won
 * revenue per currency, sampled from the database by one replica per period ({@link OncePerCluster}: the scan reads
 * every opportunity); the others report NaN meanwhile, so a dashboard takes the maximum over replicas.
 */
@ApplicationScoped
public class PipelineMetrics {

    private static final double[] NOT_MY_TURN = {Double.NaN, Double.NaN, Double.NaN};

    @Inject MeterRegistry metrics;
    @Inject OncePerCluster turns;
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "lead2cash.metrics.pipeline-sample-interval",
            defaultValue = "30s") String interval;
    private final Map<String, AtomicReference<double[]>> byCurrency = new ConcurrentHashMap<>();

    @Scheduled(every = "${lead2cash.metrics.pipeline-sample-interval:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sample() {
        if (!turns.takeTurn("pipeline-metrics", OncePerCluster.period(interval))) {
            byCurrency.values().forEach(figures -> figures.set(NOT_MY_TURN));
            return;
        }
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> Opportunity.getEntityManager().createQuery(
                "select o.currency, sum(case when o.state = :open then 1 else 0 end), "
                        + "sum(case when o.state = :open then coalesce(o.estimatedRevenue, 0) else 0 end), "
                        + "sum(case when o.state = :won then coalesce(o.closing.actualRevenue, 0) else 0 end) "
                        + "from Opportunity o group by o.currency", Object[].class)
                .setParameter("open", OpportunityState.OPEN).setParameter("won", OpportunityState.WON).getResultList());
        for (Object[] row : rows) {
            String currency = (String) row[0];
            double[] figures = {((Number) row[1]).doubleValue(), ((BigDecimal) row[2]).doubleValue(),
                    ((BigDecimal) row[3]).doubleValue()};
            byCurrency.computeIfAbsent(currency, this::register).set(figures);
        }
    }

    private AtomicReference<double[]> register(String currency) {
        AtomicReference<double[]> figures = new AtomicReference<>(new double[3]);
        Gauge.builder("lead2cash.pipeline.open.opportunities", figures, f -> f.get()[0]).tag("currency", currency)
                .description("Open opportunities").register(metrics);
        Gauge.builder("lead2cash.pipeline.open.estimated.revenue", figures, f -> f.get()[1]).tag("currency", currency)
                .description("Estimated revenue of the open opportunities").register(metrics);
        Gauge.builder("lead2cash.pipeline.won.revenue", figures, f -> f.get()[2]).tag("currency", currency)
                .description("Actual revenue of the won opportunities").register(metrics);
        return figures;
    }
}
