package io.lead2cash.events.catalog;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A price list was created. */
@EventContract(type = "lead2cash.price-list.created.v1", topic = Topics.CATALOG, aggregate = "price list", summary = "A price list was created.")
public record PriceListCreated(UUID eventId, Instant occurredAt, PriceListData priceList) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return priceList.id();
    }
}
