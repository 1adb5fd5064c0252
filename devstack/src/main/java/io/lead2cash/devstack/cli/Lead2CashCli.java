package io.lead2cash.devstack.cli;

import io.lead2cash.devstack.DevTokens;
import io.lead2cash.devstack.suite.CatalogSeed;
import io.lead2cash.devstack.suite.ServiceProcess;
import io.lead2cash.devstack.suite.Suite;
import io.lead2cash.devstack.suite.SuitePorts;
import io.lead2cash.devstack.suite.UsageException;
import io.lead2cash.devstack.suite.VolumeSeed;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code ./lead2cash} commands: up, down, status and token. */
public final class Lead2CashCli {

    private static final String USAGE = """
            Usage: ./lead2cash <command>

              up [--detach]     start PostgreSQL, Kafka, the four services and the gateway (Ctrl-C stops them;
                                --detach leaves them running in the background)
              up --seed         the same, then load the demo catalog
              up --secure       the same as production is reached: Kafka takes only SASL_SSL (a SCRAM login per
                                service, ACLs letting each write only its own topic), PostgreSQL only TLS with
                                a password (verify-full; a role per service owning its database); logins in
                                .data/kafka-keys/ and .data/postgres-keys/
              seed [--gateway URL]
                                load the Contoso Coffee demo catalog through the API (safe to repeat)
              seed --volume N [--services leads,catalog,opportunity,billing]
                                bulk-load N records of every kind (N/10 of each child list) straight into the
                                services' databases, to measure lists at volume (no events are published)
              demo [--gateway URL]
                                drive a lead to a paid invoice through the API, step by step, and print its journey
              status            what is running and whether each service is ready
              down              stop a suite started with up --detach
              bench [--quick]   measure the suite: start it with production JVM settings on a fresh database,
                                drive it with wrk, pgbench and whole chains, write docs/benchmarks.md and a
                                chart (about 20 minutes; needs wrk and pgbench; --quick: a 4-minute smoke run)
              bench --lists [--quick] [--only TEXT]
                                on the running suite (after seed --volume N): every list, filter, sort, search,
                                child list and aggregate through the gateway and straight to the service with
                                wrk; p50/p95 per call into docs/benchmarks.md (about 20 minutes; --only: the
                                calls whose kind, description or caller contain TEXT, e.g. "new rep")
              token --user NAME --roles ROLE[,ROLE] [--team TEAM] [--hours N]
                                print a signed development JWT (roles: sales-rep, sales-manager,
                                catalog-manager, billing-clerk, admin, integration)

            Environment: LEAD2CASH_DATA (data folder, default .data), LEAD2CASH_DB_URL (use this PostgreSQL
            server; bench creates bench_* databases on it), LEADS_SERVICE_DB_URL ... (per-service JDBC URLs),
            KAFKA_BOOTSTRAP_SERVERS (use this Kafka).
            """;

    /** The banner's last line: a detached start follows the log until it. */
    private static final String BANNER_END = "Stop: Ctrl-C (or ./lead2cash down)";

    private Lead2CashCli() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        // The embedded broker's own warnings (empty metadata log on first start, ...) are not the user's concern.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        System.setProperty("org.slf4j.simpleLogger.log.kafka", "error");
        Path root = Path.of(System.getProperty("lead2cash.root", ".")).toAbsolutePath().normalize();
        Path data = root.resolve(Optional.ofNullable(System.getenv("LEAD2CASH_DATA")).orElse(".data"));
        PrintStream out = System.out;
        String command = args.length == 0 ? "help" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        try {
            int code = switch (command) {
                case "up" -> rest.contains("--detach") ? detach(root, data, rest, out) : up(root, data, rest, out);
                case "seed" -> seed(data, rest, out);
                case "demo" -> demo(data, rest, out);
                case "bench" -> {
                    if (rest.contains("--lists")) {
                        int only = rest.indexOf("--only");
                        new io.lead2cash.devstack.bench.ListsAtVolume(root, data, out, rest.contains("--quick"),
                                only >= 0 && only + 1 < rest.size() ? rest.get(only + 1) : null).run();
                    } else {
                        new io.lead2cash.devstack.bench.Benchmark(root, data.resolve("bench"), out, rest.contains("--quick")).run();
                    }
                    yield 0;
                }
                case "status" -> status(data, out);
                case "down" -> down(data, out);
                case "token" -> token(data, rest, out);
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> {
                    System.err.print("Unknown command: " + command + "\n\n" + USAGE);
                    yield 2;
                }
            };
            System.exit(code);
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("lead2cash " + command + ": " + e.getMessage());
            System.exit(1);
        }
    }

    private static int up(Path root, Path data, List<String> args, PrintStream out) throws Exception {
        if (runningPid(data).isPresent()) {
            out.println("The suite is already running (pid " + runningPid(data).get() + "); ./lead2cash status");
            return 1;
        }
        Files.createDirectories(data);
        Path pidFile = data.resolve("suite.pid");
        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
        Suite suite = new Suite(root, data, SuitePorts.defaults(), out);
        if (args.contains("--secure")) {
            suite.secured();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            suite.close();
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // a stale pid file names a dead process and is ignored
            }
        }, "suite-stop"));
        suite.start(Duration.ofMinutes(5));
        if (args.contains("--seed")) {
            new CatalogSeed(suite.gatewayUrl(), suite.tokens(), out).run();
        }
        banner(root, data, suite, out);
        suite.supervise();
        return 0;
    }

    private static void banner(Path root, Path data, Suite suite, PrintStream out) {
        String token = "$(./lead2cash token --user alice --roles sales-rep --team north)";
        out.println();
        out.println("  Gateway     " + suite.gatewayUrl() + "   (e.g. /api/leads)");
        out.println("  Swagger UI  " + suite.gatewayUrl() + "/swagger-ui/   (every service's API; Authorize with a token)");
        out.println("  Demo        ./lead2cash demo   (a lead to a paid invoice, step by step)");
        out.println("  Kafka       " + suite.bootstrapServers() + (suite.kafkaSecured()
                ? "   (SASL_SSL: logins in " + root.relativize(data.resolve("kafka-keys")) + "/secrets.properties)"
                : "   (topic lead2cash.leads carries LeadQualified)"));
        out.println("  Token       ./lead2cash token --user alice --roles sales-rep --team north");
        out.println("  Try         curl -H \"Authorization: Bearer " + token + "\" " + suite.gatewayUrl() + "/api/leads");
        out.println("  Logs        " + root.relativize(data.resolve("logs")) + "/    " + BANNER_END);
        out.println();
        out.flush();
    }

    /** Starts the supervisor in its own session, follows its log until the suite is ready, and returns. */
    private static int detach(Path root, Path data, List<String> args, PrintStream out) throws Exception {
        if (runningPid(data).isPresent()) {
            out.println("The suite is already running (pid " + runningPid(data).get() + "); ./lead2cash status");
            return 1;
        }
        Files.createDirectories(data.resolve("logs"));
        Path log = data.resolve("logs/suite.log");
        Files.writeString(log, "");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.addAll(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-Dlead2cash.root=" + root,
                "-cp", System.getProperty("java.class.path"), Lead2CashCli.class.getName(), "up"));
        if (args.contains("--seed")) {
            command.add("--seed");
        }
        if (args.contains("--secure")) {
            command.add("--secure");
        }
        Process supervisor = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        out.println("Starting in the background (log: " + root.relativize(log) + ")");
        try (RandomAccessFile follow = new RandomAccessFile(log.toFile(), "r")) {
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (System.nanoTime() < deadline) {
                String line = follow.readLine();
                if (line == null) {
                    if (!supervisor.isAlive()) {
                        out.println("The suite did not start; see " + root.relativize(log));
                        return 1;
                    }
                    Thread.sleep(200);
                    continue;
                }
                out.println(new String(line.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
                if (line.contains(BANNER_END)) {
                    out.println();
                    out.println("Running in the background; stop it with ./lead2cash down");
                    return 0;
                }
            }
        }
        out.println("Still not ready after 5 minutes; see " + root.relativize(log));
        return 1;
    }

    private static int seed(Path data, List<String> args, PrintStream out) throws Exception {
        String volume = option(args, "--volume");
        if (volume != null) {
            String services = Optional.ofNullable(option(args, "--services")).orElse(String.join(",", VolumeSeed.services()));
            int records;
            try {
                records = Integer.parseInt(volume.replace("_", ""));
            } catch (NumberFormatException e) {
                throw new UsageException("--volume takes a number of records (got " + volume + ")");
            }
            new VolumeSeed(records, List.of(services.split(",")), out).run();
            return 0;
        }
        String gateway = Optional.ofNullable(option(args, "--gateway")).orElse("http://localhost:8080");
        out.println("Seeding the demo catalog through " + gateway);
        new CatalogSeed(gateway, DevTokens.inDirectory(data.resolve("keys")), out).run();
        return 0;
    }

    private static int demo(Path data, List<String> args, PrintStream out) throws Exception {
        String gateway = Optional.ofNullable(option(args, "--gateway")).orElse("http://localhost:8080");
        new Demo(gateway, DevTokens.inDirectory(data.resolve("keys")), out).run();
        return 0;
    }

    private static int status(Path data, PrintStream out) {
        Optional<Long> pid = runningPid(data);
        out.println(pid.map(p -> "Suite running (supervisor pid " + p + ")").orElse("Suite not running"));
        boolean allReady = true;
        for (Map.Entry<String, Integer> service : SuitePorts.defaults().services().entrySet()) {
            boolean ready = ServiceProcess.ready(service.getValue());
            allReady &= ready;
            out.printf("  %-20s %-10s http://localhost:%d%n", service.getKey(), ready ? "ready" : "not ready",
                    service.getValue());
        }
        return pid.isPresent() && allReady ? 0 : 3;
    }

    private static int down(Path data, PrintStream out) throws InterruptedException {
        Optional<Long> pid = runningPid(data);
        if (pid.isEmpty()) {
            out.println("Suite not running");
            return 0;
        }
        ProcessHandle supervisor = ProcessHandle.of(pid.get()).orElseThrow();
        out.println("Stopping the suite (pid " + pid.get() + ")...");
        supervisor.destroy();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        long nextLine = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (supervisor.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(250);
            if (System.nanoTime() > nextLine) {
                out.println("  still stopping...");
                nextLine = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            }
        }
        if (supervisor.isAlive()) {
            out.println("The supervisor did not stop in 90 s; killing it");
            supervisor.destroyForcibly();
            return 1;
        }
        out.println("Stopped; data kept in " + data.getFileName());
        return 0;
    }

    private static int token(Path data, List<String> args, PrintStream out) {
        String user = option(args, "--user");
        String roles = option(args, "--roles");
        if (user == null || roles == null) {
            throw new UsageException("Usage: ./lead2cash token --user NAME --roles ROLE[,ROLE] [--team TEAM] [--hours N]");
        }
        String hours = option(args, "--hours");
        Duration lifetime = Duration.ofHours(hours == null ? 8 : Long.parseLong(hours));
        out.println(DevTokens.inDirectory(data.resolve("keys"))
                .issue(user, Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList(),
                        option(args, "--team"), lifetime));
        return 0;
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        if (i < 0) {
            return null;
        }
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
            throw new UsageException(name + " needs a value");
        }
        return args.get(i + 1);
    }

    /** The supervisor's pid when the pid file names a live process. */
    static Optional<Long> runningPid(Path data) {
        Path pidFile = data.resolve("suite.pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(h -> pid);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
