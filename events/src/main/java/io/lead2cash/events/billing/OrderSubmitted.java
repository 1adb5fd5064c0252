package io.lead2cash.events.billing;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An active order was submitted to fulfilment: Submitted, In Progress, locked except for the integration role; carries its lines. */
@EventContract(type = "lead2cash.order.submitted.v1", topic = Topics.BILLING, aggregate = "order", summary = "An active order was submitted to fulfilment: Submitted, In Progress, locked except for the integration role; carries its lines.")
public record OrderSubmitted(UUID eventId, Instant occurredAt, OrderData order, List<OrderLineData> lines) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return order.id();
    }
}
