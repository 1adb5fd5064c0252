package io.lead2cash.platform.cluster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;

/**
 * Periodic work done by one replica of a service per period, whichever asks first: a sweep or a table scan run on
 * every replica would do the same work as many times (and a scan of a million rows is not free). The turn is a row
 * per job in the service's database, taken with one conditional upsert, so it needs no coordinator and survives a
 * replica killed mid-period (the next period, another takes it).
 */
@ApplicationScoped
public class OncePerCluster {

    /** A turn is due a little early, so replicas whose timers drift never skip a period between them. */
    private static final double EARLY = 0.9;

    private static final String TAKE = """
            INSERT INTO periodic_turn (job, taken_at) VALUES (:job, now())
            ON CONFLICT (job) DO UPDATE SET taken_at = now()
            WHERE periodic_turn.taken_at <= now() - make_interval(secs => :seconds)
            RETURNING job""";

    private final EntityManager entityManager;

    OncePerCluster(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A schedule's period as {@code @Scheduled(every = ...)} writes it ({@code 30s}, {@code 1h}, {@code PT1H}). */
    public static Duration period(String every) {
        String text = every.trim().toUpperCase(java.util.Locale.ROOT);
        return Duration.parse(text.startsWith("P") ? text : text.endsWith("D") ? "P" + text : "PT" + text);
    }

    /**
     * Whether this replica has the turn for {@code job} this period; at most one replica gets true per period.
     *
     * @param period how often the job runs
     */
    public boolean takeTurn(String job, Duration period) {
        double seconds = period.toMillis() / 1000.0 * EARLY;
        return QuarkusTransaction.requiringNew().call(() -> !entityManager.createNativeQuery(TAKE)
                .setParameter("job", job).setParameter("seconds", seconds).getResultList().isEmpty());
    }
}
