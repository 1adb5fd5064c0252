package io.lead2cash.devstack.suite;

import io.lead2cash.devstack.DevStack;
import io.lead2cash.devstack.DevTokens;
import io.lead2cash.devstack.TokenSource;
import io.lead2cash.devstack.TrustedIdentityProvider;
import io.lead2cash.devstack.Ports;
import io.lead2cash.devstack.Postgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The local suite: PostgreSQL and Kafka (embedded, or external ones named by environment variables), the four
 * services and the gateway as child JVMs. Prints one line per state change; {@link #close()} stops it all.
 * {@code ./lead2cash up} and the black-box tests run the same code.
 */
public final class Suite implements AutoCloseable {

    public static final String READY_LINE = "Lead2Cash is ready";
    private static final List<String> SERVICE_JVM = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx160m",
            "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:TieredStopAtLevel=1");

    private final Path root;
    private final Path data;
    private final SuitePorts ports;
    private final PrintStream out;
    // The supervisor polls it while a test may add a replica.
    private final List<ServiceProcess> services = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final long started = System.nanoTime();
    private volatile boolean stopping;
    private DevStack stack;
    private String bootstrapServers;
    private Map<String, String> common;
    private List<String> jvm;
    private Postgres givenPostgres;
    private String givenBootstrap;
    private String databasePrefix = "";
    private boolean secured;
    private TrustedIdentityProvider identityProvider;
    private TokenSource identityProviderTokens;

    public Suite(Path root, Path data, SuitePorts ports, PrintStream out) {
        this.root = root;
        this.data = data;
        this.ports = ports;
        this.out = out;
    }

    /**
     * Starts the embedded infrastructure as production's is reached: a broker with only a SASL_SSL listener, a SCRAM
     * login per service and ACLs that let each write only its own topic ({@link io.lead2cash.devstack.KafkaSecurity}),
     * and PostgreSQL over TLS ({@code verify-full}) with a role per service that owns its database alone.
     */
    public Suite secured() {
        this.secured = true;
        return this;
    }

    /**
     * Trusts a real OpenID Connect provider instead of this machine's development key: the services and the gateway
     * take its keys from the JWKS its discovery document names and accept only its issuer; callers' tokens come from
     * {@code tokens}. Production settings hold (no development tokens).
     */
    public Suite trusting(TrustedIdentityProvider provider, TokenSource tokens) {
        this.identityProvider = provider;
        this.identityProviderTokens = tokens;
        return this;
    }

    /** Whether the suite's own broker takes only SASL_SSL logins. */
    public boolean kafkaSecured() {
        return kafkaSecurity() != null;
    }

    /** The logins and keys of the suite's secured broker, or null. */
    public io.lead2cash.devstack.KafkaSecurity kafkaSecurity() {
        return stack != null && stack.kafka() != null ? stack.kafka().security() : null;
    }

    /** Runs every service with these JVM flags instead of the quick-start ones (or LEAD2CASH_SERVICE_JAVA_OPTS). */
    public Suite jvmOptions(List<String> options) {
        this.jvm = List.copyOf(options);
        return this;
    }

    /**
     * Runs on infrastructure the caller started and stops: databases named {@code prefix + name} on this server,
     * and this Kafka cluster.
     */
    public Suite onInfrastructure(Postgres postgres, String prefix, String kafkaBootstrapServers) {
        this.givenPostgres = postgres;
        this.databasePrefix = prefix;
        this.givenBootstrap = kafkaBootstrapServers;
        return this;
    }

    /** The process id of each running service and replica, by log name (leads-service, leads-service-2, ...). */
    public Map<String, Long> processIds() {
        Map<String, Long> ids = new java.util.LinkedHashMap<>();
        for (ServiceProcess s : services) {
            if (s.alive()) {
                ids.put(s.log.getFileName().toString().replace(".log", ""), s.pid());
            }
        }
        return ids;
    }

    /** Starts everything and waits until every service is ready; fails when one exits or the timeout passes. */
    public void start(Duration timeout) throws Exception {
        Files.createDirectories(data.resolve("logs"));
        refuseBusyPorts();
        common = infrastructure();
        for (String name : SuitePorts.SERVICES) {
            launch(name, ports.of(name), name + ".log");
        }
        awaitReady(timeout);
    }

    /**
     * Starts one more replica of a service on a free port, sharing the suite's database and Kafka (its consumers
     * join the same group, its outbox relay the same table), and waits until it is ready; stopped with the suite.
     *
     * @return the replica's HTTP port
     */
    public synchronized int startReplica(String name, Duration timeout) throws Exception {
        int port = io.lead2cash.devstack.Ports.free();
        long replicas = services.stream().filter(p -> p.name.equals(name)).count();
        ServiceProcess replica = launch(name, port, name + "-" + (replicas + 1) + ".log");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ServiceProcess.ready(port)) {
            if (System.nanoTime() > deadline || !replica.alive()) {
                throw new IllegalStateException(name + " replica did not become ready; see " + shown(replica.log));
            }
            Thread.sleep(500);
        }
        say("%-20s replica ready on http://localhost:%d", name, port);
        return port;
    }

    /** Kills the first process of a service with SIGKILL; it stays down until {@link #restart}. */
    public synchronized void kill(String name) throws InterruptedException {
        ServiceProcess service = first(name);
        service.kill();
        say("%-20s killed (SIGKILL, pid %d)", name, service.pid());
    }

    /**
     * Starts a killed service again on its port and waits until it is ready.
     *
     * @return seconds from the new process's start to ready
     */
    public synchronized double restart(String name, Duration timeout) throws Exception {
        ServiceProcess service = first(name);
        if (service.alive()) {
            throw new IllegalStateException(name + " is running (pid " + service.pid() + ")");
        }
        service.start();
        say("%-20s restarting (pid %d)", name, service.pid());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!service.ready()) {
            if (System.nanoTime() > deadline || !service.alive()) {
                throw new IllegalStateException(name + " did not become ready again; see " + shown(service.log));
            }
            Thread.sleep(100);
        }
        service.state = ServiceProcess.State.READY;
        double seconds = service.secondsSinceStart();
        say("%-20s ready again (%.1f s)", name, seconds);
        return seconds;
    }

    private ServiceProcess first(String name) {
        return services.stream().filter(p -> p.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    private ServiceProcess launch(String name, int port, String logName) throws Exception {
        Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw install -DskipTests");
        }
        Map<String, String> env = new HashMap<>(common);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        if (!name.equals("gateway")) {
            // Only this machine reaches a service: callers from elsewhere go through the gateway's checks and limits.
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            // Files being received go to a folder only this user may enter, not a shared temporary one.
            Path uploads = data.resolve("uploads").resolve(logName.replaceFirst("\\.log$", ""));
            Files.createDirectories(uploads);
            Files.setPosixFilePermissions(uploads, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            env.put("QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY", uploads.toAbsolutePath().toString());
        }
        env.putAll(databaseOf(name));
        if (kafkaSecured() && !name.equals("gateway")) {
            // The service's own login: its principal may write only its topic and read only its subscriptions.
            env.putAll(stack.kafka().security().clientEnvironment(name));
        }
        // Every process learns where the services are: the gateway routes to them, services call each other.
        for (String other : SuitePorts.SERVICES) {
            if (!other.equals("gateway")) {
                env.putIfAbsent(other.replace("-service", "").toUpperCase(Locale.ROOT) + "_SERVICE_URL",
                        "http://localhost:" + ports.of(other));
            }
        }
        ServiceProcess process = new ServiceProcess(name, jar, port, data.resolve("logs").resolve(logName), env, jvmOptions());
        process.start();
        services.add(process);
        say("%-20s starting (pid %d, log %s)", name, process.pid(), shown(process.log));
        return process;
    }

    /** Watches the services until {@link #close()}, reporting each state change in one line. */
    public void supervise() throws InterruptedException {
        while (!stopping) {
            poll();
            Thread.sleep(2000);
        }
    }

    public String gatewayUrl() {
        return "http://localhost:" + ports.of("gateway");
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Where callers of this suite get tokens it accepts: the identity provider it trusts or the development key. */
    public TokenSource tokens() {
        return identityProviderTokens != null ? identityProviderTokens : DevTokens.inDirectory(data.resolve("keys"));
    }

    /** Stops the services (gateway first), then Kafka and PostgreSQL; the data stays. */
    @Override
    public synchronized void close() {
        if (stopping) {
            return;
        }
        stopping = true;
        say("stopping the services");
        for (int i = services.size() - 1; i >= 0; i--) {
            ServiceProcess s = services.get(i);
            s.stop(Duration.ofSeconds(20));
            say("%-20s stopped", s.name);
        }
        if (stack != null) {
            try {
                stack.close();
                say("Kafka and PostgreSQL stopped; data kept in %s", shown(data));
            } catch (RuntimeException e) {
                say("stopping the infrastructure failed: %s", e.getMessage());
            }
        }
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextWaitLine = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!stopping) {
            poll();
            List<ServiceProcess> exited = services.stream().filter(s -> s.state == ServiceProcess.State.EXITED).toList();
            if (!exited.isEmpty()) {
                throw new IllegalStateException(exited.get(0).name + " exited during start (" + exited.get(0).lastError()
                        + "); see " + shown(exited.get(0).log));
            }
            List<String> waiting = services.stream().filter(s -> s.state != ServiceProcess.State.READY)
                    .map(s -> s.name).toList();
            if (waiting.isEmpty()) {
                say("%s in %.0f s", READY_LINE, (System.nanoTime() - started) / 1e9);
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not ready after " + timeout.toSeconds() + " s: " + String.join(", ", waiting));
            }
            if (System.nanoTime() > nextWaitLine) {
                nextWaitLine = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                say("waiting for %s (%.0f s)", String.join(", ", waiting), (System.nanoTime() - started) / 1e9);
            }
            Thread.sleep(500);
        }
    }

    private void poll() {
        for (ServiceProcess s : services) {
            ServiceProcess.State next = !s.alive() ? ServiceProcess.State.EXITED
                    : s.ready() ? ServiceProcess.State.READY
                    : s.state == ServiceProcess.State.STARTING ? ServiceProcess.State.STARTING
                    : ServiceProcess.State.NOT_READY;
            if (next != s.state && !stopping) {
                switch (next) {
                    case READY -> say("%-20s ready on http://localhost:%d (%.1f s)", s.name, s.port, s.secondsSinceStart());
                    case NOT_READY -> say("%-20s not ready (health check failing; see %s)", s.name, shown(s.log));
                    case EXITED -> say("%-20s exited with code %d (%s); see %s", s.name, s.exitCode(), s.lastError(),
                            shown(s.log));
                    default -> {
                    }
                }
                s.state = next;
            }
        }
    }

    private Map<String, String> infrastructure() {
        if (givenPostgres != null) {
            bootstrapServers = givenBootstrap;
            return commonEnvironment();
        }
        boolean allDatabasesGiven = java.util.Arrays.stream(SuitePorts.SERVICES).filter(s -> !s.equals("gateway"))
                .allMatch(s -> System.getenv(dbVariable(s)) != null);
        String externalKafka = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (secured && (allDatabasesGiven || System.getenv("LEAD2CASH_DB_URL") != null
                || (externalKafka != null && !externalKafka.isBlank()))) {
            throw new IllegalStateException("--secure secures the embedded Kafka and PostgreSQL; for servers of your own, "
                    + "give their TLS and login settings instead (docs/operations.md, \"Production\")");
        }
        long t0 = System.nanoTime();
        if (allDatabasesGiven) {
            say("PostgreSQL           using the per-service JDBC URLs from the environment");
        } else if (System.getenv("LEAD2CASH_DB_URL") != null) {
            say("PostgreSQL           using %s (LEAD2CASH_DB_URL)", System.getenv("LEAD2CASH_DB_URL"));
        } else {
            say("PostgreSQL           starting (%sdata in %s)", secured ? "TLS and a role per service, " : "",
                    shown(data.resolve(secured ? "postgres-secured" : "postgres")));
        }
        if (externalKafka == null || externalKafka.isBlank()) {
            say("Kafka                starting (KRaft broker%s, data in %s)", secured ? ", SASL_SSL only" : "",
                    shown(data.resolve(secured ? "kafka-secured" : "kafka")));
        } else {
            say("Kafka                using %s (KAFKA_BOOTSTRAP_SERVERS)", externalKafka);
        }
        if (allDatabasesGiven && externalKafka != null && !externalKafka.isBlank()) {
            bootstrapServers = externalKafka;
        } else {
            stack = DevStack.forSuite(data, ports.postgres(), ports.kafka() > 0 ? ports.kafka() : Ports.free(), 3,
                    secured);
            if (stack.postgres().isEmbedded()) {
                say("PostgreSQL           ready on localhost:%d (%.1f s)", ports.postgres(), (System.nanoTime() - t0) / 1e9);
            }
            if (stack.kafka() != null) {
                say("Kafka                ready on %s%s", stack.bootstrapServers(), kafkaSecured()
                        ? " (SASL_SSL only: a SCRAM login and ACLs per service; logins in " + shown(data.resolve("kafka-keys")) + ")"
                        : "");
            }
            bootstrapServers = stack.bootstrapServers();
        }
        return commonEnvironment();
    }

    private Map<String, String> commonEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        // Two malloc arenas instead of one per core-and-thread: tens of MB less resident memory per JVM.
        env.put("MALLOC_ARENA_MAX", "2");
        DevTokens.inDirectory(data.resolve("keys"));
        if (identityProvider != null) {
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", identityProvider.jwksUri());
            env.put("MP_JWT_VERIFY_ISSUER", identityProvider.issuer());
        } else if (System.getenv("MP_JWT_VERIFY_PUBLICKEY_LOCATION") == null) {
            // Development tokens unless the environment names a real identity provider's key or JWKS.
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", data.resolve("keys/public.pem").toAbsolutePath().toString());
            env.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
            // On purpose: the services refuse the development issuer otherwise.
            env.put("LEAD2CASH_SECURITY_DEVELOPMENT_TOKENS", "true");
        }
        if (System.getenv("LEAD2CASH_PAGING_CURSOR_KEY") == null) {
            env.put("LEAD2CASH_PAGING_CURSOR_KEY", CursorKey.of(data.resolve("keys")));
        }
        return env;
    }

    /** The JDBC URL, user and password a service of this suite uses, as QUARKUS_DATASOURCE_* variables. */
    public Map<String, String> datasourceOf(String service) {
        return databaseOf(service);
    }

    private Map<String, String> databaseOf(String service) {
        if (service.equals("gateway")) {
            return Map.of();
        }
        if (givenPostgres != null) {
            return Map.of("QUARKUS_DATASOURCE_JDBC_URL",
                    givenPostgres.ensureDatabase(databasePrefix + service.replace("-service", "")),
                    "QUARKUS_DATASOURCE_USERNAME", givenPostgres.user(),
                    "QUARKUS_DATASOURCE_PASSWORD", givenPostgres.password());
        }
        String given = System.getenv(dbVariable(service));
        String prefix = dbVariable(service).replace("_DB_URL", "_DB_");
        if (given != null) {
            return Map.of("QUARKUS_DATASOURCE_JDBC_URL", given,
                    "QUARKUS_DATASOURCE_USERNAME", envOr(prefix + "USER", envOr("LEAD2CASH_DB_USER", "postgres")),
                    "QUARKUS_DATASOURCE_PASSWORD", envOr(prefix + "PASSWORD", envOr("LEAD2CASH_DB_PASSWORD", "postgres")));
        }
        if (stack.postgres().isSecured()) {
            // The service's own role: it owns its database and may connect to no other.
            Map<String, String> own = stack.postgres().ownDatabase(service.replace("-service", ""), service.replace('-', '_'));
            return Map.of("QUARKUS_DATASOURCE_JDBC_URL", own.get("url"), "QUARKUS_DATASOURCE_USERNAME", own.get("user"),
                    "QUARKUS_DATASOURCE_PASSWORD", own.get("password"));
        }
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", stack.postgres().ensureDatabase(service.replace("-service", "")),
                "QUARKUS_DATASOURCE_USERNAME", stack.postgres().user(),
                "QUARKUS_DATASOURCE_PASSWORD", stack.postgres().password());
    }

    /** LEADS_SERVICE_DB_URL, CATALOG_SERVICE_DB_URL, ... */
    static String dbVariable(String service) {
        return service.toUpperCase(Locale.ROOT).replace('-', '_') + "_DB_URL";
    }

    private void refuseBusyPorts() {
        List<String> busy = new ArrayList<>();
        ports.services().forEach((name, port) -> {
            if (Ports.inUse(port)) {
                busy.add(port + " (" + name + ")");
            }
        });
        if (givenPostgres == null && System.getenv("KAFKA_BOOTSTRAP_SERVERS") == null && ports.kafka() > 0
                && Ports.inUse(ports.kafka())) {
            busy.add(ports.kafka() + " (Kafka)");
        }
        if (givenPostgres == null && System.getenv("LEAD2CASH_DB_URL") == null && Ports.inUse(ports.postgres())) {
            busy.add(ports.postgres() + " (PostgreSQL)");
        }
        if (!busy.isEmpty()) {
            throw new IllegalStateException("ports in use: " + String.join(", ", busy)
                    + ". Is the suite already running? Try ./lead2cash status or ./lead2cash down");
        }
    }

    private List<String> jvmOptions() {
        if (jvm != null) {
            return jvm;
        }
        String custom = System.getenv("LEAD2CASH_SERVICE_JAVA_OPTS");
        return custom == null || custom.isBlank() ? SERVICE_JVM : List.of(custom.trim().split("\\s+"));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private Path shown(Path path) {
        return path.startsWith(root) ? root.relativize(path) : path;
    }

    private void say(String format, Object... args) {
        out.printf("%tT  %s%n", System.currentTimeMillis(), String.format(format, args));
        out.flush();
    }
}
