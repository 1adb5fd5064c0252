package io.lead2cash.billing.domain.invoice;

import io.lead2cash.billing.domain.access.BillingDocumentAccess;
import io.lead2cash.billing.domain.access.OpportunityChangedHands;
import io.lead2cash.billing.domain.order.OrderInvoicing;
import io.lead2cash.billing.domain.order.OrderLine;
import io.lead2cash.billing.domain.order.SalesOrder;
import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.billing.InvoiceState;
import io.lead2cash.events.billing.InvoiceStatusReason;
import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.lead2cash.platform.query.Filter;
import io.lead2cash.platform.query.Listing;
import io.lead2cash.platform.security.CurrentUser;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Invoices orders (on request, and for the order subdomain when an order is fulfilled: {@link OrderInvoicing}), records
 * payments and refunds and cancels invoices, publishing each change through the outbox.
 */
@ApplicationScoped
public class InvoiceService implements OrderInvoicing {

    private static final Logger LOG = Logger.getLogger(InvoiceService.class);

    @Inject Outbox outbox;
    @Inject CurrentUser user;
    @Inject InvoiceNumbers numbers;
    @Inject BillingDocumentAccess visibility;
    @Inject MeterRegistry metrics;

    /**
     * What an invoice list may be filtered by; absent values do not filter. {@code receivable} keeps the invoices with
     * something left to pay (Active, Paid: Partial); {@code dueBefore} is a receivables list too: what falls due
     * before a day and is not paid, credited or canceled.
     */
    public record Criteria(UUID orderId, UUID opportunityId, UUID customerId, InvoiceState state, LocalDate dueBefore,
            Boolean receivable, String text) {
    }

    public Listing<Invoice> search(Criteria c, Sort sort) {
        Filter filter = Filter.where().eq("orderId", c.orderId()).eq("opportunityId", c.opportunityId())
                .eq("customerId", c.customerId()).eq("state", c.state())
                .quickFind(c.text(), "invoiceNumber", "orderNumber", "customerName");
        if (c.dueBefore() != null) {
            filter.and("dueDate < :dueBefore", Map.of("dueBefore", c.dueBefore()));
        }
        if (c.dueBefore() != null || Boolean.TRUE.equals(c.receivable())) {
            filter.and("state = :receivableActive or state = :receivablePaid and statusReason = :receivablePartial",
                    Map.of("receivableActive", InvoiceState.ACTIVE, "receivablePaid", InvoiceState.PAID,
                            "receivablePartial", InvoiceStatusReason.PARTIAL));
        }
        visibility.visible(filter, Invoice.class);
        return filter.listing(Invoice.class, sort);
    }

    /** The invoice, if the caller may see it: 404 when unknown, 403 when its opportunity is not visible to them. */
    public Invoice get(UUID id) {
        return visibility.readable(Invoice.findById(id), "invoice", id);
    }

    public List<InvoiceLine> lines(UUID invoiceId) {
        get(invoiceId);
        return InvoiceLine.list("invoiceId = ?1 order by lineNumber", invoiceId);
    }

    public List<Payment> payments(UUID invoiceId) {
        get(invoiceId);
        return Payment.list("invoiceId = ?1 order by recordedAt", invoiceId);
    }

    public List<Refund> refunds(UUID invoiceId) {
        get(invoiceId);
        return Refund.list("invoiceId = ?1 order by recordedAt", invoiceId);
    }

    /** The order's invoice that is not canceled, if it has one. */
    @Override
    public Optional<InvoiceOfOrder> activeInvoiceOf(UUID orderId) {
        Invoice invoice = Invoice.find("orderId = ?1 and state <> ?2", orderId, InvoiceState.CANCELED).firstResult();
        return Optional.ofNullable(invoice).map(i -> new InvoiceOfOrder(i.id, i.invoiceNumber, i.state));
    }

    /** Invoices an order on request: all it ordered while active, what was delivered once fulfilled. */
    @Transactional
    public Invoice invoiceOrder(UUID orderId) {
        // Locked: a cancel or fulfilment of the same order waits for this invoice, and sees it.
        SalesOrder order = SalesOrder.findById(orderId, LockModeType.PESSIMISTIC_WRITE);
        visibility.checkWrite(visibility.readable(order, "order", orderId), "order");
        order.requireInvoiceable();
        Optional<InvoiceOfOrder> existing = activeInvoiceOf(order.id);
        if (existing.isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "Order " + order.orderNumber + " is invoiced already by "
                    + existing.get().invoiceNumber() + "; cancel that invoice to invoice it again");
        }
        return create(order, OrderLine.ofOrder(order.id));
    }

    /** Invoices what a fulfilled order bills, for the order subdomain, in its transaction. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void invoice(SalesOrder order, List<OrderLine> lines) {
        create(order, lines);
    }

    /** Invoices what the order bills now (see {@link InvoiceLine#billing}), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    Invoice create(SalesOrder order, List<OrderLine> orderLines) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Invoice invoice = Invoice.forOrder(order, numbers.next(today.getYear()), today, order.paymentTerms);
        List<InvoiceLine> lines = InvoiceLine.billing(invoice.id, orderLines, order.currencyDigits());
        var created = invoice.bill(order, lines);
        invoice.persist();
        lines.forEach(l -> l.persist());
        outbox.append(created);
        order.invoicedBy(invoice.id, invoice.invoiceNumber).ifPresent(outbox::append);
        metrics.counter("lead2cash.billing.invoiced", "currency", invoice.currency).increment(invoice.totalAmount.doubleValue());
        LOG.debugf("Invoice %s for order %s: %s %s due %s", invoice.invoiceNumber, order.orderNumber,
                invoice.totalAmount.toPlainString(), invoice.currency, invoice.dueDate);
        return invoice;
    }

    @Transactional
    public Invoice markBilled(UUID id, ExpectedVersion expected) {
        return change(id, expected, Invoice::markBilled);
    }

    /** Records a payment; the invoice row is locked so concurrent payments cannot together exceed what is due. */
    @Transactional
    public Payment pay(UUID id, ExpectedVersion expected, BigDecimal amount, LocalDate paidOn, String reference) {
        visibility.checkWrite(get(id), "invoice");
        Invoice invoice = Invoice.findById(id, LockModeType.PESSIMISTIC_WRITE);
        invoice.checkVersion(expected);
        Payment payment = Payment.of(id, amount, paidOn == null ? LocalDate.now(ZoneOffset.UTC) : paidOn, reference, user.id());
        var paid = invoice.pay(payment);
        payment.persist();
        outbox.appendChange(invoice, paid);
        metrics.counter("lead2cash.billing.paid", "currency", invoice.currency).increment(amount.doubleValue());
        LOG.debugf("Payment of %s %s recorded on invoice %s (%s)", amount.toPlainString(), invoice.currency,
                invoice.invoiceNumber, invoice.statusReason);
        return payment;
    }

    /**
     * Records money paid back to the customer (what was paid and credited beyond the invoice's total); the invoice row
     * is locked so refunds together never exceed what is owed.
     */
    @Transactional
    public Refund refund(UUID id, ExpectedVersion expected, BigDecimal amount, LocalDate paidOn, String reference) {
        visibility.checkWrite(get(id), "invoice");
        Invoice invoice = Invoice.findById(id, LockModeType.PESSIMISTIC_WRITE);
        invoice.checkVersion(expected);
        Refund refund = Refund.of(id, amount, paidOn == null ? LocalDate.now(ZoneOffset.UTC) : paidOn, reference, user.id());
        var refunded = invoice.refund(refund);
        refund.persist();
        outbox.appendChange(invoice, refunded);
        metrics.counter("lead2cash.billing.refunded", "currency", invoice.currency).increment(amount.doubleValue());
        LOG.infof("Refund of %s %s recorded on invoice %s by %s (%s still owed back)", amount.toPlainString(),
                invoice.currency, invoice.invoiceNumber, user.id(), invoice.refundDue().toPlainString());
        return refund;
    }

    /** Cancels an invoice nothing was paid on; an order it invoiced is Fulfilled again, to be invoiced anew. */
    @Transactional
    public Invoice cancel(UUID id, ExpectedVersion expected) {
        visibility.checkWrite(get(id), "invoice");
        Invoice found = Invoice.findById(id);
        // The order first, as invoicing and fulfilling lock it: the invoice and its order change together.
        SalesOrder order = SalesOrder.findById(found.orderId, LockModeType.PESSIMISTIC_WRITE);
        Invoice invoice = change(id, expected, Invoice::cancel);
        order.invoiceCanceled(invoice.id, invoice.invoiceNumber, OrderLine.ofOrder(order.id)).ifPresent(outbox::append);
        SalesOrder.flush();
        LOG.infof("Invoice %s canceled", invoice.invoiceNumber);
        return invoice;
    }

    /** The deal's invoices go to its new owner and team with it, in the consumer's transaction. */
    void dealChangedHands(@Observes @Priority(OpportunityChangedHands.INVOICES) OpportunityChangedHands deal) {
        deal.invoicesFollowed(Invoice.update(OpportunityChangedHands.REOWN, deal.ownerId(), deal.owningTeam(),
                deal.modifiedAt(), deal.opportunityId()));
    }

    /** Applies one state change to the invoice the caller may see, at the version they expect, and publishes it. */
    private Invoice change(UUID id, ExpectedVersion expected, Function<Invoice, BusinessEvent> change) {
        Invoice invoice = get(id);
        visibility.checkWrite(invoice, "invoice");
        invoice.checkVersion(expected);
        outbox.appendChange(invoice, change.apply(invoice));
        return invoice;
    }
}
