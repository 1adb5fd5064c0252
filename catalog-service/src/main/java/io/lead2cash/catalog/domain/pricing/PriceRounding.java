package io.lead2cash.catalog.domain.pricing;

import io.lead2cash.events.catalog.RoundingOption;
import io.lead2cash.events.catalog.RoundingPolicy;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A price list item's rounding policy, as Dynamics 365 applies it to a price per unit: up, down or to the nearest
 * multiple of R, or to a price ending in R (the remainder modulo the smallest power of ten above R, e.g. 0.99 gives
 * x.99 and 9.99 gives x9.99).
 */
final class PriceRounding {

    private static final MathContext DIVISION = MathContext.DECIMAL128;

    private PriceRounding() {
    }

    /** Applies the policy to a price (unrounded in, unrounded out: the caller rounds to the currency). */
    static BigDecimal round(BigDecimal price, RoundingPolicy policy, RoundingOption option, BigDecimal r) {
        if (policy == null || policy == RoundingPolicy.NONE) {
            return price;
        }
        if (option == RoundingOption.MULTIPLE_OF) {
            BigDecimal multiples = price.divide(r, DIVISION);
            RoundingMode mode = switch (policy) {
                case UP -> RoundingMode.CEILING;
                case DOWN -> RoundingMode.FLOOR;
                default -> RoundingMode.HALF_UP;
            };
            return multiples.setScale(0, mode).multiply(r);
        }
        BigDecimal modulus = BigDecimal.ONE;
        while (modulus.compareTo(r) <= 0) {
            modulus = modulus.multiply(BigDecimal.TEN);
        }
        BigDecimal lower = price.subtract(r).divide(modulus, DIVISION).setScale(0, RoundingMode.FLOOR).multiply(modulus).add(r);
        BigDecimal upper = lower.compareTo(price) == 0 ? lower : lower.add(modulus);
        return switch (policy) {
            case UP -> upper;
            case DOWN -> lower;
            default -> price.subtract(lower).compareTo(upper.subtract(price)) < 0 ? lower : upper;
        };
    }
}
