package io.lead2cash.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server: an embedded one (zonky binaries, data kept in a folder of ours) or, when a
 * server URL is configured, that server. Either way it hands out one database per service.
 */
public final class Postgres implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String serverUrl;
    private final String user;
    private final String password;

    private Postgres(EmbeddedPostgres embedded, String serverUrl, String user, String password) {
        this.embedded = embedded;
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        this.user = user;
        this.password = password;
    }

    /**
     * Starts an embedded server whose data lives in {@code dataDirectory} (kept across restarts).
     *
     * @param port the port, or 0 for any free one
     */
    public static Postgres embedded(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            boolean durable = !"off".equals(System.getenv("LEAD2CASH_PG_FSYNC"));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    // Room for a million-row table's hot index pages: a bulk load of a million leads (seed --volume)
                    // took 122 s with the default 128 MB, 102 s with 256 MB.
                    .setServerConfig("shared_buffers", "256MB")
                    // Durable by default, as a production server is (the embedded library's own default would
                    // acknowledge commits before they reach the disk); LEAD2CASH_PG_FSYNC=off trades that for speed.
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres pg = builder.start();
            return new Postgres(pg, "jdbc:postgresql://localhost:" + pg.getPort() + "/", "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Uses an existing server, e.g. {@code jdbc:postgresql://db:5432/}; its user must be allowed to create databases. */
    public static Postgres external(String serverUrl, String user, String password) {
        return new Postgres(null, serverUrl, user, password);
    }

    /** The embedded server, or the one named by {@code LEAD2CASH_DB_URL} (with LEAD2CASH_DB_USER/PASSWORD). */
    public static Postgres fromEnvironmentOr(Path dataDirectory, int port) {
        String url = System.getenv("LEAD2CASH_DB_URL");
        if (url != null && !url.isBlank()) {
            return external(url, envOr("LEAD2CASH_DB_USER", "postgres"), envOr("LEAD2CASH_DB_PASSWORD", "postgres"));
        }
        return embedded(dataDirectory, port);
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String serverUrl() {
        return serverUrl;
    }

    /** The JDBC URL of a database on this server. */
    public String jdbcUrl(String database) {
        return serverUrl + database;
    }

    /** Creates the database unless it exists; returns its JDBC URL. */
    public String ensureDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unsafe database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, password);
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("CREATE DATABASE " + database);
                    }
                }
            }
            return jdbcUrl(database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + " on " + serverUrl + ": " + e.getMessage(), e);
        }
    }

    /** Drops the database if it exists (closing its connections) and creates it empty; returns its JDBC URL. */
    public String recreateDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unsafe database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, password);
                Statement drop = c.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            drop.execute("CREATE DATABASE " + database);
            return jdbcUrl(database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot recreate database " + database + " on " + serverUrl + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
