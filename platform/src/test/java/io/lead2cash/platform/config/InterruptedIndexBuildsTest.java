package io.lead2cash.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** An index build that failed half-way is dropped before the next migration, so IF NOT EXISTS builds it again. */
@QuarkusTest
class InterruptedIndexBuildsTest {

    @Inject
    DataSource database;

    @Test
    void anIndexLeftInvalidByAFailedConcurrentBuildIsDroppedAndAValidOneKept() throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            sql.execute("DROP TABLE IF EXISTS half_built");
            sql.execute("CREATE TABLE half_built (code text)");
            sql.execute("INSERT INTO half_built VALUES ('same'), ('same')");
            sql.execute("CREATE INDEX CONCURRENTLY half_built_valid ON half_built (code)");
            // A unique build over duplicates fails after its catalogue entry is made: PostgreSQL leaves it INVALID.
            assertThatThrownBy(() -> sql.execute("CREATE UNIQUE INDEX CONCURRENTLY half_built_unique ON half_built (code)"))
                    .isInstanceOf(SQLException.class);
            assertThat(valid(sql, "half_built_unique")).isFalse();

            assertThat(InterruptedIndexBuilds.dropInvalidIndexes(database)).containsExactly("public.half_built_unique");

            assertThat(exists(sql, "half_built_unique")).isFalse();
            assertThat(valid(sql, "half_built_valid")).isTrue();
            assertThat(InterruptedIndexBuilds.dropInvalidIndexes(database)).isEmpty();
            sql.execute("DROP TABLE half_built");
        }
    }

    private static boolean valid(Statement sql, String index) throws SQLException {
        try (ResultSet rs = sql.executeQuery("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "WHERE c.relname = '" + index + "'")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static boolean exists(Statement sql, String index) throws SQLException {
        try (ResultSet rs = sql.executeQuery("SELECT 1 FROM pg_class WHERE relname = '" + index + "'")) {
            return rs.next();
        }
    }
}
