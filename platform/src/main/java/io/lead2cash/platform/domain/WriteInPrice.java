package io.lead2cash.platform.domain;

import io.lead2cash.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The price of a line whose price per unit is set by hand (a write-in product, or a price kept as it is: locked or
 * overridden): the price per unit keeps the pricing decimal precision; amount = price x quantity and extended amount =
 * amount - manual discount + tax, rounded half up to the currency's minor unit. As for catalog lines, the manual
 * discount may not exceed the amount.
 */
public record WriteInPrice(BigDecimal pricePerUnit, BigDecimal amount, BigDecimal extendedAmount) {

    /**
     * @param discountField the request field that carries the manual discount, named by the refusal when it exceeds
     *                      the amount
     * @param priceDecimals the pricing decimal precision ({@link PricingPolicy#priceDecimals()})
     */
    public static WriteInPrice of(String discountField, BigDecimal priceOverride, BigDecimal quantity,
            BigDecimal manualDiscount, BigDecimal tax, int currencyDigits, int priceDecimals) {
        BigDecimal ppu = priceOverride.setScale(priceDecimals, RoundingMode.HALF_UP);
        BigDecimal amount = ppu.multiply(quantity).setScale(currencyDigits, RoundingMode.HALF_UP);
        BigDecimal discount = manualDiscount == null ? BigDecimal.ZERO : manualDiscount;
        if (discount.compareTo(amount) > 0) {
            throw ProblemException.invalid(discountField, "must not exceed the line's amount (" + amount.toPlainString()
                    + ")");
        }
        BigDecimal lineTax = tax == null ? BigDecimal.ZERO : tax;
        return new WriteInPrice(ppu, amount, amount.subtract(discount).add(lineTax).setScale(currencyDigits, RoundingMode.HALF_UP));
    }
}
