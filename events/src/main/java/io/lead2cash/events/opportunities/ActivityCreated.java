package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A task, phone call or appointment regarding a record was created. */
@EventContract(type = "lead2cash.activity.created.v1", topic = Topics.OPPORTUNITIES, aggregate = "regarded record", summary = "A task, phone call or appointment regarding a record was created.")
public record ActivityCreated(UUID eventId, Instant occurredAt, ActivityData activity) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return activity.regardingId();
    }
}
