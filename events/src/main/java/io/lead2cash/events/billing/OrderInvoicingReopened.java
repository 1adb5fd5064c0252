package io.lead2cash.events.billing;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** The invoice of an invoiced order was canceled: the order is Fulfilled again and can be invoiced anew. */
@EventContract(type = "lead2cash.order.invoicing-reopened.v1", topic = Topics.BILLING, aggregate = "order", summary = "The invoice of an invoiced order was canceled: the order is Fulfilled again and can be invoiced anew.")
public record OrderInvoicingReopened(UUID eventId, Instant occurredAt, OrderData order, UUID canceledInvoiceId, String canceledInvoiceNumber) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return order.id();
    }
}
