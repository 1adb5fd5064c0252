package io.lead2cash.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secured embedded PostgreSQL is reached as a production server is: over TLS with the certificate and host name
 * checked, by password, each service's role owning its database and unable to open another's.
 */
class SecuredPostgresTest {

    @TempDir
    Path data;

    @Test
    void eachRoleOwnsItsDatabaseOverTlsAndOpensNoOther() throws Exception {
        try (Postgres pg = Postgres.embeddedSecured(data.resolve("pg"), 0, data.resolve("keys"))) {
            Map<String, String> leads = pg.ownDatabase("leads", "leads_service");
            Map<String, String> billing = pg.ownDatabase("billing", "billing_service");
            assertThat(leads.get("url")).contains("sslmode=verify-full");

            try (Connection c = DriverManager.getConnection(leads.get("url"), leads.get("user"), leads.get("password"));
                    Statement sql = c.createStatement()) {
                sql.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
                sql.execute("CREATE TABLE lead (id int)");
                try (ResultSet rs = sql.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getBoolean(1)).as("the connection is encrypted").isTrue();
                }
            }
            assertThatThrownBy(() -> DriverManager.getConnection(billing.get("url"), leads.get("user"), leads.get("password")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for database \"billing\"");
            assertThatThrownBy(() -> DriverManager.getConnection(leads.get("url"), leads.get("user"), "guessed"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            String plain = leads.get("url").replaceAll("\\?.*", "?sslmode=disable");
            assertThatThrownBy(() -> DriverManager.getConnection(plain, leads.get("user"), leads.get("password")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("no encryption");
            // A client that trusts another certificate (as it would an impostor's server) does not connect.
            LocalCertificate other = LocalCertificate.inDirectory(data.resolve("other"), "other-store");
            String impostor = leads.get("url").replaceAll("sslrootcert=.*", "sslrootcert=" + other.certificatePem());
            assertThatThrownBy(() -> DriverManager.getConnection(impostor, leads.get("user"), leads.get("password")))
                    .isInstanceOf(SQLException.class);
        }
        // Restarted, it is still secured: the superuser too needs the password.
        try (Postgres pg = Postgres.embeddedSecured(data.resolve("pg"), 0, data.resolve("keys"))) {
            Map<String, String> leads = pg.ownDatabase("leads", "leads_service");
            try (Connection c = DriverManager.getConnection(leads.get("url"), leads.get("user"), leads.get("password"));
                    Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery("SELECT count(*) FROM lead")) {
                assertThat(rs.next()).isTrue();
            }
            assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl("postgres"), "postgres", "postgres"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
    }
}
