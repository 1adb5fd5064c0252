package io.lead2cash.events.billing;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A line of an order not yet fulfilled was added, changed or removed; carries every line and the new totals. */
@EventContract(type = "lead2cash.order.lines-changed.v1", topic = Topics.BILLING, aggregate = "order", summary = "A line of an order not yet fulfilled was added, changed or removed; carries every line and the new totals.")
public record OrderLinesChanged(UUID eventId, Instant occurredAt, OrderData order,
        @JsonPropertyDescription("ADDED, CHANGED or REMOVED") String change,
        @JsonPropertyDescription("The line added, changed or removed") int lineNumber,
        List<OrderLineData> lines) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return order.id();
    }
}
