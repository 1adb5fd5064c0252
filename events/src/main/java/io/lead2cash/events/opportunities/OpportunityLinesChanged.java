package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Product lines of an open opportunity were added, changed, removed or repriced; carries every line and the resulting estimated revenue. */
@EventContract(type = "lead2cash.opportunity.lines-changed.v1", topic = Topics.OPPORTUNITIES, aggregate = "opportunity", summary = "Product lines of an open opportunity were added, changed, removed or repriced; carries every line and the resulting estimated revenue.")
public record OpportunityLinesChanged(UUID eventId, Instant occurredAt, OpportunityData opportunity, List<OpportunityLineData> lines) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return opportunity.id();
    }
}
