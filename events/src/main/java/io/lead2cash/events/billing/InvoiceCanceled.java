package io.lead2cash.events.billing;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An unpaid invoice was canceled. */
@EventContract(type = "lead2cash.invoice.canceled.v1", topic = Topics.BILLING, aggregate = "order", summary = "An unpaid invoice was canceled.")
public record InvoiceCanceled(UUID eventId, Instant occurredAt, InvoiceData invoice) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return invoice.orderId();
    }
}
