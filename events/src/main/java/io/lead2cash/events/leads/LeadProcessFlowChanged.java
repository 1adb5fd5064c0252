package io.lead2cash.events.leads;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.ProcessFlowData;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A manager changed the leads' business process flow: what a lead must have before it is qualified. */
@EventContract(type = "lead2cash.lead.process-flow-changed.v1", topic = Topics.LEADS, aggregate = "process-flow", summary = "A manager changed the leads' business process flow: what a lead must have before it is qualified.")
public record LeadProcessFlowChanged(UUID eventId, Instant occurredAt, UUID flowId, ProcessFlowData flow)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return flowId;
    }
}
