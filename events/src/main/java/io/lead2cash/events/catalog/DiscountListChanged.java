package io.lead2cash.events.catalog;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A discount list's name or bands changed. */
@EventContract(type = "lead2cash.discount-list.changed.v1", topic = Topics.CATALOG, aggregate = "discount list", summary = "A discount list's name or bands changed.")
public record DiscountListChanged(UUID eventId, Instant occurredAt, DiscountListData discountList) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return discountList.id();
    }
}
