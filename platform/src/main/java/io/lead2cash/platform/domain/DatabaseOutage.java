package io.lead2cash.platform.domain;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (down, restarting, out of connections) from a failure of the work itself:
 * the first is waited out, the second retried and then parked.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** Whether anything in the cause chain says the connection to PostgreSQL failed or could not be had. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof java.net.ConnectException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exceptions; 57P01-57P03: the server is shutting down, crashed or is starting.
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
            if (cause instanceof SQLException sql && sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                return true; // Agroal: no connection could be had from the pool in time
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
