package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An activity was canceled. */
@EventContract(type = "lead2cash.activity.canceled.v1", topic = Topics.OPPORTUNITIES, aggregate = "regarded record", summary = "An activity was canceled.")
public record ActivityCanceled(UUID eventId, Instant occurredAt, ActivityData activity) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return activity.regardingId();
    }
}
