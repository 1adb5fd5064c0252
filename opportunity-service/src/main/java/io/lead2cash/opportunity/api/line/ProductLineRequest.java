package io.lead2cash.opportunity.api.line;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product line: a catalog product, or a write-in product with its price in priceOverride. */
@Schema(name = "ProductLineRequest")
public record ProductLineRequest(
        @Schema(description = "A catalog product (or give writeInName)") UUID productId,
        @Size(max = 200) @Schema(description = "A product not in the catalog (then priceOverride is its price)") String writeInName,
        @Schema(description = "Defaults to the product's default unit") UUID unitId,
        @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 13, fraction = 6) BigDecimal quantity,
        @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 15, fraction = 4) BigDecimal manualDiscount,
        @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 15, fraction = 4) BigDecimal tax,
        @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 15, fraction = 4) BigDecimal priceOverride) {
}
