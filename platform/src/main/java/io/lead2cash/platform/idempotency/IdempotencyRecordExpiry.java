package io.lead2cash.platform.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Forgets Idempotency-Keys after {@code lead2cash.idempotency.retention} (a day by default). */
@ApplicationScoped
public class IdempotencyRecordExpiry {

    private static final Logger LOG = Logger.getLogger(IdempotencyRecordExpiry.class);

    private final EntityManager entityManager;
    private final Duration retention;

    IdempotencyRecordExpiry(EntityManager entityManager,
            IdempotencySettings settings) {
        this.entityManager = entityManager;
        this.retention = settings.retention();
    }

    @Scheduled(every = "${lead2cash.idempotency.expiry-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void expire() {
        int removed = entityManager.createQuery("DELETE FROM IdempotencyRecord r WHERE r.createdAt < :before")
                .setParameter("before", Instant.now().minus(retention))
                .executeUpdate();
        if (removed > 0) {
            LOG.infof("Forgot %d Idempotency-Keys older than %s", removed, retention);
        }
    }
}
