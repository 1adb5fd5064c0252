package io.lead2cash.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long an Idempotency-Key is remembered: {@code lead2cash.idempotency.*}. */
@ConfigMapping(prefix = "lead2cash.idempotency")
public interface IdempotencySettings {

    /** A retry with the same key within this time gets the first answer again. */
    @WithDefault("P1D")
    Duration retention();

    /** How often forgotten keys are deleted (read by {@code IdempotencyRecordExpiry}'s schedule). */
    @WithDefault("1h")
    String expiryInterval();
}
