package io.lead2cash.catalog.api;

import io.lead2cash.platform.validation.CurrencyCode;

import io.lead2cash.events.catalog.PriceListState;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A price list as a catalog manager creates or replaces it; the currency is fixed at creation. */
@Schema(name = "PriceListRequest")
public record PriceListRequest(
        @NotBlank @Size(max = 100) @Schema(example = "Retail EUR 2027") String name,
        @Size(max = 4000) String description,
        @CurrencyCode
        @Schema(description = "Required to create; ignored on replace", example = "EUR") String currency,
        LocalDate validFrom,
        LocalDate validTo,
        @Schema(description = "ACTIVE (default) or INACTIVE") PriceListState state) {
}
