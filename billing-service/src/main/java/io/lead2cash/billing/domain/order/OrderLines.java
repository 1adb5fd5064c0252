package io.lead2cash.billing.domain.order;

import io.lead2cash.billing.domain.document.BilledLine;
import io.lead2cash.billing.domain.order.OrderInvoicing.InvoiceOfOrder;
import io.lead2cash.events.billing.OrderLinesChanged;
import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.domain.PricingPrivilege;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.lead2cash.platform.security.CurrentUser;
import io.lead2cash.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * An order's lines while it is not fulfilled nor invoiced: added, changed and removed, or priced again at current
 * prices; the order is totalled again and the change published through the outbox each time.
 */
@ApplicationScoped
public class OrderLines {

    private static final Logger LOG = Logger.getLogger(OrderLines.class);

    @Inject OrderService orders;
    @Inject OrderInvoicing invoicing;
    @Inject OrderLinePricer pricer;
    @Inject CurrentUser user;
    @Inject PricingPrivilege privilege;

    /** A change of an order's lines, made to {@code lines} in place: the number of the line it added, changed or removed. */
    @FunctionalInterface
    private interface LineEdit {
        int apply(SalesOrder order, List<OrderLine> lines);
    }

    /**
     * Uses current pricing: unlocks the prices and prices every catalog line again from the catalog, in one step that
     * changes nothing unless every line could be priced.
     */
    @Transactional
    public SalesOrder useCurrentPricing(UUID id, ExpectedVersion expected) {
        SalesOrder order = orders.change(id, expected, o -> {
            o.requirePricingEditable(user.hasRole(Roles.INTEGRATION), "reprice");
            List<OrderLine> lines = OrderLine.ofOrder(id);
            pricer.reprice(o, lines);
            return o.repriced(lines);
        });
        LOG.infof("Order %s repriced at current prices by %s: %s %s", order.orderNumber, user.id(),
                order.totalAmount.toPlainString(), order.currency);
        return order;
    }

    /** Adds a line to an order not fulfilled yet (Active; Submitted for the integration role) and totals it again. */
    @Transactional
    public SalesOrder addLine(UUID id, ExpectedVersion expected, OrderLinePricer.NewLine requested) {
        return edit(id, expected, "add a line to", "ADDED", (order, lines) -> {
            int lineNumber = lines.stream().mapToInt(l -> l.lineNumber).max().orElse(0) + 1;
            OrderLine line = pricer.priceAdded(order, requested, lineNumber);
            line.orderId = id;
            line.persist();
            lines.add(line);
            return lineNumber;
        });
    }

    /** Changes a line's quantity, manual discount or tax (null keeps each), priced as {@link OrderLinePricer} says. */
    @Transactional
    public SalesOrder changeLine(UUID id, int lineNumber, ExpectedVersion expected, BigDecimal quantity,
            BigDecimal manualDiscount, BigDecimal tax) {
        return edit(id, expected, "change a line of", "CHANGED", (order, lines) -> {
            pricer.change(order, line(order, lines, lineNumber), quantity, manualDiscount, tax);
            return lineNumber;
        });
    }

    /** Removes a line; an order keeps at least one (cancel it instead). */
    @Transactional
    public SalesOrder removeLine(UUID id, int lineNumber, ExpectedVersion expected) {
        return edit(id, expected, "remove a line of", "REMOVED", (order, lines) -> {
            OrderLine line = line(order, lines, lineNumber);
            if (lines.size() == 1) {
                throw new ProblemException(ProblemType.CONFLICT, "Line " + lineNumber + " is the last of order "
                        + order.orderNumber + ": an order keeps at least one line; cancel the order instead");
            }
            line.delete();
            lines.remove(line);
            return lineNumber;
        });
    }

    /**
     * Edits the lines of an order whose lines may change: not fulfilled (Active; Submitted only for the integration
     * role, as Dataverse locks it) and not invoiced yet, as its invoice bills the lines it had. The order is totalled
     * again and OrderLinesChanged published.
     */
    private SalesOrder edit(UUID id, ExpectedVersion expected, String action, String change, LineEdit edit) {
        return orders.<OrderLinesChanged>change(id, expected, order -> {
            order.requirePricingEditable(user.hasRole(Roles.INTEGRATION), action);
            Optional<InvoiceOfOrder> invoice = invoicing.activeInvoiceOf(id);
            if (invoice.isPresent()) {
                throw new ProblemException(ProblemType.CONFLICT, "Order " + order.orderNumber + " is invoiced by "
                        + invoice.get().invoiceNumber() + " for the lines it has; cancel that invoice before changing them");
            }
            List<OrderLine> lines = new ArrayList<>(OrderLine.ofOrder(id));
            return totalled(order, change, edit.apply(order, lines), lines);
        }, (order, changed) -> LOG.infof("%s %s line %d of order %s: %s %s", user.id(), change.toLowerCase(),
                changed.lineNumber(), order.orderNumber, order.totalAmount.toPlainString(), order.currency));
    }

    /** The order totalled again over its edited lines, unless its fixed discount would exceed them (409). */
    private OrderLinesChanged totalled(SalesOrder order, String change, int lineNumber, List<OrderLine> lines) {
        if (order.totalsFor(BilledLine.sum(lines, BilledLine::netAmount), BigDecimal.ZERO).totalDiscount()
                .compareTo(BilledLine.sum(lines, BilledLine::netAmount)) > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "Order " + order.orderNumber + "'s discount amount ("
                    + order.discountAmount.toPlainString() + ") would exceed its lines; nothing was changed");
        }
        BigDecimal discountBefore = order.totalDiscount;
        BigDecimal detailBefore = order.detailAmount;
        OrderLinesChanged changed = order.linesChanged(change, lineNumber, lines);
        // A fixed header discount kept while lines go takes more of what is left.
        privilege.checkHeaderDiscount("discountAmount", order.totalDiscount, order.detailAmount, discountBefore,
                detailBefore);
        return changed;
    }

    private static OrderLine line(SalesOrder order, List<OrderLine> lines, int lineNumber) {
        return lines.stream().filter(l -> l.lineNumber == lineNumber).findFirst()
                .orElseThrow(() -> ProblemException.notFound("line of order " + order.orderNumber, lineNumber));
    }
}
