package io.lead2cash.platform.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The price of a write-in line (a product not in the catalog): its price override is the price per unit; amount =
 * price x quantity; extended amount = amount - manual discount + tax; rounded half up to the currency's minor unit.
 */
public record WriteInPrice(BigDecimal pricePerUnit, BigDecimal amount, BigDecimal extendedAmount) {

    public static WriteInPrice of(BigDecimal priceOverride, BigDecimal quantity, BigDecimal manualDiscount, BigDecimal tax,
            int currencyDigits) {
        BigDecimal ppu = priceOverride.setScale(currencyDigits, RoundingMode.HALF_UP);
        BigDecimal amount = ppu.multiply(quantity).setScale(currencyDigits, RoundingMode.HALF_UP);
        BigDecimal discount = manualDiscount == null ? BigDecimal.ZERO : manualDiscount;
        BigDecimal lineTax = tax == null ? BigDecimal.ZERO : tax;
        return new WriteInPrice(ppu, amount, amount.subtract(discount).add(lineTax).setScale(currencyDigits, RoundingMode.HALF_UP));
    }
}
