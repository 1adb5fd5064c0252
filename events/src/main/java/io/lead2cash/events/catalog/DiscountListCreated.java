package io.lead2cash.events.catalog;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A volume discount list was created. */
@EventContract(type = "lead2cash.discount-list.created.v1", topic = Topics.CATALOG, aggregate = "discount list", summary = "A volume discount list was created.")
public record DiscountListCreated(UUID eventId, Instant occurredAt, DiscountListData discountList) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return discountList.id();
    }
}
