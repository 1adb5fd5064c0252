package io.lead2cash.catalog.domain.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A calculation asked of the engine: lines on a price list with header discounts and freight. */
public record PriceCalculation(UUID priceListId, String currency, LocalDate date, List<Line> lines,
        BigDecimal discountPercentage, BigDecimal discountAmount, BigDecimal freight) {

    /** One line; the unit defaults to the product's default unit, an override replaces the list price. */
    public record Line(UUID productId, UUID unitId, BigDecimal quantity, BigDecimal manualDiscount, BigDecimal tax,
            BigDecimal priceOverride) {
    }
}
