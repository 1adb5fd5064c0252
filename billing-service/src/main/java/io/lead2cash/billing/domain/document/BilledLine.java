package io.lead2cash.billing.domain.document;

import io.lead2cash.platform.domain.ProductLine;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A priced line of an order, invoice or credit note. Prices are locked: they were set by the catalog's engine when the
 * quote was priced and are never recalculated here; only quantities are prorated when part of a line is billed.
 */
@MappedSuperclass
public abstract class BilledLine extends ProductLine {

    /** A catalog product whose price a user set (it came so from the quote, or an override on the order). */
    public boolean priceOverridden;

    @Override
    public boolean priceOverridden() {
        return priceOverridden;
    }

    /** Copies {@code from}, billing {@code billed} of its quantity: amounts recomputed, discount and tax prorated. */
    protected void copyFor(BilledLine from, BigDecimal billed, int scale) {
        initialise();
        lineNumber = from.lineNumber;
        productId = from.productId;
        productNumber = from.productNumber;
        productName = from.productName;
        writeInName = from.writeInName;
        priceOverridden = from.priceOverridden;
        unitId = from.unitId;
        pricePerUnit = from.pricePerUnit;
        volumeDiscount = from.volumeDiscount;
        quantity = billed;
        if (billed.compareTo(from.quantity) == 0) {
            amount = from.amount;
            manualDiscount = from.manualDiscount;
            tax = from.tax;
            extendedAmount = from.extendedAmount;
            return;
        }
        amount = pricePerUnit.subtract(volumeDiscount).multiply(billed).setScale(scale, RoundingMode.HALF_UP);
        manualDiscount = prorate(from.manualDiscount, billed, from.quantity, scale);
        tax = prorate(from.tax, billed, from.quantity, scale);
        extendedAmount = amount.subtract(manualDiscount).add(tax);
    }

    private static BigDecimal prorate(BigDecimal whole, BigDecimal part, BigDecimal of, int scale) {
        return whole.multiply(part).divide(of, scale, RoundingMode.HALF_UP);
    }
}
