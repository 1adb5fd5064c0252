package io.lead2cash.events.opportunities;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product line of an opportunity in its currency. Amounts are absent and {@code pricingError} says why while the
 * catalog has not priced the line.
 */
public record OpportunityLineData(
        UUID id,
        int lineNumber,
        UUID productId,
        String writeInName,
        UUID unitId,
        BigDecimal quantity,
        BigDecimal pricePerUnit,
        BigDecimal volumeDiscountPerUnit,
        BigDecimal amount,
        BigDecimal manualDiscount,
        BigDecimal tax,
        BigDecimal extendedAmount,
        String pricingError) {
}
