package io.lead2cash.events.billing;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.ProductLineData;
import io.lead2cash.events.Topics;
import java.time.Instant;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.UUID;

/**
 * A credit note reversed a billed or paid invoice, fully or partly; carries the credited lines and totals, and the
 * invoice as it stands after (Closed: Credited when nothing is left due, what is owed back to the customer).
 */
@EventContract(type = "lead2cash.credit-note.issued.v1", topic = Topics.BILLING, aggregate = "order",
        summary = "A credit note reversed a billed or paid invoice, fully or partly; carries the credited lines and "
                + "totals, and the invoice as it stands after (closed when nothing is left due, the refund owed).")
public record CreditNoteIssued(UUID eventId, Instant occurredAt, CreditNoteData creditNote, List<ProductLineData> lines,
        @JsonPropertyDescription("The invoice after the credit; absent in events published before it was carried")
        InvoiceData invoice) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return creditNote.orderId();
    }
}
