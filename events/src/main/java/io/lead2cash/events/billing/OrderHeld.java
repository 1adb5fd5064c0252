package io.lead2cash.events.billing;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An active order was put on hold: Active, Pending (awaiting e.g. a credit check or the customer's purchase order). */
@EventContract(type = "lead2cash.order.held.v1", topic = Topics.BILLING, aggregate = "order", summary = "An active order was put on hold: Active, Pending (awaiting e.g. a credit check or the customer's purchase order).")
public record OrderHeld(UUID eventId, Instant occurredAt, OrderData order) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return order.id();
    }
}
