package io.lead2cash.devstack.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The load generators from Debian's packages: wrk for HTTP over kept-alive connections (its latency histogram is
 * HdrHistogram's), pgbench for the same transaction straight on PostgreSQL. Their scripts ship in this jar.
 */
final class LoadTools {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

    private final Path work;
    private final String wrk;
    private final String pgbench;

    private LoadTools(Path work, String wrk, String pgbench) {
        this.work = work;
        this.wrk = wrk;
        this.pgbench = pgbench;
    }

    /** Finds wrk and pgbench and unpacks the scripts into {@code work}; says how to install what is missing. */
    static LoadTools find(Path work) {
        List<String> missing = new ArrayList<>();
        Optional<String> wrk = executable("wrk");
        Optional<String> pgbench = executable("pgbench").or(LoadTools::debianPgbench);
        if (wrk.isEmpty()) {
            missing.add("wrk");
        }
        if (pgbench.isEmpty()) {
            missing.add("pgbench");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The benchmark needs " + String.join(" and ", missing)
                    + " (Debian: apt-get install wrk postgresql-15, which brings pgbench)");
        }
        try {
            Files.createDirectories(work);
            for (String script : List.of("report.lua", "create-lead.lua", "send.lua", "lead-outbox.sql")) {
                try (InputStream in = LoadTools.class.getResourceAsStream("/bench/" + script)) {
                    Files.copy(in, work.resolve(script), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LoadTools(work, wrk.get(), pgbench.get());
    }

    Path work() {
        return work;
    }

    /** Runs a wrk script against {@code url} over this many kept-alive connections. */
    LoadResult wrk(String label, String url, int connections, Duration duration, String script, Map<String, String> env) {
        List<String> command = List.of(wrk, "-t", Integer.toString(Math.min(2, connections)), "-c",
                Integer.toString(connections), "-d", duration.toSeconds() + "s", "--timeout", "10s", "-s",
                work.resolve(script).toString(), url);
        Map<String, String> environment = new java.util.HashMap<>(env);
        environment.put("BENCH_DIR", work.toString());
        return LoadResult.fromWrk(label, connections, run(command, environment, duration.plusSeconds(30)));
    }

    /** Runs the lead + outbox transaction in pgbench with this many clients; percentiles from its transaction log. */
    LoadResult pgbench(String label, PgTarget db, int clients, Duration duration) {
        String prefix = work.resolve("pgbench-" + clients + "-" + System.nanoTime()).toString();
        List<String> command = List.of(pgbench, "-h", db.host(), "-p", Integer.toString(db.port()), "-U", db.user(),
                "-n", "-c", Integer.toString(clients), "-j", Integer.toString(Math.min(2, clients)), "-T",
                Long.toString(duration.toSeconds()), "-f", work.resolve("lead-outbox.sql").toString(), "--log",
                "--log-prefix=" + prefix, db.database());
        String output = run(command, Map.of("PGPASSWORD", db.password()), duration.plusSeconds(60));
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no rate:\n" + output);
        }
        Matcher failed = FAILED.matcher(output);
        double[] latencies = transactionLatencies(Path.of(prefix).getParent(), Path.of(prefix).getFileName().toString());
        LoadResult byLog = LoadResult.fromLatencies(label, clients, latencies, 0, duration.toSeconds());
        return new LoadResult(label, clients, Double.parseDouble(tps.group(1)), byLog.succeeded(),
                failed.find() ? Long.parseLong(failed.group(1)) : 0, byLog.p50(), byLog.p90(), byLog.p95(), byLog.p99(),
                byLog.max());
    }

    /** The third column of pgbench's per-transaction log is the latency in microseconds. */
    private static double[] transactionLatencies(Path directory, String prefix) {
        List<Path> logs;
        try (Stream<Path> files = Files.list(directory)) {
            logs = files.filter(f -> f.getFileName().toString().startsWith(prefix + ".")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Double> millis = new ArrayList<>();
        for (Path log : logs) {
            try (Stream<String> lines = Files.lines(log)) {
                lines.map(l -> l.split(" ")).filter(f -> f.length >= 3).forEach(f -> millis.add(Long.parseLong(f[2]) / 1e3));
                Files.delete(log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return millis.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String run(List<String> command, Map<String, String> env, Duration timeout) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish in " + timeout.toSeconds() + " s");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command.subList(0, 1)) + " failed:\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> executable(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate) && works(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    /** Debian's /usr/bin/pgbench is a wrapper that needs a server package; its binaries are here. */
    private static Optional<String> debianPgbench() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin/pgbench")).filter(Files::isExecutable)
                    .max(java.util.Comparator.naturalOrder()).map(Path::toString);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean works(Path executable) {
        try {
            Process p = new ProcessBuilder(executable.toString(), "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0 || executable.getFileName().toString().equals("wrk");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Where pgbench connects: the same server and database the leads-service uses. */
    record PgTarget(String host, int port, String user, String password, String database) {

        /** From a JDBC URL such as {@code jdbc:postgresql://localhost:15432/bench_leads}. */
        static PgTarget of(String jdbcUrl, String user, String password) {
            java.net.URI uri = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
            return new PgTarget(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5432, user, password,
                    uri.getPath().substring(1));
        }
    }
}
