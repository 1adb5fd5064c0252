package io.lead2cash.devstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.lead2cash.devstack.suite.ApiClient;
import io.lead2cash.devstack.suite.CatalogSeed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Whole chains through the gateway, as many at once as there are users: a sales rep creates and qualifies a lead,
 * prices a line on the opportunity the event opened, quotes, activates and wins; a billing clerk fulfils the order
 * the acceptance opened and pays its invoice. Each user starts the next chain as soon as one ends (a closed loop).
 */
final class Chains {

    /** Chains completed per second, their duration in milliseconds, and the failures with the first reason. */
    record Result(int users, LoadResult chains, int failed, String firstFailure) {
    }

    private final List<ApiClient> reps;
    private final List<ApiClient> clerks;
    private final CatalogSeed.Seeded catalog;

    Chains(List<ApiClient> reps, List<ApiClient> clerks, CatalogSeed.Seeded catalog) {
        this.reps = reps;
        this.clerks = clerks;
        this.catalog = catalog;
    }

    Result run(String run, int users, Duration duration) throws InterruptedException {
        ConcurrentLinkedQueue<Double> durations = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            ApiClient rep = reps.get(u % reps.size());
            ApiClient clerk = clerks.get(u % clerks.size());
            String user = run + "-" + u;
            Thread thread = new Thread(() -> {
                for (int n = 0; System.nanoTime() < deadline; n++) {
                    long start = System.nanoTime();
                    try {
                        chain(rep, clerk, user + "-" + n);
                        durations.add((System.nanoTime() - start) / 1e6);
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        firstFailure.compareAndSet(null, e.getMessage());
                        if (e instanceof InterruptedException) {
                            return;
                        }
                    }
                }
            }, "bench-chain-" + u);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double[] millis = durations.stream().mapToDouble(Double::doubleValue).toArray();
        return new Result(users, LoadResult.fromLatencies("whole chains", users, millis, failed.get(),
                duration.toMillis() / 1000.0), failed.get(), firstFailure.get());
    }

    private void chain(ApiClient rep, ApiClient clerk, String n) throws Exception {
        String lead = rep.post("/api/leads", """
                {"topic": "Espresso bar %s", "lastName": "Chain", "companyName": "Chain Café %s",
                 "email": "chain-%s@bench.example", "estimatedValue": {"amount": "6500.00", "currency": "EUR"}}"""
                .formatted(n, n, n), 201).path("id").asText();
        rep.post("/api/leads/" + lead + "/qualify", "{\"opportunity\": {\"priceListId\": \"" + catalog.eurPriceList() + "\"}}",
                200);
        String opportunity = await(() -> first(rep, "/api/opportunities?originatingLeadId=" + lead));
        rep.post("/api/opportunities/" + opportunity + "/lines", "{\"productId\": \""
                + catalog.products().get("CC-MACH-SEMI") + "\", \"quantity\": 1}", 201);
        String quote = rep.post("/api/opportunities/" + opportunity + "/quotes", "{}", 201).path("id").asText();
        rep.post("/api/quotes/" + quote + "/activate", null, 200);
        rep.post("/api/quotes/" + quote + "/win", null, 200);
        String order = await(() -> first(clerk, "/api/orders?quoteId=" + quote));
        clerk.post("/api/orders/" + order + "/fulfil", null, 200);
        JsonNode invoice = clerk.get("/api/invoices?orderId=" + order).path("items").get(0);
        clerk.post("/api/invoices/" + invoice.path("id").asText() + "/payments", "{\"amount\": "
                + invoice.path("totalAmount").path("amount").asText() + ", \"reference\": \"BENCH-" + n + "\"}", 201);
    }

    private static String first(ApiClient api, String query) {
        try {
            JsonNode items = api.get(query).path("items");
            return items.size() > 0 ? items.get(0).path("id").asText() : null;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Polls for what an event creates in another service, as a front end would: after 20 ms, then every 50 ms, for at
     * most 30 s. (Polling every few milliseconds would spend the machine's CPU on asking instead of doing.)
     */
    private static String await(Supplier<String> attempt) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Thread.sleep(20);
        while (System.nanoTime() < deadline) {
            String found = attempt.get();
            if (found != null) {
                return found;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("what an event should have created did not appear within 30 s");
    }
}
