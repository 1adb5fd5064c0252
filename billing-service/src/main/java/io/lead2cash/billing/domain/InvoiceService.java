package io.lead2cash.billing.domain;

import io.lead2cash.events.billing.InvoiceState;
import io.lead2cash.platform.api.ETags;
import io.lead2cash.platform.api.Filter;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.lead2cash.platform.security.CurrentUser;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Invoices orders, records payments and cancels invoices, publishing each change through the outbox. */
@ApplicationScoped
public class InvoiceService {

    private static final Logger LOG = Logger.getLogger(InvoiceService.class);

    private final Outbox outbox;
    private final CurrentUser user;
    private final InvoiceNumbers numbers;
    private final OpportunityVisibility visibility;
    private final io.micrometer.core.instrument.MeterRegistry metrics;

    InvoiceService(Outbox outbox, CurrentUser user, InvoiceNumbers numbers, OpportunityVisibility visibility,
            io.micrometer.core.instrument.MeterRegistry metrics) {
        this.metrics = metrics;
        this.outbox = outbox;
        this.user = user;
        this.numbers = numbers;
        this.visibility = visibility;
    }

    /** What an invoice list may be filtered by; absent values do not filter. */
    public record Criteria(UUID orderId, UUID opportunityId, UUID customerId, InvoiceState state, LocalDate dueBefore,
            String text) {
    }

    public PanacheQuery<Invoice> search(Criteria c, Sort sort) {
        Filter filter = Filter.where().eq("orderId", c.orderId()).eq("opportunityId", c.opportunityId())
                .eq("customerId", c.customerId()).eq("state", c.state())
                .contains(c.text(), "invoiceNumber", "orderNumber", "customerName");
        if (c.dueBefore() != null) {
            filter.and("dueDate < :dueBefore", java.util.Map.of("dueBefore", c.dueBefore()));
        }
        visibility.visible(filter);
        return Invoice.find(filter.query(), sort, filter.parameters());
    }

    public Invoice get(UUID id) {
        Invoice invoice = Invoice.findById(id);
        if (invoice == null) {
            throw ProblemException.notFound("invoice", id);
        }
        visibility.checkRead(invoice.opportunityId, invoice.ownerId, invoice.owningTeam, "invoice");
        return invoice;
    }

    public List<InvoiceLine> lines(UUID invoiceId) {
        get(invoiceId);
        return InvoiceLine.list("invoiceId = ?1 order by lineNumber", invoiceId);
    }

    public List<Payment> payments(UUID invoiceId) {
        get(invoiceId);
        return Payment.list("invoiceId = ?1 order by recordedAt", invoiceId);
    }

    /** The order's invoice that is not canceled, or null. */
    Invoice activeInvoiceOf(UUID orderId) {
        return Invoice.find("orderId = ?1 and state <> ?2", orderId, InvoiceState.CANCELED).firstResult();
    }

    /** Invoices an order on request: all it ordered while active, what was delivered once fulfilled. */
    @Transactional
    public Invoice invoiceOrder(UUID orderId) {
        // Locked: a cancel or fulfilment of the same order waits for this invoice, and sees it.
        SalesOrder order = SalesOrder.findById(orderId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        order.requireInvoiceable();
        Invoice existing = activeInvoiceOf(order.id);
        if (existing != null) {
            throw new ProblemException(ProblemType.CONFLICT, "Order " + order.orderNumber + " is invoiced already by "
                    + existing.invoiceNumber + "; cancel that invoice to invoice it again");
        }
        return create(order, OrderService.linesOf(order.id));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Invoice create(SalesOrder order, List<OrderLine> orderLines) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Invoice invoice = Invoice.forOrder(order, numbers.next(today.getYear()), today, order.paymentTerms);
        List<InvoiceLine> lines = new ArrayList<>();
        for (OrderLine orderLine : orderLines) {
            BigDecimal quantity = order.billableQuantity(orderLine);
            if (quantity.signum() > 0) {
                lines.add(InvoiceLine.billing(invoice.id, orderLine, quantity, order.currencyDigits()));
            }
        }
        var created = invoice.bill(order, lines);
        invoice.persist();
        lines.forEach(l -> l.persist());
        outbox.append(created);
        metrics.counter("lead2cash.billing.invoiced", "currency", invoice.currency).increment(invoice.totalAmount.doubleValue());
        LOG.debugf("Invoice %s for order %s: %s %s due %s", invoice.invoiceNumber, order.orderNumber,
                invoice.totalAmount.toPlainString(), invoice.currency, invoice.dueDate);
        return invoice;
    }

    @Transactional
    public Invoice markBilled(UUID id, String ifMatch) {
        Invoice invoice = forChange(id, ifMatch);
        outbox.append(invoice.markBilled());
        Invoice.flush();
        return invoice;
    }

    /** Records a payment; the invoice row is locked so concurrent payments cannot together exceed what is due. */
    @Transactional
    public Payment pay(UUID id, String ifMatch, BigDecimal amount, LocalDate paidOn, String reference) {
        get(id);
        Invoice invoice = Invoice.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        ETags.checkIfGiven(ifMatch, invoice.version);
        Payment payment = Payment.of(id, amount, paidOn == null ? LocalDate.now(ZoneOffset.UTC) : paidOn, reference, user.id());
        outbox.append(invoice.pay(payment));
        payment.persist();
        Invoice.flush();
        metrics.counter("lead2cash.billing.paid", "currency", invoice.currency).increment(amount.doubleValue());
        LOG.debugf("Payment of %s %s recorded on invoice %s (%s)", amount.toPlainString(), invoice.currency,
                invoice.invoiceNumber, invoice.statusReason);
        return payment;
    }

    @Transactional
    public Invoice cancel(UUID id, String ifMatch) {
        Invoice invoice = forChange(id, ifMatch);
        outbox.append(invoice.cancel());
        Invoice.flush();
        LOG.infof("Invoice %s canceled", invoice.invoiceNumber);
        return invoice;
    }

    private Invoice forChange(UUID id, String ifMatch) {
        Invoice invoice = get(id);
        ETags.checkIfGiven(ifMatch, invoice.version);
        return invoice;
    }
}
