package io.lead2cash.events.billing;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order was fulfilled, completely or partly; carries the fulfilled quantity of every line. */
@EventContract(type = "lead2cash.order.fulfilled.v1", topic = Topics.BILLING, aggregate = "order", summary = "An order was fulfilled, completely or partly; carries the fulfilled quantity of every line.")
public record OrderFulfilled(UUID eventId, Instant occurredAt, OrderData order, List<OrderLineData> lines) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return order.id();
    }
}
