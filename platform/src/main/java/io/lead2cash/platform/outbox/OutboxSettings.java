package io.lead2cash.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox relay publishes: {@code lead2cash.outbox.*}. */
@ConfigMapping(prefix = "lead2cash.outbox")
public interface OutboxSettings {

    /** Messages claimed and published in one round. */
    @WithDefault("200")
    int batchSize();

    /** How often the relay looks for messages when no commit has woken it. */
    @WithDefault("PT2S")
    Duration sweepInterval();

    /** The longest wait between attempts while the broker does not answer. */
    @WithDefault("PT2S")
    Duration maxBackoff();

    /** Off in a process that must not publish (a tool, a test of one consumer). */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the backlog gauges are sampled (read by {@code OutboxBacklog}'s schedule). */
    @WithDefault("10s")
    String backlogSampleInterval();
}
