package io.lead2cash.events;

import java.math.BigDecimal;

/**
 * The priced header of a quote, order or invoice, in its currency: what its lines add up to, the header discount and
 * freight, tax and the total. Records carry it flat, beside their own fields.
 */
public record PricedTotals(
        Money detailAmount,
        BigDecimal discountPercentage,
        Money discountAmount,
        Money totalDiscount,
        Money preFreightAmount,
        Money freight,
        Money totalTax,
        Money totalAmount) {
}
