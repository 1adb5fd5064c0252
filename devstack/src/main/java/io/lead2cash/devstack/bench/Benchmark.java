package io.lead2cash.devstack.bench;

import io.lead2cash.devstack.TokenSource;
import io.lead2cash.devstack.KafkaProcess;
import io.lead2cash.devstack.Postgres;
import io.lead2cash.devstack.suite.ApiClient;
import io.lead2cash.devstack.suite.CatalogSeed;
import io.lead2cash.devstack.suite.Suite;
import io.lead2cash.devstack.suite.SuitePorts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code ./lead2cash bench}: starts the whole suite with production JVM settings on a fresh PostgreSQL (embedded, or
 * the server LEAD2CASH_DB_URL names) and a Kafka broker process, drives it with wrk, pgbench and this JVM's own
 * clients, and writes a dated table of figures and ratios to docs/benchmarks.md with a latency-against-load chart.
 */
public final class Benchmark {

    /** What the images run: C2, a heap sized for a small container, serial GC (one or two cores). */
    public static final List<String> PRODUCTION_JVM = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx160m",
            "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:+ExitOnOutOfMemoryError");

    private static final String PREFIX = "bench_";
    private static final int[] SWEEP = {1, 2, 4, 8, 16, 32, 64};
    private static final String[] SERVICES = {"leads", "catalog", "opportunity", "billing"};

    private final Path root;
    private final Path data;
    private final PrintStream out;
    private final boolean quick;
    private final String run = Long.toString(System.currentTimeMillis() % 10_000_000, 36);
    private final Report report = new Report();
    private int step;
    private final int steps = 14;

    public Benchmark(Path root, Path data, PrintStream out, boolean quick) {
        this.root = root;
        this.data = data;
        this.out = out;
        this.quick = quick;
    }

    private Duration seconds(int full) {
        return Duration.ofSeconds(quick ? Math.max(3, full / 3) : full);
    }

    public void run() throws Exception {
        out.println("Lead2Cash benchmark" + (quick ? " (--quick: short runs, figures for a smoke test only)" : "")
                + "; about " + (quick ? 4 : 20) + " minutes. Data in " + root.relativize(data) + " (wiped first).");
        wipe(data);
        LoadTools tools = LoadTools.find(data.resolve("scripts"));
        Files.createDirectories(data.resolve("logs"));
        report.machine(root, tools);

        say("Starting PostgreSQL and a Kafka broker process");
        long t0 = System.nanoTime();
        Postgres postgres = Postgres.fromEnvironmentOr(data.resolve("postgres"), 0);
        for (String service : SERVICES) {
            postgres.recreateDatabase(PREFIX + service);
        }
        String externalKafka = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        KafkaProcess kafka = externalKafka == null || externalKafka.isBlank()
                ? KafkaProcess.start(data.resolve("kafka"), 0, 3, data.resolve("logs/kafka.log")) : null;
        String bootstrap = kafka != null ? kafka.bootstrapServers() : externalKafka;
        double infrastructure = (System.nanoTime() - t0) / 1e9;
        report.postgres(postgres.isEmbedded() ? "embedded PostgreSQL " + serverVersion(postgres)
                : "PostgreSQL " + serverVersion(postgres) + " at " + postgres.serverUrl());
        done("%s and Kafka %s ready in %.1f s", postgres.isEmbedded() ? "PostgreSQL" : "PostgreSQL (given)",
                bootstrap, infrastructure);

        SuitePorts ports = SuitePorts.free();
        List<String> jvm = new ArrayList<>(PRODUCTION_JVM);
        jvm.addAll(List.of("-XX:+HeapDumpOnOutOfMemoryError", "-XX:HeapDumpPath=" + data.resolve("logs")));
        Suite suite = new Suite(root, data, ports, quiet()).jvmOptions(jvm).onInfrastructure(postgres, PREFIX, bootstrap);
        try (postgres; kafka; suite) {
            say("Starting the four services and the gateway (" + String.join(" ", PRODUCTION_JVM) + ")");
            long started = System.nanoTime();
            suite.start(Duration.ofMinutes(5));
            double coldStart = (System.nanoTime() - started) / 1e9;
            report.coldStart(infrastructure, coldStart);
            Map<String, Double> memory = memory(suite, postgres, kafka);
            report.memory("after start", memory);
            done("ready in %.1f s (services) + %.1f s (infrastructure); resident %.0f MiB in all", coldStart,
                    infrastructure, memory.values().stream().mapToDouble(Double::doubleValue).sum());
            measure(tools, suite, postgres, kafka, ports, bootstrap);
            report.memory("after the load", memory(suite, postgres, kafka));
            say("Stopping the suite");
        }
        Path chart = report.write(root);
        out.println();
        out.println("Figures written to docs/benchmarks.md; chart " + root.relativize(chart) + ".");
    }

    private void measure(LoadTools tools, Suite suite, Postgres postgres, KafkaProcess kafka, SuitePorts ports,
            String bootstrap) throws Exception {
        String gateway = suite.gatewayUrl();
        String leads = "http://localhost:" + ports.of("leads-service");
        TokenSource tokens = suite.tokens();
        List<String> reps = IntStream.rangeClosed(1, 32).mapToObj(i -> tokens.issue("bench-rep-" + i,
                List.of("sales-rep"), "bench", Duration.ofHours(2))).toList();
        List<String> readers = IntStream.rangeClosed(1, 8).mapToObj(i -> tokens.issue("bench-reader-" + i,
                List.of("integration"), null, Duration.ofHours(2))).toList();
        List<ApiClient> repClients = reps.stream().map(t -> new ApiClient(gateway, t)).toList();
        List<ApiClient> clerks = IntStream.rangeClosed(1, 32).mapToObj(i -> new ApiClient(gateway, tokens.issue(
                "bench-clerk-" + i, List.of("billing-clerk"), null, Duration.ofHours(2)))).toList();
        String leadsDb = postgres.jdbcUrl(PREFIX + "leads");
        LoadTools.PgTarget pg = LoadTools.PgTarget.of(leadsDb, postgres.user(), postgres.password());
        Path pgData = postgres.isEmbedded() ? data.resolve("postgres") : null;

        say("Loading the demo catalog and a lead to read");
        CatalogSeed.Seeded catalog = new CatalogSeed(gateway, tokens, quiet()).run();
        String leadId = repClients.get(0).post("/api/leads", "{\"topic\": \"Lead to read\", \"lastName\": \"Reader\","
                + " \"companyName\": \"Read Co\", \"email\": \"read@bench.example\"}", 201).path("id").asText();
        Path pricingBody = tools.work().resolve("pricing-500.json");
        Files.writeString(pricingBody, pricingRequest(catalog, 500));
        sql(leadsDb, postgres, "CREATE TABLE bench_lead (LIKE lead INCLUDING ALL); "
                + "CREATE TABLE bench_outbox (LIKE outbox_message INCLUDING ALL)");
        done("catalog, lead %s, pgbench tables bench_lead and bench_outbox beside lead and outbox_message", leadId);

        Map<String, String> createEnv = Map.of("TOKENS", String.join(",", reps));
        Map<String, String> readEnv = Map.of("TOKENS", String.join(",", readers), "METHOD", "GET",
                "PATH_TO", "/api/leads/" + leadId);
        Map<String, String> priceEnv = Map.of("TOKENS", reps.get(0), "METHOD", "POST", "PATH_TO",
                "/api/pricing/calculate", "BODY_FILE", pricingBody.toString());
        Chains chains = new Chains(repClients, clerks, catalog);

        say("Warming up: mixed load, then each path until its rate is steady (C2 compiles what runs hot, which takes "
                + "minutes on 2 cores)");
        Duration mixed = quick ? Duration.ofSeconds(30) : Duration.ofMinutes(4);
        Thread creating = background(() -> tools.wrk("warm-up", gateway, 16, mixed, "create-lead.lua",
                with(createEnv, "RUN", run + "m")).perSecond());
        Thread reading = background(() -> tools.wrk("warm-up", gateway, 4, mixed, "send.lua", readEnv).perSecond());
        Thread pricingLoad = background(() -> tools.wrk("warm-up", gateway, 1, mixed, "send.lua", priceEnv).perSecond());
        Chains.Result mixedChains = chains.run(run + "m", 16, mixed);
        creating.join();
        reading.join();
        pricingLoad.join();
        out.printf("      mixed load for %d s: %.1f chains/s beside create, read and price%n", mixed.toSeconds(),
                mixedChains.chains().perSecond());
        warm("whole chains", () -> chains.run(run + "w" + System.nanoTime(), 32, seconds(15)).chains().perSecond());
        warm("create a lead through the gateway", () -> tools.wrk("warm-up", gateway, 32, seconds(10), "create-lead.lua",
                with(createEnv, "RUN", run + "w" + System.nanoTime())).perSecond());
        warm("create a lead straight to leads-service", () -> tools.wrk("warm-up", leads, 32, seconds(10),
                "create-lead.lua", with(createEnv, "RUN", run + "w" + System.nanoTime())).perSecond());
        warm("read a lead through the gateway", () -> tools.wrk("warm-up", gateway, 8, seconds(10), "send.lua", readEnv)
                .perSecond());
        warm("read a lead straight from leads-service", () -> tools.wrk("warm-up", leads, 8, seconds(10), "send.lua",
                readEnv).perSecond());
        warm("price 500 lines", () -> tools.wrk("warm-up", gateway, 2, seconds(10), "send.lua", priceEnv).perSecond());
        done("warm");

        say("pgbench: the lead + outbox insert straight on PostgreSQL (before the services' load)");
        LoadResult pg8 = tools.pgbench("pgbench, before", pg, 8, seconds(15));
        LoadResult pg32 = tools.pgbench("pgbench, before", pg, 32, seconds(15));
        report.pgbenchBefore(pg8, pg32);
        done("%,.0f tx/s at 8 clients, %,.0f tx/s at 32 (p99 %.1f ms)", pg8.perSecond(), pg32.perSecond(), pg32.p99());

        say("Create a lead: through the gateway and straight to leads-service, 8 and 32 connections");
        Map<String, Long> pids = suite.processIds();
        List<LoadResult> creates = new ArrayList<>();
        for (String target : List.of("gateway", "leads-service")) {
            for (int connections : new int[] {8, 32}) {
                String label = run + "c" + target.charAt(0) + connections;
                Map<String, Double> cpuBefore = cpu(pids, pgData, kafka);
                LoadResult result = tools.wrk(target, target.equals("gateway") ? gateway : leads, connections, seconds(15),
                        "create-lead.lua", with(createEnv, "RUN", label));
                Map<String, Double> cpuAfter = cpu(pids, pgData, kafka);
                long rows = count(leadsDb, postgres, "SELECT count(*) FROM lead WHERE topic LIKE 'Bench lead " + label + "-%'");
                report.create(result, rows, target.equals("gateway") && connections == 32 ? perCall(cpuBefore, cpuAfter,
                        result.succeeded()) : null);
                creates.add(result);
                out.printf("      %-14s %2d connections: %,7.0f/s  p50 %6.1f  p95 %6.1f  p99 %6.1f ms  failed %d  rows %,d%n",
                        target, connections, result.perSecond(), result.p50(), result.p95(), result.p99(), result.failed(),
                        rows);
            }
        }
        done("through the gateway at 32 connections: %.2f× pgbench", creates.get(1).perSecond() / pg32.perSecond());

        say("Latency against load: create a lead through the gateway and pgbench at 1 to 64 connections");
        List<LoadResult> gatewaySweep = new ArrayList<>();
        List<LoadResult> pgSweep = new ArrayList<>();
        for (int connections : SWEEP) {
            gatewaySweep.add(connections == 8 ? creates.get(0) : connections == 32 ? creates.get(1)
                    : tools.wrk("gateway", gateway, connections, seconds(8), "create-lead.lua",
                            with(createEnv, "RUN", run + "s" + connections)));
            pgSweep.add(connections == 8 ? pg8 : connections == 32 ? pg32 : tools.pgbench("pgbench", pg, connections,
                    seconds(8)));
            out.printf("      %2d: gateway %,6.0f/s p99 %6.1f ms   pgbench %,6.0f/s p99 %6.1f ms%n", connections,
                    gatewaySweep.get(gatewaySweep.size() - 1).perSecond(), gatewaySweep.get(gatewaySweep.size() - 1).p99(),
                    pgSweep.get(pgSweep.size() - 1).perSecond(), pgSweep.get(pgSweep.size() - 1).p99());
        }
        report.sweep(gatewaySweep, pgSweep);
        done("chart data taken");

        say("Read a lead: the gateway's added latency (1 connection) and throughput (8 connections)");
        LoadResult get1Gateway = tools.wrk("gateway", gateway, 1, seconds(10), "send.lua", readEnv);
        LoadResult get1Direct = tools.wrk("leads-service", leads, 1, seconds(10), "send.lua", readEnv);
        LoadResult get8Gateway = tools.wrk("gateway", gateway, 8, seconds(10), "send.lua", readEnv);
        LoadResult get8Direct = tools.wrk("leads-service", leads, 8, seconds(10), "send.lua", readEnv);
        report.reads(get1Gateway, get1Direct, get8Gateway, get8Direct);
        done("+%.2f ms at p50; %.2f× the direct throughput", get1Gateway.p50() - get1Direct.p50(),
                get8Gateway.perSecond() / get8Direct.perSecond());

        say("Events at half of peak: leads created and qualified through the gateway at a fixed rate");
        EventLatency probe = new EventLatency(gateway, bootstrap, reps);
        probe.peak(run + "q", 16, seconds(15));
        double peak = probe.peak(run + "p", 16, seconds(15));
        double qualifyRate = Math.max(2, Math.round(peak / 2));
        // At its peak the HTTP side qualifies leads faster than the opportunity-service turns them into opportunities;
        // measuring before that backlog is gone would time the backlog, not the event path.
        double settled = drain(postgres, bootstrap, Duration.ofSeconds(180));
        out.printf("      peak %.0f leads created and qualified a second (16 clients back to back; its backlog drained in %s);"
                + " measuring at %.0f%n", peak, settled < 0 ? "more than 180 s" : String.format("%.1f s", settled), qualifyRate);
        EventLatency.Result events = probe.run(run + "e", qualifyRate, seconds(30));
        report.events(events);
        done("commit → Kafka p99 %.1f ms; qualify → opportunity p99 %.1f ms (%d qualified, %d events missing)",
                events.commitToKafka().p99(), events.qualifyToOpportunity().p99(), events.qualified(), events.missingEvents());

        say("Whole chains, lead to paid invoice, 32 users at once");
        Map<String, Double> chainCpuBefore = cpu(pids, pgData, kafka);
        Chains.Result chain = chains.run(run + "x", 32, seconds(40));
        report.chainCpu(perCall(chainCpuBefore, cpu(pids, pgData, kafka), chain.chains().succeeded()));
        double drain = drain(postgres, bootstrap, Duration.ofSeconds(120));
        report.chains(chain, drain);
        done("%.1f chains/s, chain p50 %.0f ms p99 %.0f ms, %d failed%s; backlog drained %s after the load stopped",
                chain.chains().perSecond(), chain.chains().p50(), chain.chains().p99(), chain.failed(),
                chain.firstFailure() == null ? "" : " (" + chain.firstFailure() + ")",
                drain < 0 ? "NOT within 120 s" : String.format("%.1f s", drain));

        say("Price a 500-line quote through the gateway (1 connection)");
        LoadResult pricing = tools.wrk("pricing", gateway, 1, seconds(15), "send.lua", priceEnv);
        report.pricing(pricing);
        done("p50 %.1f ms, p99 %.1f ms", pricing.p50(), pricing.p99());

        say("pgbench again, after the services' load");
        LoadResult pg8After = tools.pgbench("pgbench, after", pg, 8, seconds(15));
        LoadResult pg32After = tools.pgbench("pgbench, after", pg, 32, seconds(15));
        report.pgbenchAfter(pg8After, pg32After);
        done("%,.0f tx/s at 8 clients, %,.0f tx/s at 32", pg8After.perSecond(), pg32After.perSecond());
    }

    /** One measured workload, its rate per second. */
    private interface Workload {
        double rate() throws Exception;
    }

    /**
     * Repeats a workload until its last three rounds agree within 10 % and none beats the best before them (at least
     * three rounds, at most eight; one with --quick).
     */
    private void warm(String what, Workload workload) throws Exception {
        List<Double> rates = new ArrayList<>();
        for (int round = 1; round <= (quick ? 1 : 8); round++) {
            rates.add(workload.rate());
            if (steady(rates)) {
                break;
            }
        }
        out.printf("      %-40s %s per s%n", what, rates.stream().map(r -> String.format("%,.1f", r))
                .collect(Collectors.joining(", ")));
    }

    static boolean steady(List<Double> rates) {
        if (rates.size() < 3) {
            return false;
        }
        List<Double> last = rates.subList(rates.size() - 3, rates.size());
        double min = last.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = last.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double before = rates.subList(0, rates.size() - 3).stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return max <= 1.1 * min && max >= before;
    }

    private static Thread background(Workload work) {
        Thread thread = new Thread(() -> {
            try {
                work.rate();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "bench-warm-up");
        thread.start();
        return thread;
    }

    /** Seconds from now until every outbox is empty and every consumer group has read everything (-1: not in time). */
    private double drain(Postgres postgres, String bootstrap, Duration limit) throws Exception {
        long start = System.nanoTime();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            while (System.nanoTime() - start < limit.toNanos()) {
                long waiting = 0;
                for (String service : SERVICES) {
                    waiting += count(postgres.jdbcUrl(PREFIX + service), postgres, "SELECT count(*) FROM outbox_message");
                }
                if (waiting == 0 && lag(admin) == 0) {
                    return (System.nanoTime() - start) / 1e9;
                }
                Thread.sleep(100);
            }
        }
        return -1;
    }

    /** Records the consumer groups of the suite still have to read. */
    private static long lag(Admin admin) throws Exception {
        long lag = 0;
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            if (!group.groupId().endsWith("-service")) {
                continue;
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(committed.keySet()
                    .stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
            for (var entry : committed.entrySet()) {
                lag += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
            }
        }
        return lag;
    }

    private Map<String, Double> memory(Suite suite, Postgres postgres, KafkaProcess kafka) {
        Map<String, Double> memory = new LinkedHashMap<>();
        suite.processIds().forEach((name, pid) -> memory.put(name, Processes.rssMiB(pid)));
        if (kafka != null) {
            memory.put("Kafka broker", Processes.rssMiB(kafka.pid()));
        }
        if (postgres.isEmbedded()) {
            memory.put("PostgreSQL (PSS)", Processes.postgresPssMiB(data.resolve("postgres")));
        }
        return memory;
    }

    private static Map<String, Double> cpu(Map<String, Long> services, Path pgData, KafkaProcess kafka) {
        Map<String, Double> cpu = new LinkedHashMap<>();
        services.forEach((name, pid) -> cpu.put(name, Processes.cpuSeconds(pid)));
        if (kafka != null) {
            cpu.put("Kafka broker", Processes.cpuSeconds(kafka.pid()));
        }
        if (pgData != null) {
            cpu.put("PostgreSQL", Processes.postgres(pgData).stream().mapToDouble(Processes::cpuSeconds).sum());
        }
        return cpu;
    }

    /** CPU milliseconds per call, by process. */
    private static Map<String, Double> perCall(Map<String, Double> before, Map<String, Double> after, long calls) {
        Map<String, Double> perCall = new LinkedHashMap<>();
        after.forEach((name, seconds) -> perCall.put(name, Math.max(0, seconds - before.getOrDefault(name, 0.0)) * 1000
                / Math.max(1, calls)));
        return perCall;
    }

    private static String pricingRequest(CatalogSeed.Seeded catalog, int lines) {
        List<String> products = List.of("CC-MACH-SEMI", "CC-GRIND", "CC-ROAST-ESP", "CC-ROAST-HOUSE", "CC-CARE",
                "CC-INSTALL", "CC-KIT-CAFE");
        StringBuilder body = new StringBuilder("{\"priceListId\": \"" + catalog.eurPriceList() + "\", \"lines\": [");
        for (int i = 0; i < lines; i++) {
            body.append(i == 0 ? "" : ",").append("{\"productId\": \"").append(catalog.products().get(products.get(i % products.size())))
                    .append("\", \"quantity\": ").append(1 + i % 25).append('}');
        }
        return body.append("]}").toString();
    }

    private static Map<String, String> with(Map<String, String> env, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(env);
        copy.put(key, value);
        return copy;
    }

    private static long count(String url, Postgres postgres, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, postgres.user(), postgres.password());
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void sql(String url, Postgres postgres, String statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, postgres.user(), postgres.password());
                Statement s = c.createStatement()) {
            s.execute(statements);
        }
    }

    /** The server's version and the settings that decide what a commit costs. */
    private static String serverVersion(Postgres postgres) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.user(), postgres.password());
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT split_part(version(), ' ', 2), "
                        + "current_setting('fsync'), current_setting('synchronous_commit'), current_setting('shared_buffers')")) {
            rs.next();
            return rs.getString(1) + " (fsync " + rs.getString(2) + ", synchronous_commit " + rs.getString(3)
                    + ", shared_buffers " + rs.getString(4) + ")";
        }
    }

    private static void wipe(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var files = Files.walk(directory)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }

    private void say(String what) {
        step++;
        out.printf("%tT [%2d/%d] %s ...%n", System.currentTimeMillis(), step, steps, what);
        out.flush();
    }

    private void done(String format, Object... args) {
        out.printf("           %s%n", String.format(format, args));
        out.flush();
    }

    /** Accumulates the figures and writes them as a dated section of docs/benchmarks.md and an SVG chart. */
    private final class Report {
        private final List<String> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private String machine;
        private String database;
        private double pgbench32;
        private double pgbench32p99;
        private List<LoadResult> gatewaySweep = List.of();
        private List<LoadResult> pgSweep = List.of();

        void machine(Path root, LoadTools tools) {
            machine = machineLine(root);
        }

        void postgres(String description) {
            database = description;
        }

        void coldStart(double infrastructure, double services) {
            row("cold start of the built suite to ready (four services and the gateway at once)",
                    String.format("%.1f s (+ %.1f s for PostgreSQL and Kafka)", services, infrastructure), "≤ 20 s",
                    services <= 20);
        }

        void memory(String when, Map<String, Double> memory) {
            double total = memory.values().stream().mapToDouble(Double::doubleValue).sum();
            String parts = memory.entrySet().stream().map(e -> String.format("%s %.0f", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(", "));
            row("resident memory " + when + ", MiB", String.format("%.0f in all: %s", total, parts), "≤ 1,536 MiB",
                    total <= 1536);
        }

        void pgbenchBefore(LoadResult pg8, LoadResult pg32) {
            pgbench32 = pg32.perSecond();
            pgbench32p99 = pg32.p99();
            row("pgbench lead + outbox insert, 8 / 32 clients (before)", rate(pg8) + " / " + rate(pg32), "", null);
        }

        void pgbenchAfter(LoadResult pg8, LoadResult pg32) {
            row("pgbench lead + outbox insert, 8 / 32 clients (after)", rate(pg8) + " / " + rate(pg32), "", null);
        }

        void create(LoadResult result, long rows, Map<String, Double> cpuPerCall) {
            boolean gateway = result.label().equals("gateway");
            // A call still in flight when wrk stops may have committed its row without being counted as answered.
            String figure = rate(result) + String.format(", %d failed, %,d rows for %,d 201s", result.failed(), rows,
                    result.succeeded());
            if (gateway && result.connections() == 32) {
                double ratio = result.perSecond() / pgbench32;
                row("create a lead through the gateway, 32 connections", figure + String.format("; **%.2f× pgbench**, "
                        + "p99 %.1f× pgbench's", ratio, result.p99() / pgbench32p99), "≥ 0.35× (aim 0.5), p99 ≤ 3×",
                        ratio >= 0.35 && result.p99() <= 3 * pgbench32p99);
                if (cpuPerCall != null) {
                    notes.add("CPU per created lead at 32 connections through the gateway, ms: " + cpuPerCall.entrySet()
                            .stream().map(e -> String.format("%s %.2f", e.getKey(), e.getValue()))
                            .collect(Collectors.joining(", ")) + String.format(" (%.2f in all, on 2 cores)",
                                    cpuPerCall.values().stream().mapToDouble(Double::doubleValue).sum()));
                }
            } else {
                boolean counted = rows >= result.succeeded() && rows <= result.succeeded() + result.connections();
                row("create a lead " + (gateway ? "through the gateway" : "straight to leads-service") + ", "
                        + result.connections() + " connections", figure, counted ? "" : "a row per 201",
                        counted ? null : Boolean.FALSE);
            }
        }

        void sweep(List<LoadResult> gateway, List<LoadResult> pg) {
            gatewaySweep = gateway;
            pgSweep = pg;
        }

        void reads(LoadResult g1, LoadResult d1, LoadResult g8, LoadResult d8) {
            row("read a lead, 1 connection: gateway / direct", String.format("p50 %.2f / %.2f ms (+%.2f ms), p99 %.2f / "
                    + "%.2f ms, max %.0f / %.0f ms", g1.p50(), d1.p50(), g1.p50() - d1.p50(), g1.p99(), d1.p99(), g1.max(),
                    d1.max()), "+≤ 1 ms at p50, no call over 1 s", g1.p50() - d1.p50() <= 1 && g1.max() < 1000);
            row("read a lead, 8 connections: gateway / direct", String.format("%,.0f / %,.0f per s (%.2f×)",
                    g8.perSecond(), d8.perSecond(), g8.perSecond() / d8.perSecond()), "≥ 0.8×",
                    g8.perSecond() / d8.perSecond() >= 0.8);
        }

        void events(EventLatency.Result e) {
            row(String.format("commit → event on Kafka (ce_time → record time), %.0f qualified leads/s", e.rate()),
                    latencies(e.commitToKafka()), "p99 ≤ 25 ms", e.commitToKafka().p99() <= 25);
            row("commit → event seen by a consumer", latencies(e.commitToConsumer()), "", null);
            row("qualify answered → opportunity created in opportunity-service", latencies(e.qualifyToOpportunity())
                    + String.format("; %d qualified, %d events missing, %d calls failed", e.qualified(), e.missingEvents(),
                    e.failedCalls()), "p99 ≤ 100 ms", e.qualifyToOpportunity().p99() <= 100 && e.missingEvents() == 0);
            row("qualify answered → OpportunityCreated on Kafka", latencies(e.qualifyToOpportunityOnKafka()), "", null);
        }

        void chainCpu(Map<String, Double> perChain) {
            notes.add("CPU per whole chain, ms: " + perChain.entrySet().stream().map(e -> String.format("%s %.1f", e.getKey(),
                    e.getValue())).collect(Collectors.joining(", ")) + String.format(" (%.1f in all, on 2 cores; the "
                    + "benchmark's own clients, in its JVM, come on top)", perChain.values().stream()
                    .mapToDouble(Double::doubleValue).sum()));
        }

        void chains(Chains.Result chain, double drain) {
            LoadResult c = chain.chains();
            row("whole chains lead → paid invoice, 32 users", String.format("**%.1f chains/s**, chain p50 %.0f ms, p99 "
                    + "%.0f ms, %d failed%s", c.perSecond(), c.p50(), c.p99(), chain.failed(), chain.firstFailure() == null
                    ? "" : " (first: " + chain.firstFailure().replace('|', '/') + ")"), "≥ 50/s", c.perSecond() >= 50);
            row("backlog drained after the chain load stopped (outboxes empty, consumers caught up)",
                    drain < 0 ? "not within 120 s" : String.format("%.1f s", drain), "≤ 5 s", drain >= 0 && drain <= 5);
        }

        void pricing(LoadResult p) {
            row("price a 500-line quote through the gateway, 1 connection", latencies(p), "p99 ≤ 20 ms", p.p99() <= 20);
        }

        private void row(String what, String figure, String target, Boolean met) {
            rows.add("| " + what + " | " + figure + " | " + target + " | " + (met == null ? "" : met ? "met" : "**not met**")
                    + " |");
        }

        private static String rate(LoadResult r) {
            return String.format("%,.0f/s, p50 %.1f, p95 %.1f, p99 %.1f ms", r.perSecond(), r.p50(), r.p95(), r.p99());
        }

        private static String latencies(LoadResult r) {
            return String.format("p50 %.1f, p95 %.1f, p99 %.1f, max %.1f ms", r.p50(), r.p95(), r.p99(), r.max());
        }

        Path write(Path root) throws IOException {
            String date = LocalDateTime.now().withNano(0).toString().replace('T', ' ');
            String day = date.substring(0, 10);
            Path chart = root.resolve("docs/benchmarks/latency-vs-load-" + day + ".svg");
            Files.createDirectories(chart.getParent());
            Files.writeString(chart, LatencyChart.svg("Create a lead: latency against load, " + day, List.of(
                    new LatencyChart.Series("gateway p50", "#1f77b4", false, gatewaySweep, false),
                    new LatencyChart.Series("gateway p99", "#1f77b4", true, gatewaySweep, true),
                    new LatencyChart.Series("pgbench p50", "#2ca02c", false, pgSweep, false),
                    new LatencyChart.Series("pgbench p99", "#2ca02c", true, pgSweep, true))));
            StringBuilder section = new StringBuilder();
            section.append("### ").append(date).append(quick ? " (--quick: a smoke run, not for quoting)" : "").append("\n\n");
            section.append(machine).append("; ").append(database).append("; Kafka 4.1.1 broker process; services ")
                    .append("`").append(String.join(" ", PRODUCTION_JVM)).append("`.\n\n");
            section.append("| measured | figure | target | |\n|---|---|---|---|\n");
            rows.forEach(r -> section.append(r).append('\n'));
            section.append("\nLatency against load (create a lead through the gateway; pgbench's lead + outbox insert):\n\n");
            section.append("| connections |");
            gatewaySweep.forEach(r -> section.append(' ').append(r.connections()).append(" |"));
            section.append("\n|---|").append("---|".repeat(gatewaySweep.size())).append('\n');
            section.append("| gateway, per s / p99 ms |");
            gatewaySweep.forEach(r -> section.append(String.format(" %,.0f / %.1f |", r.perSecond(), r.p99())));
            section.append("\n| pgbench, per s / p99 ms |");
            pgSweep.forEach(r -> section.append(String.format(" %,.0f / %.1f |", r.perSecond(), r.p99())));
            section.append("\n\n![latency against load](benchmarks/").append(chart.getFileName()).append(")\n\n");
            notes.forEach(n -> section.append(n).append("\n\n"));
            Path file = root.resolve("docs/benchmarks.md");
            String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n" + MARKER + "\n";
            if (!text.contains(MARKER)) {
                text = text + "\n" + MARKER + "\n";
            }
            Files.writeString(file, text.replace(MARKER, MARKER + "\n\n" + section.toString().trim() + "\n"));
            return chart;
        }
    }

    /** The machine and the commit measured, as the reports' first line names them. */
    static String machineLine(Path root) {
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpuModel() + "), "
                + Math.round(totalMemoryGiB()) + " GiB, Java " + System.getProperty("java.version") + ", commit "
                + commit(root);
    }

    /** Where docs/benchmarks.md takes new runs, newest first. */
    static final String MARKER = "<!-- ./lead2cash bench adds each run below this line, newest first -->";

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static double totalMemoryGiB() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0).findFirst().orElse(0.0);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String commit(Path root) {
        try {
            Process git = new ProcessBuilder("git", "-C", root.toString(), "describe", "--always", "--dirty")
                    .redirectErrorStream(true).start();
            String id = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor() == 0 ? id : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
