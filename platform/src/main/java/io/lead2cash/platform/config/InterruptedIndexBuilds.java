package io.lead2cash.platform.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.jboss.logging.Logger;

/**
 * Drops the INVALID indexes an interrupted {@code CREATE INDEX CONCURRENTLY} leaves behind (a service stopped or
 * killed while its migration built one), before each migration, so that the migration's {@code IF NOT EXISTS} builds
 * them again instead of keeping a half-built index that no query uses. An index still being built (by an operator's
 * own session, say) is left alone; replicas' migrations are serialised by Flyway's lock.
 */
final class InterruptedIndexBuilds implements Callback {

    private static final Logger LOG = Logger.getLogger(InterruptedIndexBuilds.class);
    private static final String INVALID = """
            SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT i.indisvalid AND n.nspname = current_schema()
              AND i.indexrelid NOT IN (SELECT index_relid FROM pg_stat_progress_create_index)""";

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            dropInvalidIndexes(context.getConfiguration().getDataSource());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look for indexes left INVALID by an interrupted build: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "drop indexes left invalid by interrupted concurrent builds";
    }

    /**
     * Drops them on a connection of its own in autocommit, since {@code DROP INDEX CONCURRENTLY} runs in no
     * transaction and the migrator's own connection may be in one; returns their names.
     */
    static List<String> dropInvalidIndexes(DataSource database) throws SQLException {
        List<String> dropped = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            List<String> invalid = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(INVALID)) {
                while (rs.next()) {
                    invalid.add(rs.getString(1));
                }
            }
            for (String index : invalid) {
                statement.execute("DROP INDEX CONCURRENTLY IF EXISTS " + index);
                LOG.warnf("Dropped index %s, left INVALID by an interrupted concurrent build; the migration builds it again",
                        index);
                dropped.add(index);
            }
        }
        return dropped;
    }
}
