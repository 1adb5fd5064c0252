package io.lead2cash.events.billing;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.ProductLineData;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A credit note reversed a billed or paid invoice, fully or partly; carries the credited lines and totals. */
@EventContract(type = "lead2cash.credit-note.issued.v1", topic = Topics.BILLING, aggregate = "order",
        summary = "A credit note reversed a billed or paid invoice, fully or partly; carries the credited lines and totals.")
public record CreditNoteIssued(UUID eventId, Instant occurredAt, CreditNoteData creditNote, List<ProductLineData> lines)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return creditNote.orderId();
    }
}
