package io.lead2cash.catalog.api;

import io.lead2cash.platform.validation.CurrencyCode;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to price: lines on a price list, with header discounts and freight. */
@Schema(name = "PricingRequest")
public record PricingRequest(
        @Schema(description = "The price list; a line says NO_PRICE_LIST when it is missing") UUID priceListId,
        @CurrencyCode
        @Schema(description = "The record's currency; CURRENCY_MISMATCH when the list's differs") String currency,
        @Schema(description = "Pricing date for the list's validity (default: today, UTC)") LocalDate date,
        @NotEmpty(message = "must have at least one line") @Size(max = 1000, message = "must have at most 1000 lines")
        @Valid List<Line> lines,
        @DecimalMin(value = "0", message = "must be between 0 and 100") @DecimalMax(value = "100", message = "must be between 0 and 100")
        BigDecimal discountPercentage,
        @DecimalMin(value = "0", message = "must not be negative") BigDecimal discountAmount,
        @DecimalMin(value = "0", message = "must not be negative") BigDecimal freight) {

    /** One line to price. */
    @Schema(name = "PricingLine")
    public record Line(
            @NotNull(message = "is required") UUID productId,
            @Schema(description = "Defaults to the product's default unit") UUID unitId,
            @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            BigDecimal quantity,
            @DecimalMin(value = "0", message = "must not be negative") BigDecimal manualDiscount,
            @DecimalMin(value = "0", message = "must not be negative") BigDecimal tax,
            @DecimalMin(value = "0", message = "must not be negative")
            @Schema(description = "A price per unit replacing the list's (no item, rounding or volume discount applies)")
            BigDecimal priceOverride) {
    }
}
