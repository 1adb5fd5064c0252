package io.lead2cash.events.billing;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An invoice was sent to the customer (Active: Billed). */
@EventContract(type = "lead2cash.invoice.billed.v1", topic = Topics.BILLING, aggregate = "order", summary = "An invoice was sent to the customer (Active: Billed).")
public record InvoiceBilled(UUID eventId, Instant occurredAt, InvoiceData invoice) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return invoice.orderId();
    }
}
