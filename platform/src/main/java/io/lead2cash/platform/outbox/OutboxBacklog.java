package io.lead2cash.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the outbox for operators: how many events wait to be published and how old the oldest is. A growing
 * age means the relay cannot reach Kafka (or cannot keep up); alert on it, not on the count alone.
 */
@Startup
@ApplicationScoped
public class OutboxBacklog {

    private final EntityManager entityManager;
    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();

    OutboxBacklog(EntityManager entityManager, MeterRegistry metrics) {
        this.entityManager = entityManager;
        Gauge.builder("lead2cash.outbox.backlog", waiting, AtomicLong::get)
                .description("Events in the outbox waiting to be published").register(metrics);
        Gauge.builder("lead2cash.outbox.oldest.age", oldestAgeSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest event waiting in the outbox (0 when none waits)").register(metrics);
    }

    @Scheduled(every = "${lead2cash.outbox.backlog-sample-interval:10s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sample() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0) FROM outbox_message")
                .getSingleResult());
        waiting.set(((Number) row[0]).longValue());
        oldestAgeSeconds.set(Math.max(0, ((Number) row[1]).longValue()));
    }
}
