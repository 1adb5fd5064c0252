package io.lead2cash.opportunity.domain.line;

import io.lead2cash.platform.domain.ProductLine;
import io.lead2cash.platform.domain.WriteInPrice;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A product line of an opportunity or a quote while it is being sold: a catalog product priced by the catalog's
 * engine, or a write-in product with a manual price. A line the catalog could not price keeps its quantity and says why; it is never
 * silently priced at 0.
 */
@MappedSuperclass
public abstract class PricedLine extends ProductLine {

    /** The code of a line left unpriced because the catalog could not be reached. */
    public static final String CATALOG_UNAVAILABLE = "CATALOG_UNAVAILABLE";

    public BigDecimal priceOverride;
    public String pricingError;
    public String pricingMessage;
    public Instant pricedAt;

    /** What a user sets on a line: a catalog product or a write-in name (then a price override is the price). */
    public record Details(UUID productId, String writeInName, UUID unitId, BigDecimal quantity, BigDecimal manualDiscount,
            BigDecimal tax, BigDecimal priceOverride) {
    }

    /** A price the catalog computed for the line. */
    public record Price(BigDecimal pricePerUnit, BigDecimal volumeDiscount, BigDecimal amount, BigDecimal extendedAmount,
            UUID unitId, String productNumber, String productName) {
    }

    protected void start(int number, Details details) {
        initialise();
        lineNumber = number;
        apply(details);
    }

    /** What the user set on the line, to copy it (opportunity to quote, quote to its revision). */
    public Details details() {
        return new Details(productId, writeInName, unitId, quantity, manualDiscount, tax, priceOverride);
    }

    public void change(Details details) {
        apply(details);
        touch();
    }

    @Override
    public boolean priceOverridden() {
        return !writeIn() && priceOverride != null;
    }

    public boolean priced() {
        return pricedAt != null && pricingError == null;
    }

    public void pricedAs(Price price) {
        pricePerUnit = price.pricePerUnit();
        volumeDiscount = price.volumeDiscount();
        amount = price.amount();
        extendedAmount = price.extendedAmount();
        if (price.unitId() != null) {
            unitId = price.unitId();
        }
        if (price.productNumber() != null) {
            productNumber = price.productNumber();
            productName = price.productName();
        }
        pricingError = null;
        pricingMessage = null;
        pricedAt = now();
    }

    /**
     * A write-in line is priced here: its override is the price per unit at the pricing decimal precision, with the
     * suite's one rounding mode.
     */
    public void priceWriteIn(int currencyDigits, int priceDecimals) {
        WriteInPrice price = WriteInPrice.of("manualDiscount", priceOverride, quantity, manualDiscount, tax, currencyDigits,
                priceDecimals);
        pricedAs(new Price(price.pricePerUnit(), BigDecimal.ZERO.setScale(priceDecimals), price.amount(),
                price.extendedAmount(), null, null, null));
    }

    /** Keeps the line without a price, saying why. */
    public void unpriced(String code, String message) {
        pricePerUnit = null;
        volumeDiscount = null;
        amount = null;
        extendedAmount = null;
        pricingError = code;
        pricingMessage = message;
        pricedAt = null;
    }

    private void apply(Details d) {
        if (!java.util.Objects.equals(productId, d.productId())) {
            // Another product's number and name would be printed until the catalog prices this one.
            productNumber = null;
            productName = null;
        }
        productId = d.productId();
        writeInName = d.writeInName();
        unitId = d.unitId();
        quantity = d.quantity();
        manualDiscount = d.manualDiscount();
        tax = d.tax();
        priceOverride = d.priceOverride();
    }
}
