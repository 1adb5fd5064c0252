package io.lead2cash.billing.api;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of an order or invoice at its locked prices; {@code fulfilledQuantity} only on fulfilled orders. */
@Schema(name = "BilledLine")
public record BilledLineView(UUID id, int lineNumber, @Schema(nullable = true) UUID productId,
        @Schema(nullable = true, description = "The catalog product's number, carried from the quote") String productNumber,
        @Schema(nullable = true, description = "The catalog product's name, carried from the quote") String productName,
        @Schema(nullable = true) String writeInName, @Schema(nullable = true) UUID unitId, BigDecimal quantity,
        @Schema(nullable = true) BigDecimal fulfilledQuantity, BigDecimal pricePerUnit,
        BigDecimal volumeDiscountPerUnit, BigDecimal amount, BigDecimal manualDiscount, BigDecimal tax,
        BigDecimal extendedAmount,
        @Schema(description = "True when a user set the catalog product's price (Override pricing): repricing keeps it")
        boolean priceOverridden) {
}
