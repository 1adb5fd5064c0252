package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.ProcessFlowData;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A manager changed the opportunities' business process flow: what each sales stage asks for before moving on. */
@EventContract(type = "lead2cash.opportunity.process-flow-changed.v1", topic = Topics.OPPORTUNITIES, aggregate = "process-flow", summary = "A manager changed the opportunities' business process flow: what each sales stage asks for before moving on.")
public record OpportunityProcessFlowChanged(UUID eventId, Instant occurredAt, UUID flowId, ProcessFlowData flow)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return flowId;
    }
}
