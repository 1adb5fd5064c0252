package io.lead2cash.events.catalog;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A unit group was renamed or its units were added or changed. */
@EventContract(type = "lead2cash.unit-group.changed.v1", topic = Topics.CATALOG, aggregate = "unit group", summary = "A unit group was renamed or its units were added or changed.")
public record UnitGroupChanged(UUID eventId, Instant occurredAt, UnitGroupData unitGroup) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return unitGroup.id();
    }
}
