package io.lead2cash.devstack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * How fast events travel, measured at a fixed arrival rate (an open loop, so a slow answer does not slow the load):
 * leads are created and qualified through the gateway while a Kafka consumer of this process watches
 * {@code LeadQualified} and the {@code OpportunityCreated} it causes. All clocks are this machine's.
 */
final class EventLatency {

    /** Latencies in milliseconds, and how many events never showed up. */
    record Result(double rate, int qualified, LoadResult commitToKafka, LoadResult commitToConsumer,
            LoadResult qualifyToOpportunity, LoadResult qualifyToOpportunityOnKafka, int missingEvents, long failedCalls) {
    }

    private record Seen(Instant ceTime, long recordTimestamp, Instant received) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUALIFIED = "lead2cash.lead.qualified.v1";
    private static final String OPPORTUNITY_CREATED = "lead2cash.opportunity.created.v1";

    private final String gateway;
    private final String bootstrapServers;
    private final List<String> tokens;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();

    EventLatency(String gateway, String bootstrapServers, List<String> tokens) {
        this.gateway = gateway;
        this.bootstrapServers = bootstrapServers;
        this.tokens = tokens;
    }

    /** The peak rate of create-and-qualify: this many clients doing it back to back, leads per second. */
    double peak(String run, int clients, Duration duration) throws InterruptedException {
        AtomicInteger done = new AtomicInteger();
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                for (int n = 0; System.nanoTime() < deadline; n++) {
                    String token = tokens.get((client + n) % tokens.size());
                    String tag = run + "-" + client + "-" + n;
                    try {
                        HttpResponse<String> created = http.send(post("/api/leads", token, lead(tag)),
                                HttpResponse.BodyHandlers.ofString());
                        if (created.statusCode() == 201 && http.send(post("/api/leads/" + id(created.body()) + "/qualify",
                                token, "{}"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            done.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        // counted as not done
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "bench-peak-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return done.get() / (duration.toMillis() / 1000.0);
    }

    private static String lead(String tag) {
        return "{\"topic\":\"Event probe " + tag + "\",\"lastName\":\"Probe\",\"companyName\":\"Probe Co " + tag
                + "\",\"email\":\"probe-" + tag + "@bench.example\"}";
    }

    Result run(String run, double perSecond, Duration duration) throws InterruptedException {
        Map<String, Seen> qualifiedEvents = new ConcurrentHashMap<>();
        Map<String, Seen> opportunityEvents = new ConcurrentHashMap<>();
        Map<String, Instant> qualifyAnswered = new ConcurrentHashMap<>();
        AtomicLong failed = new AtomicLong();
        AtomicInteger inFlight = new AtomicInteger();
        Watcher watcher = watch(qualifiedEvents, opportunityEvents);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger counter = new AtomicInteger();
        ticker.scheduleAtFixedRate(() -> {
            int n = counter.incrementAndGet();
            inFlight.incrementAndGet();
            String token = tokens.get(n % tokens.size());
            http.sendAsync(post("/api/leads", token, lead(run + "-" + n)), HttpResponse.BodyHandlers.ofString())
                    .thenCompose(created -> {
                        if (created.statusCode() != 201) {
                            throw new IllegalStateException("create answered " + created.statusCode());
                        }
                        String id = id(created.body());
                        return http.sendAsync(post("/api/leads/" + id + "/qualify", token, "{}"),
                                HttpResponse.BodyHandlers.ofString()).thenApply(q -> {
                                    if (q.statusCode() == 200) {
                                        qualifyAnswered.put(id, Instant.now());
                                    } else {
                                        failed.incrementAndGet();
                                    }
                                    return q;
                                });
                    })
                    .whenComplete((r, e) -> {
                        if (e != null) {
                            failed.incrementAndGet();
                        }
                        inFlight.decrementAndGet();
                    });
        }, 0, (long) (1e9 / perSecond), TimeUnit.NANOSECONDS);
        Thread.sleep(duration.toMillis());
        ticker.shutdownNow();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline && !qualifyAnswered.keySet().stream()
                .allMatch(id -> qualifiedEvents.containsKey(id) && opportunityEvents.containsKey(id))) {
            Thread.sleep(50);
        }
        watcher.stop();

        List<Double> toKafka = new ArrayList<>();
        List<Double> toConsumer = new ArrayList<>();
        List<Double> toOpportunity = new ArrayList<>();
        List<Double> toOpportunityOnKafka = new ArrayList<>();
        int missing = 0;
        for (var answered : qualifyAnswered.entrySet()) {
            Seen qualified = qualifiedEvents.get(answered.getKey());
            Seen opportunity = opportunityEvents.get(answered.getKey());
            if (qualified == null || opportunity == null) {
                missing++;
                continue;
            }
            toKafka.add(qualified.recordTimestamp() - qualified.ceTime().toEpochMilli() - micros(qualified.ceTime()));
            toConsumer.add(millisBetween(qualified.ceTime(), qualified.received()));
            toOpportunity.add(millisBetween(answered.getValue(), opportunity.ceTime()));
            toOpportunityOnKafka.add(millisBetween(answered.getValue(), opportunity.received()));
        }
        double seconds = duration.toMillis() / 1000.0;
        return new Result(perSecond, qualifyAnswered.size(), sample("commit → on Kafka", toKafka, seconds),
                sample("commit → seen by a consumer", toConsumer, seconds),
                sample("qualify answered → opportunity created", toOpportunity, seconds),
                sample("qualify answered → OpportunityCreated on Kafka", toOpportunityOnKafka, seconds), missing,
                failed.get());
    }

    private static double micros(Instant time) {
        return (time.getNano() % 1_000_000) / 1e6;
    }

    private static double millisBetween(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }

    private static LoadResult sample(String label, List<Double> millis, double seconds) {
        return LoadResult.fromLatencies(label, 0, millis.stream().mapToDouble(Double::doubleValue).toArray(), 0, seconds);
    }

    private HttpRequest post(String path, String token, String body) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String id(String body) {
        try {
            return JSON.readTree(body).path("id").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The consumer thread that watches the topics, and how to stop it. */
    private record Watcher(Thread thread, KafkaConsumer<String, String> consumer) {
        void stop() throws InterruptedException {
            consumer.wakeup();
            thread.join(10_000);
        }
    }

    /** Reads both topics from their ends, noting when each event of interest arrives. */
    private Watcher watch(Map<String, Seen> qualified, Map<String, Seen> opportunities) throws InterruptedException {
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
        Thread thread = new Thread(() -> {
            try (consumer) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (String topic : List.of("lead2cash.leads", "lead2cash.opportunities")) {
                    consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
                }
                consumer.assign(partitions);
                consumer.seekToEnd(partitions);
                partitions.forEach(consumer::position);
                ready.countDown();
                while (true) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                        Instant received = Instant.now();
                        String type = header(record, "ce_type");
                        if (QUALIFIED.equals(type)) {
                            qualified.put(record.key(), new Seen(Instant.parse(header(record, "ce_time")), record.timestamp(),
                                    received));
                        } else if (OPPORTUNITY_CREATED.equals(type)) {
                            String lead = JSON.readTree(record.value()).path("opportunity").path("originatingLeadId").asText(null);
                            if (lead != null) {
                                opportunities.put(lead, new Seen(Instant.parse(header(record, "ce_time")), record.timestamp(),
                                        received));
                            }
                        }
                    }
                }
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                // stopped
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } finally {
                ready.countDown();
            }
        }, "bench-event-watch");
        thread.setDaemon(true);
        thread.start();
        ready.await(30, TimeUnit.SECONDS);
        return new Watcher(thread, consumer);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
