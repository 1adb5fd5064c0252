package io.lead2cash.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.devstack.KafkaProcess;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.devstack.Ports;
import io.lead2cash.devstack.Postgres;
import io.lead2cash.devstack.suite.CatalogSeed;
import io.lead2cash.devstack.suite.Suite;
import io.lead2cash.devstack.suite.SuitePorts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Whole chains, lead to paid invoice, driven through the gateway by clients that retry with the same Idempotency-Key,
 * while a service JVM is killed with SIGKILL and restarted, the Kafka broker (its own process) is stopped and started,
 * and PostgreSQL is restarted. Every chain completes with one opportunity per lead, one order per quote and one invoice
 * per order; nothing is parked on a dead-letter topic; the time each fault took to recover from is printed.
 */
class RecoveryFromFaultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration STEP_PATIENCE = Duration.ofSeconds(60);

    /** What one completed chain made. */
    record Chain(String lead, String opportunity, String quote, String order, String invoice) {
    }

    private String gateway;
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<Chain> completed = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> failed = new ConcurrentLinkedQueue<>();
    /** When an event's effect was last seen by a client (an opportunity, an order, an invoice appearing). */
    private final AtomicLong lastOpportunitySeen = new AtomicLong();
    private final AtomicLong lastOrderSeen = new AtomicLong();
    private final AtomicLong lastWriteAnswered = new AtomicLong();

    @Test
    void everyChainCompletesExactlyOnceThroughAKilledServiceAStoppedBrokerAndARestartedDatabase() throws Exception {
        Path data = Files.createTempDirectory("lead2cash-faults-");
        int postgresPort = Ports.free();
        Postgres postgres = Postgres.embedded(data.resolve("postgres"), postgresPort);
        KafkaProcess kafka = KafkaProcess.start(data.resolve("kafka"), 0, 3, data.resolve("logs/kafka.log"));
        Suite suite = new Suite(Path.of("..").toAbsolutePath().normalize(), data, SuitePorts.free(), System.out)
                .onInfrastructure(postgres, "faults_", kafka.bootstrapServers());
        Map<String, String> recovery = new LinkedHashMap<>();
        try {
            suite.start(Duration.ofMinutes(4));
            gateway = suite.gatewayUrl();
            CatalogSeed.Seeded catalog = new CatalogSeed(gateway, suite.tokens(), System.out).run();
            String clerk = suite.tokens().issue("faults-clerk", List.of("billing-clerk"), null, Duration.ofMinutes(30));
            String manager = suite.tokens().issue("faults-manager", List.of("sales-manager"), null, Duration.ofMinutes(30));
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String rep = suite.tokens().issue("faults-rep-" + i, List.of("sales-rep"), "faults", Duration.ofMinutes(30));
                int client = i;
                Thread thread = new Thread(() -> {
                    for (int n = 0; loading.get(); n++) {
                        try {
                            completed.add(chain(rep, clerk, catalog, client + "-" + n));
                        } catch (Exception e) {
                            failed.add("chain " + client + "-" + n + ": " + e.getMessage());
                        }
                    }
                }, "faults-client-" + i);
                thread.start();
                clients.add(thread);
            }
            Thread.sleep(5_000);

            // 1. A service dies without a word (kill -9) and comes back 5 s later.
            long before = lastOrderSeen.get();
            suite.kill("billing-service");
            // While it is down the gateway says so at once, with when to come back.
            long asked = System.nanoTime();
            HttpResponse<String> down = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/orders"))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + clerk).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(down.statusCode()).as("a call to the dead service").isEqualTo(503);
            assertThat(down.headers().firstValue("Retry-After")).as("Retry-After").isPresent();
            assertThat(down.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            recovery.put("while billing-service was down", String.format("the gateway answered 503 with Retry-After in %.0f ms",
                    (System.nanoTime() - asked) / 1e6));
            Thread.sleep(5_000);
            long restarted = System.nanoTime();
            double ready = suite.restart("billing-service", Duration.ofMinutes(2));
            long working = awaitChange(lastOrderSeen, before, restarted);
            recovery.put("billing-service killed (SIGKILL) and restarted 5 s later", String.format(
                    "ready %.1f s after its process started; its first order %.1f s after start", ready, seconds(restarted, working)));

            // 2. The broker stops for 10 s.
            before = lastOpportunitySeen.get();
            kafka.stop();
            Thread.sleep(10_000);
            kafka.start();
            long kafkaBack = System.nanoTime();
            long flowing = awaitChange(lastOpportunitySeen, before, kafkaBack);
            recovery.put("Kafka stopped for 10 s", String.format("next opportunity created from a LeadQualified %.1f s "
                    + "after the broker was back", seconds(kafkaBack, flowing)));

            // 3. PostgreSQL restarts.
            before = lastWriteAnswered.get();
            postgres.close();
            Thread.sleep(2_000);
            long databaseStarting = System.nanoTime();
            postgres = Postgres.embedded(data.resolve("postgres"), postgresPort);
            long databaseBack = System.nanoTime();
            long writing = awaitChange(lastWriteAnswered, before, databaseBack);
            recovery.put("PostgreSQL stopped for 2 s and restarted", String.format("up %.1f s after its start began; next "
                    + "write answered %.1f s after it was up", seconds(databaseStarting, databaseBack), seconds(databaseBack, writing)));
            before = lastOrderSeen.get();
            long orders = awaitChange(lastOrderSeen, before, databaseBack);
            recovery.put("  ... and events after the restart", String.format("next order %.1f s after the database was up",
                    seconds(databaseBack, orders)));

            Thread.sleep(3_000);
            loading.set(false);
            for (Thread thread : clients) {
                thread.join(STEP_PATIENCE.toMillis() * 2);
            }
            System.out.println("Recovery from faults (" + completed.size() + " chains completed):");
            recovery.forEach((fault, figures) -> System.out.println("  " + fault + ": " + figures));

            assertThat(failed).as("chains that did not complete").isEmpty();
            assertThat(completed).as("chains completed through the faults").hasSizeGreaterThanOrEqualTo(8);
            for (Chain chain : completed) {
                assertThat(total(manager, "/api/opportunities?originatingLeadId=" + chain.lead())).as("opportunities of lead %s",
                        chain.lead()).isEqualTo(1);
                assertThat(total(manager, "/api/orders?quoteId=" + chain.quote())).as("orders of quote %s", chain.quote())
                        .isEqualTo(1);
                assertThat(total(clerk, "/api/invoices?orderId=" + chain.order())).as("invoices of order %s", chain.order())
                        .isEqualTo(1);
                assertThat(get(clerk, "/api/invoices/" + chain.invoice()).path("state").asText()).isEqualTo("PAID");
            }
            for (String service : List.of("leads-service", "opportunity-service", "billing-service")) {
                assertThat(KafkaRecords.await(kafka.bootstrapServers(), service + ".dead-letter", r -> true, 1,
                        Duration.ofSeconds(3))).as("events parked by %s", service).isEmpty();
            }
            assertThat(recovery.values()).noneMatch(figures -> figures.contains("-1.0"));
        } finally {
            loading.set(false);
            suite.close();
            kafka.close();
            postgres.close();
            // The processes' logs stay in target/ for whoever reads a failure.
            Path kept = Path.of("target", "recovery-from-faults-logs");
            try (var logs = Files.list(data.resolve("logs"))) {
                Files.createDirectories(kept);
                for (Path log : logs.toList()) {
                    Files.copy(log, kept.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            try (var files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    // ---- one chain, as a patient client would drive it ----

    private Chain chain(String rep, String clerk, CatalogSeed.Seeded catalog, String n) throws Exception {
        String lead = write(rep, "POST", "/api/leads", """
                {"topic": "Faults %s", "lastName": "Kowalski", "companyName": "Kawiarnia %s", "email": "faults-%s@chain.example"}"""
                .formatted(n, n, n), 201).path("id").asText();
        write(rep, "POST", "/api/leads/" + lead + "/qualify", "{\"opportunity\": {\"priceListId\": \""
                + catalog.eurPriceList() + "\", \"currency\": \"EUR\"}}", 200);
        String opportunity = await(rep, "/api/opportunities?originatingLeadId=" + lead);
        lastOpportunitySeen.set(System.nanoTime());
        JsonNode line = write(rep, "POST", "/api/opportunities/" + opportunity + "/lines", "{\"productId\": \""
                + catalog.products().get("CC-GRIND") + "\", \"quantity\": 1}", 201);
        // While the catalog cannot price (its database restarting), a line is kept unpriced; reprice it, as a user would.
        for (long deadline = System.nanoTime() + STEP_PATIENCE.toNanos(); line.path("amount").isNull()
                || line.path("amount").isMissingNode(); ) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the line of " + opportunity + " stayed unpriced: " + line);
            }
            Thread.sleep(500);
            line = write(rep, "POST", "/api/opportunities/" + opportunity + "/reprice", null, 200).path(0);
        }
        String quote = write(rep, "POST", "/api/opportunities/" + opportunity + "/quotes", null, 201).path("id").asText();
        // Generating the quote prices its lines again: while the catalog cannot (its database restarting), they are kept
        // unpriced and activating is refused; reprice the draft, as a user would, until it can be activated.
        for (long deadline = System.nanoTime() + STEP_PATIENCE.toNanos(); ; ) {
            try {
                write(rep, "POST", "/api/quotes/" + quote + "/activate", null, 200);
                break;
            } catch (IllegalStateException refused) {
                if (!String.valueOf(refused.getMessage()).contains("are not priced") || System.nanoTime() > deadline) {
                    throw refused;
                }
                Thread.sleep(500);
                write(rep, "POST", "/api/quotes/" + quote + "/reprice", null, 200);
            }
        }
        write(rep, "POST", "/api/quotes/" + quote + "/win", null, 200);
        String order;
        try {
            order = await(clerk, "/api/orders?quoteId=" + quote);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "; the quote: " + raw(rep, "/api/quotes/" + quote)
                    + "; its orders: " + raw(clerk, "/api/orders?quoteId=" + quote) + "; orders: " + raw(clerk, "/api/orders?size=3"), e);
        }
        lastOrderSeen.set(System.nanoTime());
        write(clerk, "POST", "/api/orders/" + order + "/fulfil", null, 200);
        String invoice = await(clerk, "/api/invoices?orderId=" + order);
        JsonNode total = get(clerk, "/api/invoices/" + invoice).path("totalAmount");
        write(clerk, "POST", "/api/invoices/" + invoice + "/payments", "{\"amount\": \"" + total.path("amount").asText()
                + "\", \"reference\": \"FAULTS-" + n + "\"}", 201);
        return new Chain(lead, opportunity, quote, order, invoice);
    }

    /**
     * A change, retried with the same Idempotency-Key until answered: through connection failures, 502/503/504 while a
     * service or the database is down, and 5xx of a dying request. A 409 on a retry means an earlier try went through.
     */
    private JsonNode write(String token, String method, String path, String body, int expected) throws Exception {
        String key = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + STEP_PATIENCE.toNanos();
        String last = "no answer";
        boolean outcomeUnknown = false;
        for (int attempt = 1; System.nanoTime() < deadline; attempt++) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Bearer " + token).header("Idempotency-Key", key);
                request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                        : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
                HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                // A 409 after a try whose outcome is unknown (no answer, or the service died answering) means that
                // try went through; after a definite answer it is a real refusal.
                if (answer.statusCode() == expected || outcomeUnknown && answer.statusCode() == 409
                        && !answer.body().contains("in progress")) {
                    lastWriteAnswered.set(System.nanoTime());
                    return answer.statusCode() == expected && !answer.body().isEmpty() ? JSON.readTree(answer.body())
                            : JSON.createObjectNode();
                }
                last = answer.statusCode() + " " + answer.body();
                boolean inProgress = answer.statusCode() == 409 && answer.body().contains("in progress");
                if (answer.statusCode() < 500 && answer.statusCode() != 429 && !inProgress) {
                    throw new IllegalStateException(method + " " + path + " answered " + last);
                }
                outcomeUnknown = answer.statusCode() >= 500;
            } catch (IOException e) {
                last = e.toString();
                outcomeUnknown = true;
            }
            Thread.sleep(Math.min(1000, 100L * attempt));
        }
        throw new IllegalStateException(method + " " + path + " not done within " + STEP_PATIENCE.toSeconds() + " s: " + last);
    }

    /** The id of the first item of a list, once an event has made one appear. */
    private String await(String token, String list) throws Exception {
        long deadline = System.nanoTime() + STEP_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode page = tryGet(token, list);
            if (page != null && page.path("items").size() > 0) {
                return page.path("items").get(0).path("id").asText();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(list + " stayed empty for " + STEP_PATIENCE.toSeconds() + " s");
    }

    private JsonNode get(String token, String path) throws Exception {
        long deadline = System.nanoTime() + STEP_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode answer = tryGet(token, path);
            if (answer != null) {
                return answer;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("GET " + path + " not answered within " + STEP_PATIENCE.toSeconds() + " s");
    }

    private JsonNode tryGet(String token, String path) throws InterruptedException {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? JSON.readTree(answer.body()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private String raw(String token, String path) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() + " " + answer.body();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private long total(String token, String list) throws Exception {
        return get(token, list + "&count=true").path("totalItems").asLong();
    }

    /** Waits until a client notes the effect after {@code since}; returns when, or -1 after two minutes. */
    private static long awaitChange(AtomicLong seen, long before, long since) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        Predicate<Long> changed = value -> value != before && value > since;
        while (System.nanoTime() < deadline) {
            if (changed.test(seen.get())) {
                return seen.get();
            }
            Thread.sleep(50);
        }
        return -1;
    }

    private static double seconds(long from, long to) {
        return to < 0 ? -1.0 : (to - from) / 1e9;
    }
}
