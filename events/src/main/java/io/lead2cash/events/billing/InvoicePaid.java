package io.lead2cash.events.billing;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A payment was recorded against an invoice; the invoice is Paid, partly or completely. */
@EventContract(type = "lead2cash.invoice.paid.v1", topic = Topics.BILLING, aggregate = "order", summary = "A payment was recorded against an invoice; the invoice is Paid, partly or completely.")
public record InvoicePaid(UUID eventId, Instant occurredAt, InvoiceData invoice, PaymentData payment) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return invoice.orderId();
    }
}
