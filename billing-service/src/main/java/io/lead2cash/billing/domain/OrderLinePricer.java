package io.lead2cash.billing.domain;

import io.lead2cash.platform.domain.WriteInPrice;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Prices the lines of an order created directly: catalog products by the catalog's engine ({@link OrderPricing}),
 * write-in products from their price. A line that cannot be priced is refused, naming it by its index.
 */
@ApplicationScoped
public class OrderLinePricer {

    private static final Logger LOG = Logger.getLogger(OrderLinePricer.class);

    @Inject OrderPricing pricing;

    /** A line of an order created directly: a catalog product, or a write-in product with its price. */
    public record NewLine(UUID productId, String writeInName, UUID unitId, BigDecimal quantity, BigDecimal manualDiscount,
            BigDecimal tax, BigDecimal priceOverride) {
    }

    /**
     * The order lines, numbered from 1 in the order requested. An unreachable catalog is a 503 that leaves nothing
     * behind; a line the catalog cannot price is refused with the catalog's error code.
     */
    List<OrderLine> price(SalesOrder.Details details, List<NewLine> requested) {
        int digits = currencyDigits(details.currency());
        List<Integer> catalogIndexes = catalogIndexes(requested);
        if (!catalogIndexes.isEmpty() && details.priceListId() == null) {
            throw ProblemException.invalid("priceListId", "is required to price catalog products");
        }
        List<OrderPricing.Outcome> outcomes = catalogPrices(details, catalogIndexes.stream().map(requested::get).toList());
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            NewLine l = requested.get(i);
            int at = catalogIndexes.indexOf(i);
            lines.add(at < 0 ? writeIn(i, l, digits) : fromCatalog(i, l, outcomes.get(at)));
        }
        for (OrderLine line : lines) {
            if (line.extendedAmount.signum() < 0 || line.manualDiscount.compareTo(line.amount) > 0) {
                throw ProblemException.invalid("lines[" + (line.lineNumber - 1) + "].manualDiscount",
                        "must not exceed the line's amount (" + line.amount.toPlainString() + ")");
            }
        }
        return lines;
    }

    /**
     * Prices the order's catalog lines again at the catalog's current prices (its price list, today), keeping their
     * quantities, discounts and tax; write-in lines keep their price. Nothing changes when a line cannot be priced:
     * 409 naming it; 503 when the catalog cannot be reached.
     */
    void reprice(SalesOrder order, List<OrderLine> lines) {
        List<OrderLine> catalogLines = lines.stream().filter(l -> !l.writeIn()).toList();
        if (catalogLines.isEmpty()) {
            return;
        }
        if (order.priceListId == null) {
            throw new ProblemException(ProblemType.CONFLICT, "Order " + order.orderNumber + " has no price list to "
                    + "price its catalog lines from");
        }
        List<OrderPricing.Outcome> outcomes;
        try {
            outcomes = pricing.price(order.priceListId, order.currency, catalogLines.stream()
                    .map(l -> new OrderPricing.Request(l.productId, l.unitId, l.quantity, l.manualDiscount, l.tax, null))
                    .toList());
        } catch (OrderPricing.Unavailable e) {
            LOG.warnf("Catalog unavailable (%s): order %s not repriced", e.getMessage(), order.orderNumber);
            throw new ProblemException(ProblemType.UNAVAILABLE, "The catalog cannot price the lines now; nothing was "
                    + "changed, retry later");
        }
        for (int i = 0; i < catalogLines.size(); i++) {
            OrderPricing.Outcome outcome = outcomes.get(i);
            OrderLine line = catalogLines.get(i);
            if (outcome.error() != null) {
                throw new ProblemException(ProblemType.CONFLICT, "Line " + line.lineNumber + " of order "
                        + order.orderNumber + " cannot be priced now: " + outcome.error()
                        + (outcome.message() == null ? "" : " (" + outcome.message() + ")") + "; nothing was changed");
            }
            line.repricedAs(outcome);
        }
    }

    private static int currencyDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("currency", "must be an ISO 4217 currency code such as EUR or USD");
        }
    }

    /** The indexes of the catalog lines, once each line is known to be a catalog or a write-in product. */
    private static List<Integer> catalogIndexes(List<NewLine> requested) {
        List<Integer> catalogIndexes = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            NewLine l = requested.get(i);
            if ((l.productId() == null) == (l.writeInName() == null || l.writeInName().isBlank())) {
                throw ProblemException.invalid("lines[" + i + "].productId", "or writeInName must be given, not both");
            }
            if (l.productId() == null && l.priceOverride() == null) {
                throw ProblemException.invalid("lines[" + i + "].priceOverride", "is required for a write-in product");
            }
            if (l.productId() != null) {
                catalogIndexes.add(i);
            }
        }
        return catalogIndexes;
    }

    private List<OrderPricing.Outcome> catalogPrices(SalesOrder.Details details, List<NewLine> catalogLines) {
        if (catalogLines.isEmpty()) {
            return List.of();
        }
        try {
            return pricing.price(details.priceListId(), details.currency(), catalogLines.stream()
                    .map(l -> new OrderPricing.Request(l.productId(), l.unitId(), l.quantity(), l.manualDiscount(), l.tax(),
                            l.priceOverride()))
                    .toList());
        } catch (OrderPricing.Unavailable e) {
            LOG.warnf("Catalog unavailable (%s): order not created", e.getMessage());
            throw new ProblemException(ProblemType.UNAVAILABLE, "The catalog cannot price the lines now; nothing was "
                    + "created, retry later");
        }
    }

    private static OrderLine writeIn(int index, NewLine l, int digits) {
        var price = WriteInPrice.of("lines[" + index + "].manualDiscount", l.priceOverride(), l.quantity(),
                l.manualDiscount(), l.tax(), digits);
        return OrderLine.priced(index + 1, null, l.writeInName().trim(), l.unitId(), l.quantity(), l.manualDiscount(),
                l.tax(), price.pricePerUnit(), BigDecimal.ZERO, price.amount(), price.extendedAmount());
    }

    private static OrderLine fromCatalog(int index, NewLine l, OrderPricing.Outcome outcome) {
        if (outcome.error() != null) {
            throw ProblemException.invalid("lines[" + index + "].productId", "cannot be priced: " + outcome.error()
                    + (outcome.message() == null ? "" : " (" + outcome.message() + ")"));
        }
        OrderLine line = OrderLine.priced(index + 1, l.productId(), null,
                outcome.unitId() != null ? outcome.unitId() : l.unitId(), l.quantity(), l.manualDiscount(), l.tax(),
                outcome.pricePerUnit(), outcome.volumeDiscount(), outcome.amount(), outcome.extendedAmount());
        line.productNumber = outcome.productNumber();
        line.productName = outcome.productName();
        return line;
    }
}
