package io.lead2cash.catalog.api;

import io.lead2cash.events.catalog.PricingMethod;
import io.lead2cash.events.catalog.QuantitySellingOption;
import io.lead2cash.events.catalog.RoundingOption;
import io.lead2cash.events.catalog.RoundingPolicy;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a product in a unit is priced on a list; which fields matter depends on the method and rounding. */
@Schema(name = "PriceListItemRequest")
public record PriceListItemRequest(
        @Schema(description = "Required to add; ignored on replace") UUID productId,
        @Schema(description = "Defaults to the product's default unit; ignored on replace") UUID unitId,
        @NotNull(message = "is required") PricingMethod pricingMethod,
        @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 15, fraction = 4)
        @Schema(description = "The price, for CURRENCY_AMOUNT") BigDecimal amount,
        @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 5, fraction = 4)
        @Schema(description = "For every other method, e.g. 25 for 25 %") BigDecimal percentage,
        @Schema(description = "NONE (default), UP, DOWN or NEAREST") RoundingPolicy roundingPolicy,
        RoundingOption roundingOption,
        @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0") @Digits(integer = 15, fraction = 4)
        BigDecimal roundingAmount,
        @Schema(description = "NO_CONTROL (default), WHOLE or WHOLE_AND_FRACTIONAL") QuantitySellingOption quantitySellingOption,
        UUID discountListId) {
}
