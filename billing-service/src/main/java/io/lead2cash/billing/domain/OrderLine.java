package io.lead2cash.billing.domain;

import io.lead2cash.events.Money;
import io.lead2cash.events.billing.OrderLineData;
import io.lead2cash.events.opportunities.QuoteLineData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A line of a sales order, and how much of it was delivered once the order is fulfilled. */
@Entity
@Table(name = "sales_order_line")
public class OrderLine extends BilledLine {

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "fulfilled_quantity")
    public BigDecimal fulfilledQuantity;

    /** The quote's line as the order keeps it, prices locked. */
    static OrderLine fromQuote(UUID orderId, QuoteLineData q) {
        OrderLine line = new OrderLine();
        line.id = UUID.randomUUID();
        line.orderId = orderId;
        line.lineNumber = q.lineNumber();
        line.productId = q.productId();
        line.writeInName = q.writeInName();
        line.unitId = q.unitId();
        line.quantity = q.quantity();
        line.pricePerUnit = q.pricePerUnit();
        line.volumeDiscount = zeroIfNull(q.volumeDiscountPerUnit());
        line.amount = q.amount();
        line.manualDiscount = zeroIfNull(q.manualDiscount());
        line.tax = zeroIfNull(q.tax());
        line.extendedAmount = q.extendedAmount();
        return line;
    }

    /** A line of an order created directly, at the price just set by the catalog (or its write-in price). */
    static OrderLine priced(int lineNumber, UUID productId, String writeInName, UUID unitId, BigDecimal quantity,
            BigDecimal manualDiscount, BigDecimal tax, BigDecimal pricePerUnit, BigDecimal volumeDiscount, BigDecimal amount,
            BigDecimal extendedAmount) {
        OrderLine line = new OrderLine();
        line.id = UUID.randomUUID();
        line.lineNumber = lineNumber;
        line.productId = productId;
        line.writeInName = writeInName;
        line.unitId = unitId;
        line.quantity = quantity;
        line.manualDiscount = zeroIfNull(manualDiscount);
        line.tax = zeroIfNull(tax);
        line.pricePerUnit = pricePerUnit;
        line.volumeDiscount = zeroIfNull(volumeDiscount);
        line.amount = amount;
        line.extendedAmount = extendedAmount;
        return line;
    }

    public OrderLineData data(String currency) {
        return new OrderLineData(lineNumber, productId, writeInName, unitId, quantity.stripTrailingZeros(),
                fulfilledQuantity == null ? null : fulfilledQuantity.stripTrailingZeros(),
                Money.atCurrencyScale(pricePerUnit, currency), Money.atCurrencyScale(volumeDiscount, currency),
                Money.atCurrencyScale(amount, currency), Money.atCurrencyScale(manualDiscount, currency),
                Money.atCurrencyScale(tax, currency), Money.atCurrencyScale(extendedAmount, currency));
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
