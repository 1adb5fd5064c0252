package io.lead2cash.events.billing;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** Everything a fulfilled order delivered is invoiced: Invoiced; names the invoice. */
@EventContract(type = "lead2cash.order.invoiced.v1", topic = Topics.BILLING, aggregate = "order", summary = "Everything a fulfilled order delivered is invoiced: Invoiced; names the invoice.")
public record OrderInvoiced(UUID eventId, Instant occurredAt, OrderData order, UUID invoiceId, String invoiceNumber) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return order.id();
    }
}
