package io.lead2cash.platform;

import io.lead2cash.events.Money;
import io.lead2cash.events.PostalAddress;
import io.lead2cash.events.leads.LeadCreated;
import io.lead2cash.events.leads.LeadData;
import io.lead2cash.events.leads.LeadState;
import io.lead2cash.events.leads.LeadStatusReason;
import io.lead2cash.events.Rating;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Sample events for the kit's tests. */
public final class Samples {

    private Samples() {
    }

    public static LeadCreated leadCreated(UUID leadId, String topic) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new LeadCreated(UUID.randomUUID(), now, new LeadData(leadId, topic, "Ana", "Silva", "Café Lumière",
                "ana@lumiere.example", null, null, PostalAddress.NONE, Money.of("100.00", "EUR"), Rating.WARM, "Web", null, LeadState.OPEN,
                LeadStatusReason.NEW, "alice", "north", null, null, now, now));
    }
}
