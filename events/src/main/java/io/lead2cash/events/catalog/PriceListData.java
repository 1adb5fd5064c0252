package io.lead2cash.events.catalog;

import java.time.LocalDate;
import java.util.UUID;

/** A price list's header: its currency, validity and state. */
public record PriceListData(UUID id, String name, String description, String currency, LocalDate validFrom,
        LocalDate validTo, PriceListState state) {
}
