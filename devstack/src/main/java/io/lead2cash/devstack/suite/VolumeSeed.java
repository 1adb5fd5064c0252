package io.lead2cash.devstack.suite;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads volume data for measuring lists at the size of a real sales organisation: N records of every kind, straight
 * into each service's database in bulk ({@code INSERT … SELECT … FROM generate_series}), from the scripts in
 * {@code volume/}. The databases must have been migrated (the suite started once); the records bypass the API, so no
 * events are published for them.
 */
public final class VolumeSeed {

    /** Service database name to its script, in the order the records refer to each other. */
    static final Map<String, String> SCRIPTS = new LinkedHashMap<>();

    static {
        SCRIPTS.put("leads", "volume/leads.sql");
        SCRIPTS.put("catalog", "volume/catalog.sql");
        SCRIPTS.put("opportunity", "volume/opportunity.sql");
        SCRIPTS.put("billing", "volume/billing.sql");
    }

    /** A step line: {@code -- step: name [per n]}, where n or children is the range its generate_series covers. */
    /** The services whose databases the seed fills, by name. */
    public static java.util.Set<String> services() {
        return SCRIPTS.keySet();
    }

    private static final Pattern STEP = Pattern.compile("-- step: (.*?)(?: \\[per (n|children)\\])?");
    /** Connections loading ranges of a step at once: PostgreSQL runs each on a core of its own. */
    private static final int PARALLEL = Math.max(2, Runtime.getRuntime().availableProcessors());

    /** Three years in seconds: records are created evenly over them. */
    private static final double SPREAD_SECONDS = 3 * 365 * 24 * 3600.0;

    private final int volume;
    private final List<String> services;
    private final PrintStream out;
    private Function<String, Map<String, String>> datasources = VolumeSeed::datasourceFromEnvironment;

    public VolumeSeed(int volume, List<String> services, PrintStream out) {
        if (volume < 10) {
            throw new UsageException("--volume must be at least 10");
        }
        for (String service : services) {
            if (!SCRIPTS.containsKey(service)) {
                throw new UsageException("--services takes " + String.join(",", SCRIPTS.keySet()) + " (got " + service + ")");
            }
        }
        this.volume = volume;
        this.services = services;
        this.out = out;
    }

    /** Where each service's database is (service name such as "leads-service" to QUARKUS_DATASOURCE_* values). */
    public VolumeSeed on(Function<String, Map<String, String>> datasources) {
        this.datasources = datasources;
        return this;
    }

    /** Loads the records; returns the run tag their ids are made of ({@code md5('<tag>-<kind>-<i>')}). */
    public String run() throws IOException, SQLException, InterruptedException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int children = Math.max(1, volume / 10);
        Map<String, Integer> counts = Map.of("n", volume, "children", children);
        Map<String, String> values = Map.of("n", Integer.toString(volume), "children", Integer.toString(children),
                "span", String.format(Locale.ROOT, "%.6f", SPREAD_SECONDS / volume), "run", run);
        out.printf("Loading %,d records of each kind (%,d of each child list) into %s, %d connections at a time; "
                + "run tag %s%n", volume, children, String.join(", ", services), PARALLEL, run);
        long start = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(PARALLEL);
        try {
            for (String service : services) {
                Map<String, String> datasource = datasources.apply(service + "-service");
                List<Connection> connections = new ArrayList<>();
                try {
                    for (int i = 0; i < PARALLEL; i++) {
                        connections.add(connect(service, datasource));
                    }
                    for (Step step : steps(SCRIPTS.get(service), values)) {
                        long t0 = System.nanoTime();
                        long rows = step.per() == null ? execute(connections.get(0), step.sql())
                                : inRanges(workers, connections, step.sql(), counts.get(step.per()));
                        out.printf("  %-12s %-38s %,12d rows %8.1f s%n", service, step.name(), rows, seconds(t0));
                    }
                    long t0 = System.nanoTime();
                    execute(connections.get(0), "VACUUM (ANALYZE)");
                    out.printf("  %-12s %-38s %21.1f s%n", service, "vacuum and analyze", seconds(t0));
                } finally {
                    for (Connection connection : connections) {
                        connection.close();
                    }
                }
            }
        } finally {
            workers.shutdownNow();
        }
        out.printf("Done in %.1f s%n", seconds(start));
        return run;
    }

    /** Runs {@code sql} over 1..{@code total} split into one range per connection, at once; the rows inserted. */
    private static long inRanges(ExecutorService workers, List<Connection> connections, String sql, int total)
            throws SQLException, InterruptedException {
        List<Future<Long>> parts = new ArrayList<>();
        int chunk = (total + connections.size() - 1) / connections.size();
        for (int i = 0; i < connections.size() && i * chunk < total; i++) {
            Connection connection = connections.get(i);
            String range = sql.replace("${from}", Integer.toString(i * chunk + 1))
                    .replace("${to}", Integer.toString(Math.min(total, (i + 1) * chunk)));
            parts.add(workers.submit(() -> execute(connection, range)));
        }
        long rows = 0;
        for (Future<Long> part : parts) {
            try {
                rows += part.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof SQLException sql2 ? sql2 : new SQLException(e.getCause());
            }
        }
        return rows;
    }

    private static long execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeLargeUpdate(sql);
        }
    }

    private static Connection connect(String service, Map<String, String> datasource) throws SQLException {
        String url = datasource.get("QUARKUS_DATASOURCE_JDBC_URL");
        Connection connection = DriverManager.getConnection(url, datasource.get("QUARKUS_DATASOURCE_USERNAME"),
                datasource.get("QUARKUS_DATASOURCE_PASSWORD"));
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            requireMigrated(statement, service, url);
            // A bulk load need not wait for each commit's flush, and trigram indexes take its rows in bigger batches.
            statement.execute("SET synchronous_commit = off");
            statement.execute("SET gin_pending_list_limit = '32MB'");
        }
        return connection;
    }

    private static void requireMigrated(Statement statement, String service, String url) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                throw new IllegalStateException(url + " has no " + service + " schema yet: start the suite once "
                        + "(./lead2cash up) so that every service migrates its database");
            }
        }
    }

    /** One statement of a script, named by the {@code -- step:} comment before it; {@code per} names its range. */
    record Step(String name, String sql, String per) {
    }

    static List<Step> steps(String resource, Map<String, String> values) throws IOException {
        String text;
        try (InputStream in = VolumeSeed.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("${" + value.getKey() + "}", value.getValue());
        }
        List<Step> steps = new ArrayList<>();
        String name = null;
        String per = null;
        StringBuilder sql = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.startsWith("-- step:")) {
                Matcher step = STEP.matcher(line);
                if (!step.matches()) {
                    throw new IOException("Malformed step line in " + resource + ": " + line);
                }
                name = step.group(1).trim();
                per = step.group(2);
            } else if (!line.startsWith("--") && !line.isBlank()) {
                sql.append(line).append('\n');
                if (line.stripTrailing().endsWith(";")) {
                    steps.add(new Step(name, sql.toString().stripTrailing(), per));
                    sql.setLength(0);
                }
            }
        }
        return steps;
    }

    /**
     * As {@code ./lead2cash up} picks them: {@code LEADS_SERVICE_DB_URL} (with {@code _USER}, {@code _PASSWORD}), else
     * the database named after the service on {@code LEAD2CASH_DB_URL}, else on the embedded server.
     */
    public static Map<String, String> datasourceFromEnvironment(String service) {
        String prefix = Suite.dbVariable(service).replace("_DB_URL", "_DB_");
        String url = env(Suite.dbVariable(service)).orElseGet(() -> env("LEAD2CASH_DB_URL")
                .orElse("jdbc:postgresql://localhost:" + SuitePorts.defaults().postgres() + "/") + service.replace("-service", ""));
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", url,
                "QUARKUS_DATASOURCE_USERNAME", env(prefix + "USER").or(() -> env("LEAD2CASH_DB_USER")).orElse("postgres"),
                "QUARKUS_DATASOURCE_PASSWORD", env(prefix + "PASSWORD").or(() -> env("LEAD2CASH_DB_PASSWORD")).orElse("postgres"));
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
