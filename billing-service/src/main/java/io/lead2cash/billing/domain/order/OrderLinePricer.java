package io.lead2cash.billing.domain.order;

import io.lead2cash.platform.domain.PricingPolicy;
import io.lead2cash.platform.domain.PricingPrivilege;
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
    @Inject PricingPolicy policy;
    @Inject PricingPrivilege privilege;

    /** A line of an order created directly: a catalog product, or a write-in product with its price. */
    public record NewLine(UUID productId, String writeInName, UUID unitId, BigDecimal quantity, BigDecimal manualDiscount,
            BigDecimal tax, BigDecimal priceOverride) {
    }

    /**
     * The order lines, numbered from 1 in the order requested. An unreachable catalog is a 503 that leaves nothing
     * behind; a line the catalog cannot price is refused with the catalog's error code.
     */
    List<OrderLine> price(OrderDetails details, List<NewLine> requested) {
        return price(details.priceListId(), details.currency(), requested, "lines[%d].");
    }

    /**
     * A line added to an order: a catalog product at the catalog's current price on the order's price list (as
     * Dynamics 365 prices a product added to an order whose other prices are locked), or a write-in at its price.
     */
    OrderLine priceAdded(SalesOrder order, NewLine requested, int lineNumber) {
        if (requested.productId() != null && order.priceListId == null) {
            throw new ProblemException(ProblemType.CONFLICT, "Order " + order.orderNumber + " has no price list to "
                    + "price a catalog product from; add it as a write-in product with its price");
        }
        OrderLine line = price(order.priceListId, order.currency, List.of(requested), "").get(0);
        line.lineNumber = lineNumber;
        return line;
    }

    /**
     * A line's new quantity, manual discount and tax (null keeps each). A write-in or an overridden price keeps its
     * price; a catalog line keeps its price and volume discount per unit while the order's prices are locked, else the
     * catalog prices it again (the quantity may reach another volume discount). Nothing changes when it cannot be
     * priced.
     */
    void change(SalesOrder order, OrderLine line, BigDecimal quantity, BigDecimal manualDiscount, BigDecimal tax) {
        BigDecimal newQuantity = quantity != null ? quantity : line.quantity;
        BigDecimal newDiscount = manualDiscount != null ? manualDiscount : line.manualDiscount;
        BigDecimal newTax = tax != null ? tax : line.tax;
        if (line.writeIn() || line.priceOverridden || order.pricesLocked) {
            var price = WriteInPrice.of("manualDiscount", line.pricePerUnit.subtract(line.volumeDiscount), newQuantity,
                    newDiscount, newTax, currencyDigits(order.currency), policy.priceDecimals());
            privilege.checkDiscount("manualDiscount", !line.writeIn(), newDiscount, price.amount(), line.manualDiscount,
                    line.amount);
            line.amount = price.amount();
            line.extendedAmount = price.extendedAmount();
        } else {
            OrderPricing.Outcome outcome;
            try {
                outcome = pricing.price(order.priceListId, order.currency, List.of(new OrderPricing.Request(line.productId,
                        line.unitId, newQuantity, newDiscount, newTax, null))).get(0);
            } catch (OrderPricing.Unavailable e) {
                LOG.warnf("Catalog unavailable (%s): line %d of order %s not changed", e.getMessage(), line.lineNumber,
                        order.orderNumber);
                throw new ProblemException(ProblemType.UNAVAILABLE, "The catalog cannot price the line now; nothing was "
                        + "changed, retry later");
            }
            if (outcome.error() != null) {
                throw new ProblemException(ProblemType.CONFLICT, "Line " + line.lineNumber + " of order "
                        + order.orderNumber + " cannot be priced now: " + outcome.error() + "; nothing was changed");
            }
            if (outcome.extendedAmount().signum() < 0 || newDiscount.compareTo(outcome.amount()) > 0) {
                throw ProblemException.invalid("manualDiscount", "must not exceed the line's amount ("
                        + outcome.amount().toPlainString() + ")");
            }
            privilege.checkDiscount("manualDiscount", true, newDiscount, outcome.amount(), line.manualDiscount, line.amount);
            line.repricedAs(outcome);
        }
        line.quantity = newQuantity;
        line.manualDiscount = newDiscount;
        line.tax = newTax;
        line.changed();
    }

    /** The lines priced, numbered from 1; {@code field} prefixes refusals ("lines[%d]." for a whole order). */
    private List<OrderLine> price(UUID priceListId, String currency, List<NewLine> requested, String field) {
        int digits = currencyDigits(currency);
        List<Integer> catalogIndexes = catalogIndexes(requested, field);
        for (int i : catalogIndexes) {
            privilege.checkOverride(field.formatted(i) + "priceOverride", true, requested.get(i).priceOverride(), null);
        }
        if (!catalogIndexes.isEmpty() && priceListId == null) {
            throw ProblemException.invalid("priceListId", "is required to price catalog products");
        }
        List<OrderPricing.Outcome> outcomes = catalogPrices(priceListId, currency,
                catalogIndexes.stream().map(requested::get).toList());
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            NewLine l = requested.get(i);
            int at = catalogIndexes.indexOf(i);
            lines.add(at < 0 ? writeIn(i, l, digits, field) : fromCatalog(i, l, outcomes.get(at), field));
        }
        for (OrderLine line : lines) {
            if (line.extendedAmount.signum() < 0 || line.manualDiscount.compareTo(line.amount) > 0) {
                throw ProblemException.invalid(field.formatted(line.lineNumber - 1) + "manualDiscount",
                        "must not exceed the line's amount (" + line.amount.toPlainString() + ")");
            }
            privilege.checkDiscount(field.formatted(line.lineNumber - 1) + "manualDiscount", !line.writeIn(),
                    line.manualDiscount, line.amount, null, null);
        }
        return lines;
    }

    /**
     * Prices the order's catalog lines again at the catalog's current prices (its price list, today), keeping their
     * quantities, discounts and tax; write-in lines and overridden prices keep their price (an override stays one).
     * Nothing changes when a line cannot be priced: 409 naming it; 503 when the catalog cannot be reached.
     */
    void reprice(SalesOrder order, List<OrderLine> lines) {
        List<OrderLine> catalogLines = lines.stream().filter(l -> !l.writeIn() && !l.priceOverridden).toList();
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
    private static List<Integer> catalogIndexes(List<NewLine> requested, String field) {
        List<Integer> catalogIndexes = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            NewLine l = requested.get(i);
            if ((l.productId() == null) == (l.writeInName() == null || l.writeInName().isBlank())) {
                throw ProblemException.invalid(field.formatted(i) + "productId", "or writeInName must be given, not both");
            }
            if (l.productId() == null && l.priceOverride() == null) {
                throw ProblemException.invalid(field.formatted(i) + "priceOverride", "is required for a write-in product");
            }
            if (l.productId() != null) {
                catalogIndexes.add(i);
            }
        }
        return catalogIndexes;
    }

    private List<OrderPricing.Outcome> catalogPrices(UUID priceListId, String currency, List<NewLine> catalogLines) {
        if (catalogLines.isEmpty()) {
            return List.of();
        }
        try {
            return pricing.price(priceListId, currency, catalogLines.stream()
                    .map(l -> new OrderPricing.Request(l.productId(), l.unitId(), l.quantity(), l.manualDiscount(), l.tax(),
                            l.priceOverride()))
                    .toList());
        } catch (OrderPricing.Unavailable e) {
            LOG.warnf("Catalog unavailable (%s): order not created", e.getMessage());
            throw new ProblemException(ProblemType.UNAVAILABLE, "The catalog cannot price the lines now; nothing was "
                    + "created, retry later");
        }
    }

    private OrderLine writeIn(int index, NewLine l, int digits, String field) {
        var price = WriteInPrice.of(field.formatted(index) + "manualDiscount", l.priceOverride(), l.quantity(),
                l.manualDiscount(), l.tax(), digits, policy.priceDecimals());
        return OrderLine.priced(index + 1, null, l.writeInName().trim(), l.unitId(), l.quantity(), l.manualDiscount(),
                l.tax(), price.pricePerUnit(), BigDecimal.ZERO, price.amount(), price.extendedAmount());
    }

    private static OrderLine fromCatalog(int index, NewLine l, OrderPricing.Outcome outcome, String field) {
        if (outcome.error() != null) {
            throw ProblemException.invalid(field.formatted(index) + "productId", "cannot be priced: " + outcome.error()
                    + (outcome.message() == null ? "" : " (" + outcome.message() + ")"));
        }
        OrderLine line = OrderLine.priced(index + 1, l.productId(), null,
                outcome.unitId() != null ? outcome.unitId() : l.unitId(), l.quantity(), l.manualDiscount(), l.tax(),
                outcome.pricePerUnit(), outcome.volumeDiscount(), outcome.amount(), outcome.extendedAmount());
        line.productNumber = outcome.productNumber();
        line.productName = outcome.productName();
        line.priceOverridden = l.priceOverride() != null;
        return line;
    }
}
