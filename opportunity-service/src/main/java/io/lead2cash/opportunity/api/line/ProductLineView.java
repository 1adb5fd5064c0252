package io.lead2cash.opportunity.api.line;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product line (of an opportunity or a quote) as the API shows it; an unpriced line says why and has no amounts. */
@Schema(name = "ProductLine")
public record ProductLineView(UUID id, int lineNumber, UUID productId, String writeInName,
        UUID unitId, BigDecimal quantity, BigDecimal manualDiscount, BigDecimal tax, BigDecimal priceOverride,
        BigDecimal pricePerUnit, BigDecimal volumeDiscountPerUnit, BigDecimal amount, BigDecimal extendedAmount,
        boolean priced,
        @Schema(description = "The catalog's error code, or CATALOG_UNAVAILABLE (reprice later)") String pricingError,
        String pricingMessage, Instant pricedAt, long version) {
}
