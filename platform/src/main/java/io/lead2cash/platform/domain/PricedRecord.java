package io.lead2cash.platform.domain;

import io.lead2cash.events.Money;
import io.lead2cash.events.leads.OpportunityRequest.CustomerType;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A record that bills a customer in one currency with a priced header (quote, order, invoice): the customer, the
 * header discount and freight, and the totals {@link HeaderTotals} computes from its lines.
 */
@MappedSuperclass
public abstract class PricedRecord extends OwnedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_type")
    public CustomerType customerType;

    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "customer_name")
    public String customerName;

    public String currency;

    @Column(name = "discount_percentage")
    public BigDecimal discountPercentage;

    @Column(name = "discount_amount")
    public BigDecimal discountAmount;

    public BigDecimal freight;

    @Column(name = "detail_amount")
    public BigDecimal detailAmount;

    @Column(name = "total_discount")
    public BigDecimal totalDiscount;

    @Column(name = "pre_freight_amount")
    public BigDecimal preFreightAmount;

    @Column(name = "total_tax")
    public BigDecimal totalTax;

    @Column(name = "total_amount")
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

    /** The number of minor digits of the record's currency (2 for EUR, 0 for JPY). */
    public int currencyDigits() {
        return Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
    }

    /** An amount of this record, in its currency at the currency's scale; null stays null. */
    public Money money(BigDecimal amount) {
        return Money.ofNullable(amount, currency);
    }
}
