package io.lead2cash.events.catalog;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A product was removed from a price list (keyed by the price list). */
@EventContract(type = "lead2cash.price-list.item-removed.v1", topic = Topics.CATALOG, aggregate = "price list", summary = "A product was removed from a price list (keyed by the price list).")
public record PriceListItemRemoved(UUID eventId, Instant occurredAt, PriceListItemData item) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return item.priceListId();
    }
}
