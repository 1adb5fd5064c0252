package io.lead2cash.events.billing;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A sales order was opened, from an accepted quote (prices locked) or directly; carries its lines. */
@EventContract(type = "lead2cash.order.created.v1", topic = Topics.BILLING, aggregate = "order", summary = "A sales order was opened, from an accepted quote (prices locked) or directly; carries its lines.")
public record OrderCreated(UUID eventId, Instant occurredAt, OrderData order, List<OrderLineData> lines) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return order.id();
    }
}
