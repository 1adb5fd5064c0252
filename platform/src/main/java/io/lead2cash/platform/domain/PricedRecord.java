package io.lead2cash.platform.domain;

import io.lead2cash.events.PricedTotals;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;

/**
 * A record that bills a customer in one currency with a priced header (quote, order, invoice): the header discount
 * and freight, and the totals {@link HeaderTotals} computes from its lines.
 */
@MappedSuperclass
public abstract class PricedRecord extends CustomerRecord {

    public BigDecimal discountPercentage;
    public BigDecimal discountAmount;
    public BigDecimal freight;
    public BigDecimal detailAmount;
    public BigDecimal totalDiscount;
    public BigDecimal preFreightAmount;
    public BigDecimal totalTax;
    public BigDecimal totalAmount;

    /** Takes the header figures computed from the lines. */
    protected void applyTotals(HeaderTotals totals) {
        detailAmount = totals.detailAmount();
        discountPercentage = totals.discountPercentage();
        discountAmount = totals.discountAmount();
        totalDiscount = totals.totalDiscount();
        preFreightAmount = totals.preFreightAmount();
        freight = totals.freight();
        totalTax = totals.totalTax();
        totalAmount = totals.totalAmount();
    }

    /** The header's figures as events carry them, in the record's currency. */
    public PricedTotals totals() {
        return new PricedTotals(money(detailAmount), discountPercentage, money(discountAmount), money(totalDiscount),
                money(preFreightAmount), money(freight), money(totalTax), money(totalAmount));
    }
}
