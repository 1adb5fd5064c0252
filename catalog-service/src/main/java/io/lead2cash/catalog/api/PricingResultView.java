package io.lead2cash.catalog.api;

import io.lead2cash.catalog.domain.pricing.PricingError;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The priced lines (or why each could not be priced) and the header totals of the priced ones. */
@Schema(name = "PricingResult")
public record PricingResultView(@Schema(nullable = true) UUID priceListId, @Schema(nullable = true) String currency,
        List<Line> lines, BigDecimal detailAmount,
        BigDecimal discountPercentage, BigDecimal discountAmount, BigDecimal totalDiscount, BigDecimal preFreightAmount,
        BigDecimal freight, BigDecimal totalTax, BigDecimal totalAmount,
        @Schema(description = "False when a line could not be priced (it is left out of the totals)") boolean complete) {

    /** A priced line; when {@code error} is set the amounts are absent. */
    @Schema(name = "PricedLine")
    public record Line(int lineNumber, UUID productId,
            @Schema(nullable = true, description = "The product's number, absent when it was not found") String productNumber,
            @Schema(nullable = true, description = "The product's name, absent when it was not found") String productName,
            @Schema(nullable = true) UUID unitId, BigDecimal quantity,
            @Schema(nullable = true) BigDecimal pricePerUnit, @Schema(nullable = true) BigDecimal volumeDiscountPerUnit,
            @Schema(nullable = true) BigDecimal amount, @Schema(nullable = true) BigDecimal manualDiscount,
            @Schema(nullable = true) BigDecimal tax, @Schema(nullable = true) BigDecimal extendedAmount,
            boolean priceOverridden, @Schema(nullable = true) PricingError error,
            @Schema(nullable = true) String errorMessage) {
    }
}
