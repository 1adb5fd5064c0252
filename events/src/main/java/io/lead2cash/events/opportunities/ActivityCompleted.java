package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An activity was completed (a task done, a call made or received, an appointment held). */
@EventContract(type = "lead2cash.activity.completed.v1", topic = Topics.OPPORTUNITIES, aggregate = "regarded record", summary = "An activity was completed (a task done, a call made or received, an appointment held).")
public record ActivityCompleted(UUID eventId, Instant occurredAt, ActivityData activity) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return activity.regardingId();
    }
}
