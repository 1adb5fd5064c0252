package io.lead2cash.platform.outbox;

import io.lead2cash.platform.messaging.KafkaClients;
import io.lead2cash.platform.messaging.CloudEventHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
 * One relay of a service relays at a time (a transaction-scoped advisory lock; replicas take turns), oldest first,
 * which keeps each aggregate's events in order without asking, per row, whether an older one is waiting.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    // Only one relay of the service may claim at a time: the others skip their round rather than wait. Held until
    // the round's transaction ends, and released with the connection if its holder dies.
    private static final String TURN = "SELECT pg_try_advisory_xact_lock(7271201195)";

    // Oldest first, claimed and deleted in one statement; the deletion only counts once the round commits, after
    // Kafka has acknowledged every event. The position index serves it however many deleted rows the table still
    // holds (a scan of the whole table, as a per-row "is an older one waiting?" made the planner choose, grew with
    // the dead rows of a busy outbox to milliseconds a round).
    private static final String CLAIM = """
            DELETE FROM outbox_message WHERE id IN (
              SELECT id FROM outbox_message ORDER BY position LIMIT ?)
            RETURNING position, id, topic, aggregate_id, event_type, occurred_at, payload, traceparent""";

    /** What a round reports when another replica's relay had the turn. */
    private static final int BUSY = -1;

    /** One claimed event, as the round publishes it. */
    private record Claimed(long position, String id, String topic, String aggregateId, String eventType,
            Instant occurredAt, String payload, String traceparent) {
    }

    private final DataSource database;
    private final KafkaClients kafka;
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

    OutboxRelay(DataSource database, MeterRegistry metrics,
            KafkaClients kafka,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            OutboxSettings settings) {
        this.database = database;
        this.kafka = kafka;
        this.source = "urn:lead2cash:" + applicationName;
        this.batchSize = settings.batchSize();
        this.sweepInterval = settings.sweepInterval();
        this.maxBackoff = settings.maxBackoff();
        this.enabled = settings.relayEnabled();
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
                int turnsMissed = 0;
                for (int n = round(); n != 0; n = round()) {
                    if (n == BUSY) {
                        // Another replica is relaying; it may have finished its rounds before our commit, so look again
                        // shortly rather than leaving our events for the sweep.
                        if (++turnsMissed > 50) {
                            break;
                        }
                        Thread.sleep(10);
                        continue;
                    }
                    total += n;
                }
                if (failing) {
                    LOG.infof("Outbox relay recovered: Kafka at %s and the database reachable again, %d waiting events published",
                            kafka.bootstrapServers(), total);
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
     * One round: claims and deletes a batch in a local transaction, publishes it and waits for every
     * acknowledgement, then commits. A failure rolls back, leaving the rows for the next round (at least once).
     * Plain JDBC on one connection: the round is a statement, the sends and a commit, with no ORM in between.
     *
     * @return how many events were published
     */
    public int relayOnce() {
        return Math.max(0, round());
    }

    /** One round; {@link #BUSY} when another replica's relay has the turn. */
    private int round() {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!takeTurn(connection)) {
                    connection.rollback();
                    return BUSY;
                }
                List<Claimed> batch = claim(connection);
                if (!batch.isEmpty()) {
                    publish(batch);
                }
                connection.commit();
                published.increment(batch.size());
                return batch.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Outbox round failed: " + e.getMessage(), e);
        }
    }

    private static boolean takeTurn(Connection connection) throws SQLException {
        try (PreparedStatement turn = connection.prepareStatement(TURN); ResultSet rows = turn.executeQuery()) {
            return rows.next() && rows.getBoolean(1);
        }
    }

    private List<Claimed> claim(Connection connection) throws SQLException {
        List<Claimed> batch = new ArrayList<>();
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setInt(1, batchSize);
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    batch.add(new Claimed(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getObject(6, OffsetDateTime.class).toInstant(), rows.getString(7),
                            rows.getString(8)));
                }
            }
        }
        // Deleted rows come back in no particular order; Kafka keeps the order they are sent in per partition.
        batch.sort(Comparator.comparingLong(Claimed::position));
        return batch;
    }

    private void publish(List<Claimed> batch) {
        Producer<String, byte[]> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (Claimed event : batch) {
            acks.add(kafka.send(toRecord(event)));
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
    }

    private ProducerRecord<String, byte[]> toRecord(Claimed event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.aggregateId(),
                event.payload().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        CloudEventHeaders.write(record.headers(), event.id(), event.eventType(), source, event.aggregateId(),
                event.occurredAt(), event.traceparent());
        return record;
    }

    private Producer<String, byte[]> producer() {
        Producer<String, byte[]> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(kafka.producer(source.substring(source.lastIndexOf(':') + 1) + "-outbox", Map.of(
                            ProducerConfig.ACKS_CONFIG, "all",
                            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                            ProducerConfig.LINGER_MS_CONFIG, 0,
                            // A Kafka outage must fail a round within seconds, not block the relay.
                            ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000)),
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
