package io.lead2cash.billing.domain.order;

import io.lead2cash.billing.domain.order.OrderInvoicing.InvoiceOfOrder;
import io.lead2cash.events.billing.InvoiceState;
import io.lead2cash.events.billing.OrderState;
import io.lead2cash.events.billing.OrderStatusReason;
import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.lead2cash.platform.security.CurrentUser;
import io.lead2cash.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * An order's life after it opens: put on hold, submitted, prices locked, fulfilled (and invoiced for what was
 * delivered) or canceled, each change published through the outbox.
 */
@ApplicationScoped
public class OrderLifecycle {

    private static final Logger LOG = Logger.getLogger(OrderLifecycle.class);

    @Inject OrderService orders;
    @Inject OrderInvoicing invoicing;
    @Inject Outbox outbox;
    @Inject CurrentUser user;

    /**
     * Fulfils an active order (lines named in {@code delivered} in that quantity, the others completely) and, unless
     * it was invoiced already, invoices what was delivered.
     */
    @Transactional
    public SalesOrder fulfil(UUID id, ExpectedVersion expected, Map<Integer, BigDecimal> delivered) {
        SalesOrder order = orders.forChange(id, expected);
        List<OrderLine> lines = OrderLine.ofOrder(id);
        Optional<InvoiceOfOrder> invoiced = invoicing.activeInvoiceOf(id);
        outbox.append(order.fulfil(lines, delivered));
        if (invoiced.isPresent() && order.statusReason == OrderStatusReason.PARTIAL) {
            // Its invoice bills everything ordered: a partial delivery would leave the customer billed for too much.
            throw new ProblemException(ProblemType.CONFLICT, "Order " + order.orderNumber + " is invoiced for all it "
                    + "ordered by " + invoiced.get().invoiceNumber() + "; fulfil it completely, or cancel that invoice "
                    + "first");
        }
        SalesOrder.flush();
        LOG.debugf("Order %s fulfilled (%s)", order.orderNumber, order.statusReason);
        if (invoiced.isEmpty()) {
            invoicing.invoice(order, lines);
        } else {
            order.invoicedBy(invoiced.get().id(), invoiced.get().invoiceNumber()).ifPresent(outbox::append);
        }
        SalesOrder.flush();
        return order;
    }

    /** Puts an active order on hold (Active: Pending). */
    @Transactional
    public SalesOrder hold(UUID id, ExpectedVersion expected) {
        SalesOrder order = orders.change(id, expected, SalesOrder::hold);
        LOG.infof("Order %s put on hold by %s", order.orderNumber, user.id());
        return order;
    }

    /** Submits an active order to fulfilment; it is locked from then on except for the integration role. */
    @Transactional
    public SalesOrder submit(UUID id, ExpectedVersion expected) {
        SalesOrder order = orders.change(id, expected, o -> o.submit(OrderLine.ofOrder(id)));
        LOG.infof("Order %s submitted by %s", order.orderNumber, user.id());
        return order;
    }

    /** Locks an order's prices. */
    @Transactional
    public SalesOrder lockPrices(UUID id, ExpectedVersion expected) {
        return orders.change(id, expected, order -> {
            order.requirePricingEditable(user.hasRole(Roles.INTEGRATION), "lock the prices of");
            return order.lockPrices();
        });
    }

    /** Cancels an active or submitted order with a reason; one its invoice bills is refused (409). */
    @Transactional
    public SalesOrder cancel(UUID id, ExpectedVersion expected, String reason) {
        SalesOrder order = orders.change(id, expected, o -> {
            Optional<InvoiceOfOrder> invoice = invoicing.activeInvoiceOf(id);
            if (invoice.isPresent() && (o.state == OrderState.ACTIVE || o.state == OrderState.SUBMITTED)) {
                throw new ProblemException(ProblemType.CONFLICT, "Order " + o.orderNumber + " is invoiced by "
                        + invoice.get().invoiceNumber() + (invoice.get().state() == InvoiceState.ACTIVE
                                ? "; cancel the invoice first" : ", which is paid"));
            }
            return o.cancel(reason);
        });
        LOG.infof("Order %s canceled: %s", order.orderNumber, reason);
        return order;
    }
}
