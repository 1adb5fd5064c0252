package io.lead2cash.platform.domain;

import io.lead2cash.events.Money;
import io.lead2cash.events.ProductLineData;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.UUID;

/**
 * A product line of an opportunity, quote, order or invoice: a catalog product or a write-in, its quantity and the
 * prices the catalog's engine set. The columns every such line has, and the form events carry it in.
 */
@MappedSuperclass
public abstract class ProductLine extends TrackedEntity {

    public int lineNumber;
    public UUID productId;
    /** The catalog product's number and name as its last pricing found them, for documents a customer reads. */
    public String productNumber;
    public String productName;
    public String writeInName;
    public UUID unitId;
    public BigDecimal quantity;
    public BigDecimal pricePerUnit;
    public BigDecimal volumeDiscount;
    public BigDecimal amount;
    public BigDecimal manualDiscount;
    public BigDecimal tax;
    public BigDecimal extendedAmount;

    /** What a customer reads the line as: the write-in name, or the product's number and name. */
    public String description() {
        if (writeIn()) {
            return writeInName;
        }
        if (productName == null) {
            return productNumber == null ? "Product " + productId : productNumber;
        }
        return productNumber == null ? productName : productNumber + " " + productName;
    }

    /** Whether the line names no catalog product: its price is the one the user wrote in. */
    public boolean writeIn() {
        return productId == null;
    }

    /**
     * Whether a user set the catalog product's price per unit (Dynamics 365's Override pricing): repricing keeps it,
     * as it keeps a write-in's. The flag travels with the line from opportunity to invoice.
     */
    public abstract boolean priceOverridden();

    /** The line's amount less its manual discount: what the header's detail amount adds up. */
    public BigDecimal netAmount() {
        return amount.subtract(manualDiscount);
    }

    /** The line as events carry it, amounts at the currency's scale (absent while it has none). */
    public ProductLineData data(String currency) {
        return new ProductLineData(lineNumber, productId, productNumber, productName, writeInName, unitId, quantity.stripTrailingZeros(),
                Money.atCurrencyScale(pricePerUnit, currency), Money.atCurrencyScale(volumeDiscount, currency),
                Money.atCurrencyScale(amount, currency), Money.atCurrencyScale(manualDiscount, currency),
                Money.atCurrencyScale(tax, currency), Money.atCurrencyScale(extendedAmount, currency),
                priceOverridden() ? Boolean.TRUE : null);
    }

    /** What the lines add up to in one figure, e.g. {@link #netAmount} for a header's detail amount. */
    public static <L extends ProductLine> BigDecimal sum(List<? extends L> lines, Function<? super L, BigDecimal> figure) {
        return lines.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
