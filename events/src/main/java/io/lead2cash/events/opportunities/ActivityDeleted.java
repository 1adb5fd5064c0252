package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An activity was deleted with the record it regarded (a draft quote); it carries the activity as it was. */
@EventContract(type = "lead2cash.activity.deleted.v1", topic = Topics.OPPORTUNITIES, aggregate = "regarded record",
        summary = "An activity was deleted with the record it regarded (a deleted draft quote); it carries the activity as it was.")
public record ActivityDeleted(UUID eventId, Instant occurredAt, ActivityData activity) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return activity.regardingId();
    }
}
