package io.lead2cash.devstack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes topics as a plain Kafka client would: what tests use to see the real events. */
public final class KafkaRecords {

    private KafkaRecords() {
    }

    /**
     * Reads a topic from the beginning until {@code enough} records match (or the timeout passes) and returns
     * the matching ones.
     */
    public static List<ConsumerRecord<String, String>> await(String bootstrap, String topic,
            Predicate<ConsumerRecord<String, String>> matching, int enough, Duration timeout) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        Map<String, Object> settings = connection(bootstrap);
        settings.putAll(Map.of("group.id", "reader-" + UUID.randomUUID(), "auto.offset.reset", "earliest",
                "enable.auto.commit", "false"));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.size() < enough && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (matching.test(record)) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    /**
     * How this JVM's tools connect to a broker: its address and, for a secured one this JVM started or uses, the
     * operator's login ({@link KafkaSecurity}).
     */
    public static Map<String, Object> connection(String bootstrap) {
        Map<String, Object> settings = new java.util.HashMap<>(KafkaSecurity.operatorClientFor(bootstrap));
        settings.put("bootstrap.servers", bootstrap);
        return settings;
    }

    /** The text of a header, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Sends one record with headers and waits for the broker's acknowledgement. */
    public static void send(String bootstrap, String topic, String key, String value, Map<String, String> headers) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(connection(bootstrap),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send to " + topic + ": " + e.getMessage(), e);
        }
    }
}
