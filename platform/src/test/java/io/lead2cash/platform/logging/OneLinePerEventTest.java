package io.lead2cash.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** A caller's line break never starts a log line of its own. */
class OneLinePerEventTest {

    private final OneLinePerEvent filter = new OneLinePerEvent();

    @Test
    void aLineBreakInWhatACallerSentIsWrittenAsTwoCharacters() {
        ExtLogRecord event = new ExtLogRecord(Level.INFO, "Opportunity %s shared with %s", ExtLogRecord.FormatStyle.PRINTF,
                getClass().getName());
        event.setParameters(new Object[] {"42", "bob\n2026-12-07 10:00:00,000 INFO  [forged] admin granted\r"});
        assertThat(filter.isLoggable(event)).isTrue();
        assertThat(event.getFormattedMessage()).doesNotContain("\n", "\r")
                .isEqualTo("Opportunity 42 shared with bob\\n2026-12-07 10:00:00,000 INFO  [forged] admin granted\\r");
    }

    @Test
    void anEventOnOneLineIsLeftAsItIs() {
        ExtLogRecord event = new ExtLogRecord(Level.INFO, "Lead {0} qualified", ExtLogRecord.FormatStyle.MESSAGE_FORMAT,
                getClass().getName());
        event.setParameters(new Object[] {"7"});
        filter.isLoggable(event);
        assertThat(event.getFormattedMessage()).isEqualTo("Lead 7 qualified");
        assertThat(event.getParameters()).containsExactly("7");
    }
}
