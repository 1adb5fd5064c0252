package io.lead2cash.platform.config;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Lets migrations build indexes with {@code CREATE INDEX CONCURRENTLY}, which keeps a big table writable while its
 * index is built. Flyway's default PostgreSQL lock is held by a transaction, and a concurrent index build waits for
 * every open transaction to end, its own migrator's included: it would wait forever. A session lock serialises
 * replicas' migrations just as well. A build that was interrupted is started again ({@link InterruptedIndexBuilds}).
 */
@ApplicationScoped
public class ConcurrentIndexMigrations implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.configuration(Map.of("flyway.postgresql.transactional.lock", "false"));
        configuration.callbacks(new InterruptedIndexBuilds());
    }
}
