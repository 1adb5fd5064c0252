package io.lead2cash.events.billing;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An order's prices were locked: catalog price changes no longer reach its lines. */
@EventContract(type = "lead2cash.order.prices-locked.v1", topic = Topics.BILLING, aggregate = "order", summary = "An order's prices were locked: catalog price changes no longer reach its lines.")
public record OrderPricesLocked(UUID eventId, Instant occurredAt, OrderData order) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return order.id();
    }
}
