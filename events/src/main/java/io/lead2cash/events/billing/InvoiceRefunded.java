package io.lead2cash.events.billing;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** Money owed back on an invoice (payments and credit notes beyond its total) was paid back to the customer. */
@EventContract(type = "lead2cash.invoice.refunded.v1", topic = Topics.BILLING, aggregate = "order",
        summary = "Money owed back on an invoice (payments and credit notes beyond its total) was paid back to the customer.")
public record InvoiceRefunded(UUID eventId, Instant occurredAt, InvoiceData invoice, PaymentData refund)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return invoice.orderId();
    }
}
