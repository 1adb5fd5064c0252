package io.lead2cash.events.billing;

import io.lead2cash.events.ProductLineData;
import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An invoice was created for an order (for the fulfilled quantities, or on request); carries its lines. */
@EventContract(type = "lead2cash.invoice.created.v1", topic = Topics.BILLING, aggregate = "order", summary = "An invoice was created for an order (for the fulfilled quantities, or on request); carries its lines.")
public record InvoiceCreated(UUID eventId, Instant occurredAt, InvoiceData invoice, List<ProductLineData> lines) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return invoice.orderId();
    }
}
