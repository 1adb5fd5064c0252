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
import java.util.Map;

/**
 * A real PostgreSQL server: an embedded one (zonky binaries, data kept in a folder of ours) or, when a
 * server URL is configured, that server. Either way it hands out one database per service.
 */
public final class Postgres implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String serverUrl;
    private final String user;
    private final String password;
    /** JDBC URL parameters every connection takes (TLS settings), or empty. */
    private final String parameters;
    /** The roles' passwords of a secured server, or null. */
    private final DevSecrets roles;

    private Postgres(EmbeddedPostgres embedded, String serverUrl, String user, String password) {
        this(embedded, serverUrl, user, password, "", null);
    }

    private Postgres(EmbeddedPostgres embedded, String serverUrl, String user, String password, String parameters,
            DevSecrets roles) {
        this.embedded = embedded;
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        this.user = user;
        this.password = password;
        this.parameters = parameters;
        this.roles = roles;
    }

    /**
     * Starts an embedded server whose data lives in {@code dataDirectory} (kept across restarts).
     *
     * @param port the port, or 0 for any free one
     */
    public static Postgres embedded(Path dataDirectory, int port) {
        try {
            EmbeddedPostgres pg = builder(dataDirectory, port).start();
            return new Postgres(pg, "jdbc:postgresql://localhost:" + pg.getPort() + "/", "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * Starts an embedded server as a production one is reached: TLS only, each client checks the server's certificate
     * and host name ({@code sslmode=verify-full}), every login by SCRAM password, the superuser's included; each
     * service gets a role of its own that owns its database alone ({@link #ownDatabase}). Keys and passwords live in
     * {@code keyDirectory}. The first start secures a new data folder: it sets the superuser's password over the
     * library's trusting default, writes {@code pg_hba.conf} and starts again with TLS.
     */
    public static Postgres embeddedSecured(Path dataDirectory, int port, Path keyDirectory) {
        DevSecrets roles = DevSecrets.inDirectory(keyDirectory);
        LocalCertificate certificate = LocalCertificate.inDirectory(keyDirectory.resolve("tls"), roles.storePassword());
        Path secured = dataDirectory.resolve("lead2cash-secured");
        try {
            if (!Files.exists(secured)) {
                EmbeddedPostgres plain = builder(dataDirectory, port).start();
                try (Connection c = plain.getPostgresDatabase().getConnection(); Statement sql = c.createStatement()) {
                    sql.execute("ALTER ROLE postgres PASSWORD '" + roles.passwordOf("postgres") + "'");
                } finally {
                    plain.close();
                }
                Files.writeString(dataDirectory.resolve("pg_hba.conf"),
                        "# Lead2Cash devstack, secured: TLS connections with a SCRAM password only, from this machine.\n"
                        + "hostssl all all 127.0.0.1/32 scram-sha-256\nhostssl all all ::1/128 scram-sha-256\n");
                Files.writeString(secured, "TLS and passwords on; see pg_hba.conf\n");
            }
            String rootCertificate = certificate.certificatePem().toAbsolutePath().toString();
            EmbeddedPostgres pg = builder(dataDirectory, port)
                    .setServerConfig("ssl", "on")
                    .setServerConfig("ssl_cert_file", rootCertificate)
                    .setServerConfig("ssl_key_file", certificate.privateKeyPem().toAbsolutePath().toString())
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setConnectConfig("password", roles.passwordOf("postgres"))
                    .setConnectConfig("sslmode", "verify-full")
                    .setConnectConfig("sslrootcert", rootCertificate)
                    .start();
            return new Postgres(pg, "jdbc:postgresql://localhost:" + pg.getPort() + "/", "postgres",
                    roles.passwordOf("postgres"), "?sslmode=verify-full&sslrootcert=" + rootCertificate, roles);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot start secured embedded PostgreSQL in " + dataDirectory + ": "
                    + e.getMessage(), e);
        }
    }

    /** Whether every connection takes TLS and a password, and services have roles of their own. */
    public boolean isSecured() {
        return roles != null;
    }

    /**
     * On a secured server: makes {@code role} (a login with its own password) the owner of {@code database}, which no
     * other role (but the superuser) may connect to; returns the URL, user and password the service uses.
     */
    public Map<String, String> ownDatabase(String database, String role) {
        if (roles == null) {
            throw new IllegalStateException("Roles per service need the secured server");
        }
        if (!role.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unsafe role name: " + role);
        }
        String url = ensureDatabase(database);
        String secret = roles.passwordOf(role);
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
                Statement sql = c.createStatement()) {
            boolean exists;
            try (ResultSet rs = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
                exists = rs.next();
            }
            sql.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + role + " LOGIN PASSWORD '" + secret + "'");
            sql.execute("ALTER DATABASE " + database + " OWNER TO " + role);
            sql.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot give " + database + " to " + role + ": " + e.getMessage(), e);
        }
        return Map.of("url", url, "user", role, "password", secret);
    }

    private static EmbeddedPostgres.Builder builder(Path dataDirectory, int port) throws IOException {
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
        return builder;
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
        return serverUrl + database + parameters;
    }

    /** Creates the database unless it exists; returns its JDBC URL. */
    public String ensureDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unsafe database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
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
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
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
