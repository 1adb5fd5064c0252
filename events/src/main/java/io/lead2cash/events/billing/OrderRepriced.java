package io.lead2cash.events.billing;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order uses current pricing: prices unlocked and every catalog line priced again by the catalog; carries the lines and new totals. */
@EventContract(type = "lead2cash.order.repriced.v1", topic = Topics.BILLING, aggregate = "order", summary = "An order uses current pricing: prices unlocked and every catalog line priced again by the catalog; carries the lines and new totals.")
public record OrderRepriced(UUID eventId, Instant occurredAt, OrderData order, List<OrderLineData> lines) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return order.id();
    }
}
