package io.lead2cash.platform.idempotency;

import io.lead2cash.platform.cluster.OncePerCluster;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Forgets Idempotency-Keys after {@code lead2cash.idempotency.retention} (a day by default): one replica per period
 * ({@link OncePerCluster}), not each.
 */
@ApplicationScoped
public class IdempotencyRecordExpiry {

    private static final Logger LOG = Logger.getLogger(IdempotencyRecordExpiry.class);

    private final EntityManager entityManager;
    private final Duration retention;
    private final Duration interval;
    private final OncePerCluster turns;

    IdempotencyRecordExpiry(EntityManager entityManager, IdempotencySettings settings, OncePerCluster turns) {
        this.entityManager = entityManager;
        this.retention = settings.retention();
        this.interval = OncePerCluster.period(settings.expiryInterval());
        this.turns = turns;
    }

    @Scheduled(every = "${lead2cash.idempotency.expiry-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expire() {
        if (turns.takeTurn("idempotency-expiry", interval)) {
            forget();
        }
    }

    private void forget() {
        int removed = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("DELETE FROM IdempotencyRecord r WHERE r.createdAt < :before")
                .setParameter("before", Instant.now().minus(retention))
                .executeUpdate());
        if (removed > 0) {
            LOG.infof("Forgot %d Idempotency-Keys older than %s", removed, retention);
        }
    }
}
