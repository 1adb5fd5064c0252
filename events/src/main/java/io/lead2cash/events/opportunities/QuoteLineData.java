package io.lead2cash.events.opportunities;

import java.math.BigDecimal;
import java.util.UUID;

/** A priced quote line, in the quote's currency: what billing copies onto the order (prices locked). */
public record QuoteLineData(
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
        BigDecimal extendedAmount) {
}
