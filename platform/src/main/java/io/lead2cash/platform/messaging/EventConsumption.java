package io.lead2cash.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.Topics;
import io.lead2cash.events.registry.EventCatalog;
import io.lead2cash.platform.trace.LogContext;
import io.lead2cash.platform.trace.TraceContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Applies consumed events exactly once: each event id is recorded in {@code processed_event} in the same transaction
 * as the handler's effect, so a redelivery changes nothing. The records of one poll are applied in one transaction
 * (one commit and one outbox round for all of them, in their order); if any of them fails, they are applied one by
 * one so only the failing event is retried with exponential backoff and, when the retries are spent, parked on the
 * service's dead-letter topic with the reason. Nothing is silently dropped.
 */
@ApplicationScoped
public class EventConsumption {

    private static final Logger LOG = Logger.getLogger(EventConsumption.class);

    /** A record to apply, with what it is and the handler for it. */
    private record Applicable(ConsumerRecord<String, String> record, InboundEvent event,
            Class<? extends BusinessEvent> eventClass, Consumer<BusinessEvent> handler) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    /** How often a consumer looks whether the database is back while it is unreachable. */
    private static final Duration OUTAGE_PROBE = Duration.ofMillis(500);

    private final int attempts;
    private final Duration firstBackoff;
    private final ConsumerSpans spans;
    private final KafkaClients kafka;
    private final String deadLetterTopic;
    private volatile Producer<String, String> deadLetters;

    EventConsumption(EntityManager entityManager, MeterRegistry metrics,
            ConsumerSettings settings,
            KafkaClients kafka,
            @ConfigProperty(name = "quarkus.application.name") String application,
            ConsumerSpans spans) {
        this.spans = spans;
        this.entityManager = entityManager;
        // Events are read tolerantly, not with the strict reader of request bodies: a publisher may add fields, and
        // any JSON form of a value its schema allows (a date as text or as a number) is taken.
        this.json = com.fasterxml.jackson.databind.json.JsonMapper.builder().findAndAddModules()
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.metrics = metrics;
        this.attempts = settings.attempts();
        this.firstBackoff = settings.firstBackoff();
        this.kafka = kafka;
        this.deadLetterTopic = application + ".dead-letter";
    }

    /** Processes one record; see {@link #process(String, Iterable, EventHandlers)}. */
    public void process(String consumer, ConsumerRecord<String, String> record, EventHandlers handlers) {
        process(consumer, List.of(record), handlers);
    }

    /**
     * Processes the records of one poll, in order. Events of other types than the handlers' are skipped on their
     * {@code ce_type} header alone: no parsing, no transaction, nothing recorded. A record that is not a CloudEvent
     * is parked at once.
     *
     * @param consumer a stable name for this consumer (the processed-events key); renaming it replays history
     * @param handlers what to do per event class, each run inside the transaction that records the event
     */
    public void process(String consumer, Iterable<ConsumerRecord<String, String>> records, EventHandlers handlers) {
        // Registered before anything fails, so dashboards and alerts see a zero rather than no series.
        metrics.counter("lead2cash.consumer.dead-lettered", "consumer", consumer);
        List<Applicable> applicable = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            InboundEvent event;
            try {
                event = InboundEvent.of(record);
            } catch (IllegalArgumentException e) {
                park(consumer, record, null, e);
                continue;
            }
            Class<? extends BusinessEvent> eventClass = EventCatalog.classOf(event.type()).orElse(null);
            String forged = forgery(record, event, eventClass);
            if (forged != null) {
                park(consumer, record, event, new SecurityException(forged));
                continue;
            }
            Consumer<BusinessEvent> handler = handlers.handlerFor(eventClass);
            if (handler == null) {
                metrics.counter("lead2cash.consumer.skipped", "consumer", consumer).increment();
                continue;
            }
            applicable.add(new Applicable(record, event, eventClass, handler));
        }
        if (applicable.size() > 1) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyAll(consumer, applicable));
                return;
            } catch (RuntimeException e) {
                LOG.debugf("%s: a batch of %d events failed (%s); applying them one by one", consumer, applicable.size(),
                        e.getMessage());
            }
        }
        applicable.forEach(a -> applyAlone(consumer, a));
    }

    /**
     * Why an event on one of the suite's topics cannot be believed, or null: only the topic's publisher writes it (the
     * broker's ACLs enforce that on a secured cluster), so another {@code ce_source}, or a type published on another
     * topic, is a forgery or a misrouted record, never applied.
     */
    private static String forgery(ConsumerRecord<String, String> record, InboundEvent event,
            Class<? extends BusinessEvent> eventClass) {
        String publisher = Topics.publisher(record.topic());
        if (publisher == null) {
            return null;
        }
        if (!publisher.equals(event.source())) {
            return "ce_source " + event.source() + " does not publish " + record.topic() + " (only " + publisher + " does)";
        }
        if (eventClass != null && !EventCatalog.contractOf(eventClass).topic().equals(record.topic())) {
            return event.type() + " is published on " + EventCatalog.contractOf(eventClass).topic() + ", not on "
                    + record.topic();
        }
        return null;
    }

    /** Applies one event in a transaction of its own, retrying with backoff; parks it when the retries are spent. */
    private void applyAlone(String consumer, Applicable applicable) {
        InboundEvent event = applicable.event();
        Duration backoff = firstBackoff;
        long outageSince = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyAll(consumer, List.of(applicable)));
                if (outageSince != 0) {
                    LOG.infof("%s: the database is reachable again after %d ms; applying events", consumer,
                            (System.nanoTime() - outageSince) / 1_000_000);
                }
                return;
            } catch (RuntimeException e) {
                if (io.lead2cash.platform.domain.DatabaseOutage.isOutage(e)) {
                    // Not the event's fault: wait for the database, probing twice a second, and keep the
                    // event's attempts for failures of its own. The partition waits with it, keeping the order.
                    if (outageSince == 0) {
                        outageSince = System.nanoTime();
                        LOG.warnf("%s: the database is unreachable (%s); %s %s waits until it is back", consumer,
                                e.getMessage(), event.type(), event.id());
                    }
                    attempt--;
                    sleep(OUTAGE_PROBE);
                    continue;
                }
                if (attempt >= attempts) {
                    park(consumer, applicable.record(), event, e);
                    return;
                }
                LOG.warnf("%s: %s %s failed (attempt %d of %d: %s); retrying in %d ms", consumer, event.type(),
                        event.id(), attempt, attempts, e.getMessage(), backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    /**
     * Within the caller's transaction: records every event as processed in one statement, then runs the handlers of
     * those not processed before, in order. The persistence context is flushed and cleared after each, so a batch
     * costs each event the same as the first (Hibernate's dirty checks would otherwise grow with the batch).
     */
    private void applyAll(String consumer, List<Applicable> applicable) {
        Set<String> fresh = markProcessed(consumer, applicable);
        for (Applicable a : applicable) {
            InboundEvent event = a.event();
            if (!fresh.remove(event.id())) {
                LOG.debugf("%s: %s %s already processed, skipped", consumer, event.type(), event.id());
                metrics.counter("lead2cash.consumer.duplicates", "consumer", consumer).increment();
                continue;
            }
            TraceContext.runWithin(event.traceparent(), () -> LogContext.runWithin(event.traceparent(), event.id(),
                    () -> spans.within(consumer, event, () -> a.handler().accept(parse(event, a.eventClass())))));
            entityManager.flush();
            entityManager.clear();
            metrics.counter("lead2cash.consumer.processed", "consumer", consumer).increment();
        }
    }

    /**
     * Puts a record that cannot be applied on the dead-letter topic, with the reason in its headers, and moves on.
     * If even that fails (Kafka unreachable), the exception reaches the channel, whose dead-letter strategy tries
     * again; the idempotent consumer makes a replay of the others harmless.
     */
    private void park(String consumer, ConsumerRecord<String, String> record, InboundEvent event, RuntimeException cause) {
        String what = event == null ? "record " + record.topic() + "/" + record.partition() + "@" + record.offset()
                : event.type() + " " + event.id();
        LOG.errorf("%s: %s cannot be applied (%s); parking it on %s", consumer, what, cause.getMessage(), deadLetterTopic);
        LOG.debug("Cause of the dead-lettered event", cause);
        ProducerRecord<String, String> parked = new ProducerRecord<>(deadLetterTopic, null, record.key(), record.value(),
                record.headers());
        Throwable root = cause.getCause() != null ? cause.getCause() : cause;
        header(parked, "dead-letter-reason", String.valueOf(cause.getMessage()));
        header(parked, "dead-letter-cause", String.valueOf(root.getMessage()));
        header(parked, "dead-letter-exception-class-name", cause.getClass().getName());
        header(parked, "dead-letter-topic", record.topic());
        header(parked, "dead-letter-partition", Integer.toString(record.partition()));
        header(parked, "dead-letter-offset", Long.toString(record.offset()));
        header(parked, "dead-letter-consumer", consumer);
        try {
            deadLetters().send(parked).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        } catch (ExecutionException | TimeoutException e) {
            throw cause;
        }
        metrics.counter("lead2cash.consumer.dead-lettered", "consumer", consumer).increment();
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().remove(name);
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private Producer<String, String> deadLetters() {
        Producer<String, String> producer = deadLetters;
        if (producer == null) {
            synchronized (this) {
                if (deadLetters == null) {
                    deadLetters = new KafkaProducer<>(kafka.producer(deadLetterTopic, Map.of(ProducerConfig.ACKS_CONFIG, "all",
                            ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000,
                            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000)), new StringSerializer(), new StringSerializer());
                }
                producer = deadLetters;
            }
        }
        return producer;
    }

    void stop(@Observes ShutdownEvent event) {
        Producer<String, String> producer = deadLetters;
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Records the events as processed by this consumer; returns the ids of those that were not already. */
    private Set<String> markProcessed(String consumer, List<Applicable> applicable) {
        StringBuilder sql = new StringBuilder("INSERT INTO processed_event (consumer, event_id, event_type) VALUES ");
        for (int i = 0; i < applicable.size(); i++) {
            sql.append(i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
        }
        sql.append(" ON CONFLICT DO NOTHING RETURNING event_id");
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement mark = connection.prepareStatement(sql.toString())) {
                int p = 1;
                for (Applicable a : applicable) {
                    mark.setString(p++, consumer);
                    mark.setString(p++, a.event().id());
                    mark.setString(p++, a.event().type());
                }
                Set<String> fresh = new HashSet<>();
                try (ResultSet rows = mark.executeQuery()) {
                    while (rows.next()) {
                        fresh.add(rows.getString(1));
                    }
                }
                return fresh;
            }
        });
    }

    private BusinessEvent parse(InboundEvent event, Class<? extends BusinessEvent> eventClass) {
        try {
            return json.readValue(event.data(), eventClass);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Malformed " + event.type() + " " + event.id() + ": " + e.getMessage(), e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during retry backoff", e);
        }
    }
}
