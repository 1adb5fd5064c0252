package io.lead2cash.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a consumer retries an event before it dead-letters it: {@code lead2cash.consumer.*}. */
@ConfigMapping(prefix = "lead2cash.consumer")
public interface ConsumerSettings {

    /** Attempts at one event, the first included. */
    @WithDefault("4")
    int attempts();

    /** The wait after the first failed attempt; it doubles after each further one. */
    @WithDefault("PT0.2S")
    Duration firstBackoff();
}
