package io.lead2cash.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventCatalog;
import io.lead2cash.platform.trace.LogContext;
import io.lead2cash.platform.trace.TraceContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Applies a consumed event exactly once: the event id is recorded in {@code processed_event} in the same
 * transaction as the handler's effect, so a redelivery changes nothing. A failing handler is retried with
 * exponential backoff; when the retries are spent the exception propagates and the channel's
 * {@code dead-letter-queue} failure strategy parks the record, so nothing is silently dropped.
 */
@ApplicationScoped
public class EventConsumption {

    private static final Logger LOG = Logger.getLogger(EventConsumption.class);

    private static final String MARK = """
            INSERT INTO processed_event (consumer, event_id, event_type) VALUES (:consumer, :id, :type)
            ON CONFLICT DO NOTHING""";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final int attempts;
    private final Duration firstBackoff;
    private final ConsumerSpans spans;

    EventConsumption(EntityManager entityManager, ObjectMapper json, MeterRegistry metrics,
            @ConfigProperty(name = "lead2cash.consumer.attempts", defaultValue = "4") int attempts,
            @ConfigProperty(name = "lead2cash.consumer.first-backoff", defaultValue = "PT0.2S") Duration firstBackoff,
            ConsumerSpans spans) {
        this.spans = spans;
        this.entityManager = entityManager;
        this.json = json;
        this.metrics = metrics;
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
    }

    /**
     * Processes one record for a consumer: events of other types than the handlers' are recorded and skipped.
     *
     * @param consumer a stable name for this consumer (the processed-events key); renaming it replays history
     * @param handlers what to do per event class, each run inside the transaction that records the event
     */
    public void process(String consumer, ConsumerRecord<String, String> record,
            EventHandlers handlers) {
        // Registered before anything fails, so dashboards and alerts see a zero rather than no series.
        metrics.counter("lead2cash.consumer.dead-lettered", "consumer", consumer);
        InboundEvent event = InboundEvent.of(record);
        Class<? extends BusinessEvent> eventClass = EventCatalog.classOf(event.type()).orElse(null);
        Consumer<BusinessEvent> handler = handlers.handlerFor(eventClass);
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                TraceContext.runWithin(event.traceparent(), () -> LogContext.runWithin(event.traceparent(), event.id(),
                        () -> spans.within(consumer, event, () -> QuarkusTransaction.requiringNew().run(() -> {
                    if (!markProcessed(consumer, event)) {
                        LOG.debugf("%s: %s %s already processed, skipped", consumer, event.type(), event.id());
                        metrics.counter("lead2cash.consumer.duplicates", "consumer", consumer).increment();
                        return;
                    }
                    if (handler != null) {
                        handler.accept(parse(event, eventClass));
                    }
                    metrics.counter("lead2cash.consumer.processed", "consumer", consumer).increment();
                }))));
                return;
            } catch (RuntimeException e) {
                if (attempt >= attempts) {
                    LOG.errorf("%s: %s %s failed %d times (%s); parking it on the dead-letter topic",
                            consumer, event.type(), event.id(), attempt, e);
                    LOG.debug("Cause of the dead-lettered event", e);
                    metrics.counter("lead2cash.consumer.dead-lettered", "consumer", consumer).increment();
                    throw e;
                }
                LOG.warnf("%s: %s %s failed (attempt %d of %d: %s); retrying in %d ms", consumer, event.type(),
                        event.id(), attempt, attempts, e.getMessage(), backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    /** Records the event as processed by this consumer; false when it already was. */
    private boolean markProcessed(String consumer, InboundEvent event) {
        return entityManager.createNativeQuery(MARK)
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .executeUpdate() == 1;
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
