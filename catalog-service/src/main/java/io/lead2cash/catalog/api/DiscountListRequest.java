package io.lead2cash.catalog.api;

import io.lead2cash.platform.validation.CurrencyCode;

import io.lead2cash.events.catalog.DiscountType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A volume discount list; its type (and an amount list's currency) is fixed at creation. */
@Schema(name = "DiscountListRequest")
public record DiscountListRequest(
        @NotBlank @Size(max = 100) @Schema(example = "Beans by volume") String name,
        @Schema(description = "AMOUNT or PERCENTAGE; required to create, ignored on replace") DiscountType type,
        @CurrencyCode
        @Schema(description = "Required for AMOUNT lists") String currency,
        @NotNull(message = "is required") @Valid @Size(max = 100) List<Band> bands) {

    /** Quantities low..high (inclusive) get value off per unit: an amount, or a percentage of the price. */
    @Schema(name = "DiscountBand")
    public record Band(
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative") BigDecimal lowQuantity,
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative") BigDecimal highQuantity,
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative") BigDecimal value) {
    }
}
