package io.lead2cash.opportunity.api.line;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product line (of an opportunity or a quote) as the API shows it; an unpriced line says why and has no amounts. */
@Schema(name = "ProductLine")
public record ProductLineView(UUID id, int lineNumber, @Schema(nullable = true) UUID productId,
        @Schema(nullable = true, description = "The catalog product's number, as the line was last priced") String productNumber,
        @Schema(nullable = true, description = "The catalog product's name, as the line was last priced") String productName,
        @Schema(nullable = true) String writeInName, @Schema(nullable = true) UUID unitId, BigDecimal quantity,
        @Schema(nullable = true) BigDecimal manualDiscount, @Schema(nullable = true) BigDecimal tax,
        @Schema(nullable = true) BigDecimal priceOverride, @Schema(nullable = true) BigDecimal pricePerUnit,
        @Schema(nullable = true) BigDecimal volumeDiscountPerUnit, @Schema(nullable = true) BigDecimal amount,
        @Schema(nullable = true) BigDecimal extendedAmount, boolean priced,
        @Schema(description = "The catalog's error code, or CATALOG_UNAVAILABLE (reprice later)", nullable = true)
        String pricingError,
        @Schema(nullable = true) String pricingMessage, @Schema(nullable = true) Instant pricedAt, long version) {
}
