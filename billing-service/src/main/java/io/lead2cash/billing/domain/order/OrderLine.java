package io.lead2cash.billing.domain.order;

import io.lead2cash.billing.domain.document.BilledLine;
import io.lead2cash.events.billing.OrderLineData;
import io.lead2cash.events.ProductLineData;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A line of a sales order, and how much of it was delivered once the order is fulfilled. */
@Entity
@Table(name = "sales_order_line")
public class OrderLine extends BilledLine {

    public UUID orderId;
    public BigDecimal fulfilledQuantity;

    /** The quote's line as the order keeps it, prices locked. */
    static OrderLine fromQuote(UUID orderId, ProductLineData q) {
        OrderLine line = priced(q.lineNumber(), q.productId(), q.writeInName(), q.unitId(), q.quantity(), q.manualDiscount(),
                q.tax(), q.pricePerUnit(), q.volumeDiscountPerUnit(), q.amount(), q.extendedAmount());
        line.orderId = orderId;
        line.productNumber = q.productNumber();
        line.productName = q.productName();
        line.priceOverridden = q.overridden() && q.productId() != null;
        return line;
    }

    /** A line of an order created directly, at the price just set by the catalog (or its write-in price). */
    public static OrderLine priced(int lineNumber, UUID productId, String writeInName, UUID unitId, BigDecimal quantity,
            BigDecimal manualDiscount, BigDecimal tax, BigDecimal pricePerUnit, BigDecimal volumeDiscount, BigDecimal amount,
            BigDecimal extendedAmount) {
        OrderLine line = new OrderLine();
        line.initialise();
        line.lineNumber = lineNumber;
        line.productId = productId;
        line.writeInName = writeInName;
        line.unitId = unitId;
        line.quantity = quantity;
        line.manualDiscount = Objects.requireNonNullElse(manualDiscount, BigDecimal.ZERO);
        line.tax = Objects.requireNonNullElse(tax, BigDecimal.ZERO);
        line.pricePerUnit = pricePerUnit;
        line.volumeDiscount = Objects.requireNonNullElse(volumeDiscount, BigDecimal.ZERO);
        line.amount = amount;
        line.extendedAmount = extendedAmount;
        return line;
    }

    /** Takes the catalog's current price, keeping quantity, manual discount and tax. */
    void repricedAs(OrderPricing.Outcome outcome) {
        pricePerUnit = outcome.pricePerUnit();
        volumeDiscount = Objects.requireNonNullElse(outcome.volumeDiscount(), BigDecimal.ZERO);
        amount = outcome.amount();
        extendedAmount = outcome.extendedAmount();
        if (outcome.productNumber() != null) {
            productNumber = outcome.productNumber();
            productName = outcome.productName();
        }
        touch();
    }

    /** Its quantity, discount or tax changed (the pricer set the amounts). */
    void changed() {
        touch();
    }

    /** The order's lines in line-number order. */
    public static List<OrderLine> ofOrder(UUID orderId) {
        return OrderLine.list("orderId = ?1 order by lineNumber", orderId);
    }

    /** The line as order events carry it: the priced line and what of it was delivered. */
    public OrderLineData orderLineData(String currency) {
        return new OrderLineData(data(currency), fulfilledQuantity == null ? null : fulfilledQuantity.stripTrailingZeros());
    }
}
