package io.lead2cash.platform.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one Kafka client configuration of a service: every {@code kafka.*} setting (or {@code KAFKA_*} variable), as the
 * messaging channels get it, so the outbox relay and the dead-letter producer reach a secured broker (TLS, SASL) with
 * the same settings and principal as the consumers.
 */
@ApplicationScoped
public class KafkaClients {

    /** Settings only a consumer understands; a producer would log each as unknown. */
    private static final Set<String> CONSUMER_ONLY = Set.of("group.id", "auto.offset.reset", "enable.auto.commit",
            "max.poll.records", "session.timeout.ms", "heartbeat.interval.ms", "partition.assignment.strategy");

    private final Map<String, Object> shared;

    KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> shared) {
        this.shared = Map.copyOf(shared);
    }

    /** A producer's configuration: the service's client settings, then what this producer needs of its own. */
    public Map<String, Object> producer(String clientId, Map<String, Object> own) {
        Map<String, Object> settings = new HashMap<>(shared);
        settings.keySet().removeAll(CONSUMER_ONLY);
        settings.put("client.id", clientId);
        settings.putAll(own);
        return settings;
    }

    /** Where the clients connect, for log lines. */
    public String bootstrapServers() {
        return String.valueOf(shared.getOrDefault("bootstrap.servers", "localhost:9092"));
    }
}
