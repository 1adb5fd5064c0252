package io.lead2cash.events.billing;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An active order was canceled, with its reason. */
@EventContract(type = "lead2cash.order.canceled.v1", topic = Topics.BILLING, aggregate = "order", summary = "An active order was canceled, with its reason.")
public record OrderCanceled(UUID eventId, Instant occurredAt, OrderData order) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return order.id();
    }
}
