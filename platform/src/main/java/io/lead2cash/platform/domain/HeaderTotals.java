package io.lead2cash.platform.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The header totals of a priced record (quote, order, invoice), as the domain reference defines them: detail =
 * sum of (line amount - manual discount); total discount = discount amount + discount percentage x detail;
 * pre-freight = detail - total discount; total = pre-freight + freight + total tax. Rounded half up to the
 * currency's minor unit, the suite's one rounding mode.
 */
public record HeaderTotals(BigDecimal detailAmount, BigDecimal discountPercentage, BigDecimal discountAmount,
        BigDecimal totalDiscount, BigDecimal preFreightAmount, BigDecimal freight, BigDecimal totalTax,
        BigDecimal totalAmount) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * @param detail the sum of the priced lines' amounts less their manual discounts
     * @param tax the sum of the priced lines' taxes
     */
    public static HeaderTotals of(BigDecimal detail, BigDecimal tax, BigDecimal discountPercentage, BigDecimal discountAmount,
            BigDecimal freight, int scale) {
        BigDecimal d = detail.setScale(scale, RoundingMode.HALF_UP);
        BigDecimal percentage = discountPercentage == null ? BigDecimal.ZERO : discountPercentage;
        BigDecimal amount = (discountAmount == null ? BigDecimal.ZERO : discountAmount).setScale(scale, RoundingMode.HALF_UP);
        BigDecimal totalDiscount = amount.add(d.multiply(percentage).divide(HUNDRED, MathContext.DECIMAL128)
                .setScale(scale, RoundingMode.HALF_UP));
        BigDecimal preFreight = d.subtract(totalDiscount);
        BigDecimal f = (freight == null ? BigDecimal.ZERO : freight).setScale(scale, RoundingMode.HALF_UP);
        BigDecimal t = tax.setScale(scale, RoundingMode.HALF_UP);
        return new HeaderTotals(d, percentage, amount, totalDiscount, preFreight, f, t, preFreight.add(f).add(t));
    }
}
