package io.lead2cash.events.catalog;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A product's price on a price list was added or changed (keyed by the price list). */
@EventContract(type = "lead2cash.price-list.item-set.v1", topic = Topics.CATALOG, aggregate = "price list", summary = "A product's price on a price list was added or changed (keyed by the price list).")
public record PriceListItemSet(UUID eventId, Instant occurredAt, PriceListItemData item) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return item.priceListId();
    }
}
