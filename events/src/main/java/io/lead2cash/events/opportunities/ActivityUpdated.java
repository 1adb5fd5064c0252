package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An open activity's subject, timing, priority, status reason or owner changed. */
@EventContract(type = "lead2cash.activity.updated.v1", topic = Topics.OPPORTUNITIES, aggregate = "regarded record", summary = "An open activity's subject, timing, priority, status reason or owner changed.")
public record ActivityUpdated(UUID eventId, Instant occurredAt, ActivityData activity) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return activity.regardingId();
    }
}
