package io.lead2cash.platform.outbox;

import io.lead2cash.platform.messaging.CloudEventHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox messages to Kafka as CloudEvents and deletes them once acknowledged. It runs right
 * after each commit that appended events (woken by {@link Outbox}) and, as the sweeper, every
 * {@code lead2cash.outbox.sweep-interval} for anything left behind by a crash or a Kafka outage.
 * Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so replicas relay side by side; a row is only
 * claimed when no older row of its aggregate is waiting, which keeps each aggregate's events in order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    // Oldest first; an entry whose aggregate has an older entry still waiting (perhaps claimed by
    // another replica right now) is left for a later round, so per-aggregate order survives replicas.
    private static final String CLAIM = """
            SELECT m.* FROM outbox_message m
             WHERE NOT EXISTS (SELECT 1 FROM outbox_message o
                                WHERE o.aggregate_id = m.aggregate_id AND o.position < m.position)
             ORDER BY m.position
             LIMIT :batch
             FOR UPDATE OF m SKIP LOCKED""";

    private final EntityManager entityManager;
    private final String bootstrapServers;
    private final String source;
    private final int batchSize;
    private final Duration sweepInterval;
    private final Duration maxBackoff;
    private final boolean enabled;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Counter published;
    private final Counter failures;

    private volatile Producer<String, byte[]> producer;
    private volatile Thread worker;
    private volatile boolean running;

    OutboxRelay(EntityManager entityManager, MeterRegistry metrics,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            @ConfigProperty(name = "lead2cash.outbox.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "lead2cash.outbox.sweep-interval", defaultValue = "PT2S") Duration sweepInterval,
            @ConfigProperty(name = "lead2cash.outbox.max-backoff", defaultValue = "PT30S") Duration maxBackoff,
            @ConfigProperty(name = "lead2cash.outbox.relay-enabled", defaultValue = "true") boolean enabled) {
        this.entityManager = entityManager;
        this.bootstrapServers = bootstrapServers;
        this.source = "urn:lead2cash:" + applicationName;
        this.batchSize = batchSize;
        this.sweepInterval = sweepInterval;
        this.maxBackoff = maxBackoff;
        this.enabled = enabled;
        this.published = Counter.builder("lead2cash.outbox.published")
                .description("Events the outbox relay published to Kafka").register(metrics);
        this.failures = Counter.builder("lead2cash.outbox.publish.failures")
                .description("Relay rounds that failed (Kafka unavailable, ...); the events stay in the outbox")
                .register(metrics);
        metrics.gauge("lead2cash.outbox.relay.running", this, r -> r.running ? 1 : 0);
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("Outbox relay disabled (lead2cash.outbox.relay-enabled=false)");
            return;
        }
        running = true;
        Thread t = new Thread(this::run, "outbox-relay");
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread t = worker;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Producer<String, byte[]> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(5));
        }
    }

    /** Asks for a relay round now; cheap and safe to call from any thread. */
    public void wake() {
        wakeUps.release();
    }

    private void run() {
        Duration wait = Duration.ZERO;
        boolean failing = false;
        while (running) {
            try {
                wakeUps.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                int total = 0;
                for (int n = relayOnce(); n > 0; n = relayOnce()) {
                    total += n;
                }
                if (failing) {
                    LOG.infof("Outbox relay recovered: Kafka at %s reachable again, %d waiting events published",
                            bootstrapServers, total);
                    failing = false;
                }
                wait = sweepInterval;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                failures.increment();
                wait = failing ? min(wait.multipliedBy(2), maxBackoff) : sweepInterval;
                if (!failing) {
                    LOG.warnf("Outbox relay cannot publish (%s); events stay in the outbox, retrying every %s up to %s",
                            rootMessage(e), sweepInterval, maxBackoff);
                }
                failing = true;
                resetProducer();
            }
        }
    }

    /**
     * One round: claims a batch, publishes it and waits for every acknowledgement, then deletes it in the
     * same transaction. A failure rolls back, leaving the rows for the next round (at least once).
     *
     * @return how many events were published
     */
    public int relayOnce() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<OutboxMessage> batch = entityManager.createNativeQuery(CLAIM, OutboxMessage.class)
                    .setParameter("batch", batchSize)
                    .getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            Producer<String, byte[]> kafka = producer();
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (OutboxMessage message : batch) {
                acks.add(kafka.send(toRecord(message)));
            }
            for (Future<RecordMetadata> ack : acks) {
                try {
                    ack.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for Kafka", e);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
                }
            }
            List<UUID> ids = batch.stream().map(m -> m.id).toList();
            entityManager.createQuery("DELETE FROM OutboxMessage m WHERE m.id IN :ids")
                    .setParameter("ids", ids)
                    .executeUpdate();
            published.increment(batch.size());
            LOG.debugf("Outbox relay published %d events", batch.size());
            return batch.size();
        });
    }

    private ProducerRecord<String, byte[]> toRecord(OutboxMessage message) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(message.topic, message.aggregateId,
                message.payload.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        CloudEventHeaders.write(record.headers(), message.id.toString(), message.eventType, source,
                message.aggregateId, message.occurredAt, message.traceparent);
        return record;
    }

    private Producer<String, byte[]> producer() {
        Producer<String, byte[]> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            ProducerConfig.CLIENT_ID_CONFIG, source.substring(source.lastIndexOf(':') + 1) + "-outbox",
                            ProducerConfig.ACKS_CONFIG, "all",
                            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                            ProducerConfig.LINGER_MS_CONFIG, 0,
                            // A Kafka outage must fail a round within seconds, not block the relay.
                            ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000),
                            new StringSerializer(), new ByteArraySerializer());
                }
                p = producer;
            }
        }
        return p;
    }

    private synchronized void resetProducer() {
        Producer<String, byte[]> p = producer;
        producer = null;
        if (p != null) {
            try {
                p.close(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debugf("Closing the failed producer: %s", e.getMessage());
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
