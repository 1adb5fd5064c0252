package io.lead2cash.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The integrator's consumer that docs/events.md shows, line for line (IntegratorConsumerTest keeps them equal). */
final class IntegratorConsumer {

    private IntegratorConsumer() {
    }

    // docs/events.md: begin
    static void consume(Map<String, Object> connection, String topic, String type, Consumer<String> apply,
            BooleanSupplier running) {
        Set<String> applied = new HashSet<>(); // in production: a table written in the transaction of the effect
        Map<String, Object> settings = new HashMap<>(connection); // bootstrap.servers; security.protocol, sasl.* if secured
        settings.putAll(Map.of("group.id", "my-integration", "auto.offset.reset", "earliest"));
        try (var kafka = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            kafka.subscribe(List.of(topic));
            while (running.getAsBoolean()) {
                for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(500))) {
                    String id = header(record, "ce_id");
                    if (!"1.0".equals(header(record, "ce_specversion")) || id == null) {
                        continue; // not a CloudEvent: never sent by the suite
                    }
                    if (type.equals(header(record, "ce_type")) && applied.add(id)) {
                        apply.accept(record.value()); // a redelivered ce_id is skipped
                    }
                }
            }
        }
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
    // docs/events.md: end
}
