package io.lead2cash.events.billing;

import java.math.BigDecimal;
import java.util.UUID;

/** A line of a sales order in its currency; {@code fulfilledQuantity} is set once the order is fulfilled. */
public record OrderLineData(
        int lineNumber,
        UUID productId,
        String writeInName,
        UUID unitId,
        BigDecimal quantity,
        BigDecimal fulfilledQuantity,
        BigDecimal pricePerUnit,
        BigDecimal volumeDiscountPerUnit,
        BigDecimal amount,
        BigDecimal manualDiscount,
        BigDecimal tax,
        BigDecimal extendedAmount) {
}
