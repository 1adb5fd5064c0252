package io.lead2cash.devstack.cli;

import io.lead2cash.devstack.DevStack;
import io.lead2cash.devstack.DevTokens;
import io.lead2cash.devstack.Ports;
import io.lead2cash.devstack.Postgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The local suite: PostgreSQL and Kafka (embedded, or external ones named by environment variables), the four
 * services and the gateway as child JVMs. Prints one line per state change and stops everything on Ctrl-C.
 */
final class Suite {

    /** The services in start order; the gateway last. Ports are fixed so links and docs stay true. */
    static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("leads-service", 8081);
        SERVICES.put("catalog-service", 8082);
        SERVICES.put("opportunity-service", 8083);
        SERVICES.put("billing-service", 8084);
        SERVICES.put("gateway", 8080);
    }

    static final String READY_LINE = "Lead2Cash is ready";
    private static final int POSTGRES_PORT = 15432;
    private static final int KAFKA_PORT = 9092;
    private static final List<String> SERVICE_JVM = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx160m",
            "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:TieredStopAtLevel=1");

    private final Path root;
    private final Path data;
    private final PrintStream out;
    private final List<ServiceProcess> services = new ArrayList<>();
    private volatile boolean stopping;
    private DevStack stack;
    private Postgres externalOnly;
    private final long started = System.nanoTime();

    Suite(Path root, Path data, PrintStream out) {
        this.root = root;
        this.data = data;
        this.out = out;
    }

    /** Starts everything and supervises until the JVM is asked to stop. */
    void run() throws Exception {
        Files.createDirectories(data.resolve("logs"));
        Path pidFile = data.resolve("suite.pid");
        refuseBusyPorts();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(pidFile), "suite-stop"));
        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));

        Map<String, String> common = infrastructure();
        for (var service : SERVICES.entrySet()) {
            String name = service.getKey();
            Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: build with ./mvnw package -DskipTests");
            }
            Map<String, String> env = new HashMap<>(common);
            env.put("QUARKUS_HTTP_PORT", Integer.toString(service.getValue()));
            env.putAll(databaseOf(name));
            if (name.equals("gateway")) {
                SERVICES.forEach((other, port) -> env.putIfAbsent(
                        other.replace("-service", "").toUpperCase(Locale.ROOT) + "_SERVICE_URL", "http://localhost:" + port));
            }
            ServiceProcess process = new ServiceProcess(name, jar, service.getValue(),
                    data.resolve("logs").resolve(name + ".log"), env, jvmOptions());
            process.start();
            services.add(process);
            say("%-20s starting (pid %d, log %s)", name, process.pid(), root.relativize(process.log));
        }
        supervise();
    }

    private Map<String, String> infrastructure() {
        Map<String, String> env = new HashMap<>();
        boolean allDatabasesGiven = SERVICES.keySet().stream().filter(s -> !s.equals("gateway"))
                .allMatch(s -> System.getenv(dbVariable(s)) != null);
        long t0 = System.nanoTime();
        String bootstrap = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (allDatabasesGiven) {
            say("PostgreSQL           using the per-service JDBC URLs from the environment");
        } else if (System.getenv("LEAD2CASH_DB_URL") != null) {
            say("PostgreSQL           using %s (LEAD2CASH_DB_URL)", System.getenv("LEAD2CASH_DB_URL"));
        } else {
            say("PostgreSQL           starting (data in %s)", root.relativize(data.resolve("postgres")));
        }
        if (bootstrap == null || bootstrap.isBlank()) {
            say("Kafka                starting (KRaft broker, data in %s)", root.relativize(data.resolve("kafka")));
        } else {
            say("Kafka                using %s (KAFKA_BOOTSTRAP_SERVERS)", bootstrap);
        }
        if (allDatabasesGiven) {
            externalOnly = null;
            stack = null;
            env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap == null ? "localhost:" + KAFKA_PORT : bootstrap);
        } else {
            stack = DevStack.forSuite(data, POSTGRES_PORT, KAFKA_PORT, 3);
            if (stack.postgres().isEmbedded()) {
                say("PostgreSQL           ready on localhost:%d (%.1f s)", POSTGRES_PORT, (System.nanoTime() - t0) / 1e9);
            }
            if (stack.kafka() != null) {
                say("Kafka                ready on %s", stack.bootstrapServers());
            }
            env.put("KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
        }
        DevTokens.inDirectory(data.resolve("keys"));
        // Development tokens unless the environment names a real identity provider's key or JWKS.
        if (System.getenv("MP_JWT_VERIFY_PUBLICKEY_LOCATION") == null) {
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", data.resolve("keys/public.pem").toAbsolutePath().toString());
            env.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
        }
        return env;
    }

    private Map<String, String> databaseOf(String service) {
        if (service.equals("gateway")) {
            return Map.of();
        }
        String given = System.getenv(dbVariable(service));
        String prefix = dbVariable(service).replace("_DB_URL", "_DB_");
        if (given != null) {
            return Map.of("QUARKUS_DATASOURCE_JDBC_URL", given,
                    "QUARKUS_DATASOURCE_USERNAME", envOr(prefix + "USER", envOr("LEAD2CASH_DB_USER", "postgres")),
                    "QUARKUS_DATASOURCE_PASSWORD", envOr(prefix + "PASSWORD", envOr("LEAD2CASH_DB_PASSWORD", "postgres")));
        }
        String database = service.replace("-service", "");
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", stack.postgres().ensureDatabase(database),
                "QUARKUS_DATASOURCE_USERNAME", stack.postgres().user(),
                "QUARKUS_DATASOURCE_PASSWORD", stack.postgres().password());
    }

    /** LEADS_SERVICE_DB_URL, CATALOG_SERVICE_DB_URL, ... */
    static String dbVariable(String service) {
        return service.toUpperCase(Locale.ROOT).replace('-', '_') + "_DB_URL";
    }

    private void supervise() throws InterruptedException {
        boolean announced = false;
        long lastWaitLine = System.nanoTime();
        while (!stopping) {
            for (ServiceProcess s : services) {
                ServiceProcess.State next = !s.alive() ? ServiceProcess.State.EXITED
                        : s.ready() ? ServiceProcess.State.READY
                        : s.state == ServiceProcess.State.STARTING ? ServiceProcess.State.STARTING
                        : ServiceProcess.State.NOT_READY;
                if (next != s.state && !stopping) {
                    report(s, next);
                    s.state = next;
                }
            }
            boolean allReady = services.stream().allMatch(s -> s.state == ServiceProcess.State.READY);
            if (allReady && !announced) {
                announced = true;
                banner();
            } else if (!announced && System.nanoTime() - lastWaitLine > Duration.ofSeconds(10).toNanos()) {
                lastWaitLine = System.nanoTime();
                say("waiting for %s (%.0f s)", services.stream().filter(s -> s.state != ServiceProcess.State.READY)
                        .map(s -> s.name).collect(Collectors.joining(", ")), (System.nanoTime() - started) / 1e9);
            }
            Thread.sleep(allReady ? 2000 : 500);
        }
    }

    private void report(ServiceProcess s, ServiceProcess.State next) {
        switch (next) {
            case READY -> say("%-20s ready on http://localhost:%d (%.1f s)", s.name, s.port, s.secondsSinceStart());
            case NOT_READY -> say("%-20s not ready (health check failing; see %s)", s.name, root.relativize(s.log));
            case EXITED -> say("%-20s exited with code %d; see %s", s.name, s.exitCode(), root.relativize(s.log));
            default -> {
            }
        }
    }

    private void banner() {
        out.println();
        say("%s in %.0f s", READY_LINE, (System.nanoTime() - started) / 1e9);
        out.println("  Gateway     http://localhost:8080   (e.g. /api/leads)");
        out.println("  Swagger UI  http://localhost:8081/q/swagger-ui (leads; catalog 8082, opportunity 8083, billing 8084)");
        out.println("  Kafka       " + (stack != null && stack.kafka() != null ? stack.bootstrapServers() : "external")
                + "   topic lead2cash.leads carries LeadQualified");
        out.println("  Token       ./lead2cash token --user alice --roles sales-rep --team north");
        out.println("  Try         curl -H \"Authorization: Bearer $(./lead2cash token --user alice --roles sales-rep)\" "
                + "http://localhost:8080/api/leads");
        out.println("  Logs        " + root.relativize(data.resolve("logs")) + "/    Stop: Ctrl-C (or ./lead2cash down)");
        out.println();
        out.flush();
    }

    private synchronized void stop(Path pidFile) {
        if (stopping) {
            return;
        }
        stopping = true;
        say("stopping the services");
        for (int i = services.size() - 1; i >= 0; i--) {
            ServiceProcess s = services.get(i);
            if (s.alive()) {
                s.stop(Duration.ofSeconds(20));
                say("%-20s stopped", s.name);
            }
        }
        if (stack != null) {
            try {
                stack.close();
                say("Kafka and PostgreSQL stopped; data kept in %s", root.relativize(data));
            } catch (RuntimeException e) {
                say("stopping the infrastructure failed: %s", e.getMessage());
            }
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is recognised by the next start
        }
        out.flush();
    }

    private void refuseBusyPorts() {
        List<String> busy = new ArrayList<>();
        SERVICES.forEach((name, port) -> {
            if (Ports.inUse(port)) {
                busy.add(port + " (" + name + ")");
            }
        });
        if (System.getenv("KAFKA_BOOTSTRAP_SERVERS") == null && Ports.inUse(KAFKA_PORT)) {
            busy.add(KAFKA_PORT + " (Kafka)");
        }
        if (System.getenv("LEAD2CASH_DB_URL") == null && Ports.inUse(POSTGRES_PORT)) {
            busy.add(POSTGRES_PORT + " (PostgreSQL)");
        }
        if (!busy.isEmpty()) {
            throw new IllegalStateException("ports in use: " + String.join(", ", busy)
                    + ". Is the suite already running? Try ./lead2cash status or ./lead2cash down");
        }
    }

    private static List<String> jvmOptions() {
        String custom = System.getenv("LEAD2CASH_SERVICE_JAVA_OPTS");
        return custom == null || custom.isBlank() ? SERVICE_JVM : List.of(custom.trim().split("\\s+"));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private void say(String format, Object... args) {
        out.printf("%tT  %s%n", System.currentTimeMillis(), String.format(format, args));
        out.flush();
    }
}
