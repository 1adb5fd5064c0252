package io.lead2cash.platform.logging;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Keeps every log event on one line: line breaks in what a caller chose (a shared name, an owner id, a reason) are
 * written as {@code \n} and {@code \r}, so nobody can forge a log line by sending one. Stack traces, which are not
 * part of the message, keep theirs.
 */
@LoggingFilter(name = "one-line-per-event")
public final class OneLinePerEvent implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record instanceof ExtLogRecord event) {
            String message = event.getFormattedMessage();
            if (message != null && (message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0)) {
                event.setMessage(escaped(message), ExtLogRecord.FormatStyle.NO_FORMAT);
                event.setParameters(null);
            }
        }
        return true;
    }

    static String escaped(String message) {
        return message.replace("\r", "\\r").replace("\n", "\\n");
    }
}
