package io.lead2cash.events.billing;

import java.math.BigDecimal;
import java.util.UUID;

/** A line of an invoice in its currency: what was delivered and is billed. */
public record InvoiceLineData(
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
