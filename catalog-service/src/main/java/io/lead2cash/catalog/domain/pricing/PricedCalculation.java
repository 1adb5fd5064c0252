package io.lead2cash.catalog.domain.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The engine's answer: every line priced or carrying its error, and the header totals of the priced lines. */
public record PricedCalculation(UUID priceListId, String currency, List<PricedLine> lines, BigDecimal detailAmount,
        BigDecimal discountPercentage, BigDecimal discountAmount, BigDecimal totalDiscount, BigDecimal preFreightAmount,
        BigDecimal freight, BigDecimal totalTax, BigDecimal totalAmount, boolean complete) {

    /** One line: its prices, or the reason it could not be priced (then the amounts are null). */
    public record PricedLine(int lineNumber, UUID productId, String productNumber, String productName, UUID unitId, BigDecimal quantity, BigDecimal pricePerUnit,
            BigDecimal volumeDiscountPerUnit, BigDecimal amount, BigDecimal manualDiscount, BigDecimal tax,
            BigDecimal extendedAmount, boolean priceOverridden, PricingError error, String errorMessage) {

        static PricedLine failed(int number, PriceCalculation.Line line, UUID unitId, PricingError error, String message) {
            return new PricedLine(number, line.productId(), null, null, unitId, line.quantity(), null, null, null, null, null, null,
                    line.priceOverride() != null, error, message);
        }
    }
}
