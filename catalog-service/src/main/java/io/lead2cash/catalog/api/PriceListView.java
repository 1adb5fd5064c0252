package io.lead2cash.catalog.api;

import io.lead2cash.events.catalog.PriceListState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A price list as the API shows it. */
@Schema(name = "PriceList")
public record PriceListView(UUID id, String name, @Schema(nullable = true) String description, String currency,
        @Schema(nullable = true) LocalDate validFrom, @Schema(nullable = true) LocalDate validTo, PriceListState state,
        Instant createdAt, Instant modifiedAt, long version) {
}
