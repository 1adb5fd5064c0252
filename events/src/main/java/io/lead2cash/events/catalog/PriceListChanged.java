package io.lead2cash.events.catalog;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A price list's name, validity or state changed. */
@EventContract(type = "lead2cash.price-list.changed.v1", topic = Topics.CATALOG, aggregate = "price list", summary = "A price list's name, validity or state changed.")
public record PriceListChanged(UUID eventId, Instant occurredAt, PriceListData priceList) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return priceList.id();
    }
}
