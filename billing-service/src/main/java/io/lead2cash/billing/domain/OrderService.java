package io.lead2cash.billing.domain;

import io.lead2cash.events.billing.InvoiceState;
import io.lead2cash.events.billing.OrderLinesChanged;
import io.lead2cash.events.billing.OrderState;
import io.lead2cash.events.billing.OrderStatusReason;
import io.lead2cash.events.opportunities.QuoteAccepted;
import io.lead2cash.platform.domain.Address;
import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.domain.PricingPrivilege;
import io.lead2cash.platform.domain.Records;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.lead2cash.platform.query.Filter;
import io.lead2cash.platform.query.Listing;
import io.lead2cash.platform.security.CurrentUser;
import io.lead2cash.platform.security.Roles;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Opens orders from accepted quotes (or directly), fulfils and cancels them, publishing each change through the outbox. */
@ApplicationScoped
public class OrderService {

    private static final Logger LOG = Logger.getLogger(OrderService.class);

    @Inject Outbox outbox;
    @Inject EntityManager entityManager;
    @Inject DealAccess visibility;
    @Inject InvoiceService invoices;
    @Inject BillingPolicy policy;
    @Inject OrderLinePricer pricer;
    @Inject CurrentUser user;
    @Inject MeterRegistry metrics;
    @Inject CustomerAddresses addresses;
    @Inject PricingPrivilege privilege;

    /** What an order list may be filtered by; absent values do not filter. */
    public record Criteria(UUID quoteId, UUID opportunityId, UUID customerId, OrderState state, String text) {
    }

    public Listing<SalesOrder> search(Criteria c, Sort sort) {
        Filter filter = Filter.where().eq("quoteId", c.quoteId()).eq("opportunityId", c.opportunityId())
                .eq("customerId", c.customerId()).eq("state", c.state()).quickFind(c.text(), "orderNumber", "customerName");
        visibility.visible(filter, SalesOrder.class);
        return filter.listing(SalesOrder.class, sort);
    }

    /** The order, if the caller may see it: 404 when unknown, 403 when its opportunity is not visible to them. */
    public SalesOrder get(UUID id) {
        return visibility.readable(SalesOrder.findById(id), "order", id);
    }

    public List<OrderLine> lines(UUID orderId) {
        get(orderId);
        return OrderLine.ofOrder(orderId);
    }

    /**
     * Opens the order an accepted quote asks for, prices locked. Runs in the consumer's transaction; a quote that
     * already has its order gets nothing new.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openFromAcceptedQuote(QuoteAccepted event) {
        UUID quoteId = event.quote().id();
        if (Records.exists(SalesOrder.class, "quoteId = ?1", quoteId)) {
            LOG.debugf("Quote %s already has its order; QuoteAccepted %s changes nothing", event.quote().quoteNumber(),
                    event.eventId());
            return;
        }
        SalesOrder order = SalesOrder.fromAcceptedQuote(event.quote(), nextNumber(), policy.paymentTerms());
        DealAccess.Owner owner = visibility.ownerOfAcceptedQuote(order.opportunityId,
                new DealAccess.Owner(order.ownerId, order.owningTeam), event.occurredAt());
        order.ownerId = owner.ownerId();
        order.owningTeam = owner.owningTeam();
        opened(order, event.lines().stream().map(l -> OrderLine.fromQuote(order.id, l)).toList(), "quote");
        LOG.debugf("Opened order %s for %s from accepted quote %s (%s %s)", order.orderNumber, order.customerName,
                event.quote().quoteNumber(), order.totalAmount.toPlainString(), order.currency);
    }

    /**
     * Creates an order directly, owned by the caller, for an account or contact the suite knows (422 otherwise; named as
     * the suite knows it), its catalog lines priced by the catalog's engine. A line the catalog cannot price is refused
     * with the catalog's error code; an unreachable catalog leaves nothing behind.
     */
    @Transactional
    public SalesOrder create(SalesOrder.Details requestedDetails, List<OrderLinePricer.NewLine> requested) {
        SalesOrder.Details details = requestedDetails.withCustomerName(addresses.known(requestedDetails.customerType(),
                requestedDetails.customerId()).map(c -> c.name).orElseThrow(() -> ProblemException.unknownReference(
                "customerId", "names no " + requestedDetails.customerType().name().toLowerCase() + " the suite knows (or "
                        + "it is not known here yet: retry in a moment)")));
        List<OrderLine> lines = pricer.price(details, requested);
        SalesOrder order = SalesOrder.direct(details,
                details.paymentTerms() != null ? details.paymentTerms() : policy.paymentTerms(), nextNumber(), user.id(),
                user.team(), lines);
        if (order.totalDiscount.compareTo(order.detailAmount) > 0) {
            throw ProblemException.invalid("discountAmount", "must leave the total discount at most the detail amount ("
                    + order.detailAmount.toPlainString() + ")");
        }
        privilege.checkHeaderDiscount(details.discountAmount() != null ? "discountAmount" : "discountPercentage",
                order.totalDiscount, order.detailAmount, null, null);
        opened(order, lines, "direct");
        LOG.debugf("%s created order %s for %s (%s %s)", user.id(), order.orderNumber, order.customerName,
                order.totalAmount.toPlainString(), order.currency);
        return order;
    }

    /**
     * Fulfils an active order (lines named in {@code delivered} in that quantity, the others completely) and, unless
     * it was invoiced already, invoices what was delivered.
     */
    @Transactional
    public SalesOrder fulfil(UUID id, ExpectedVersion expected, Map<Integer, BigDecimal> delivered) {
        SalesOrder order = forChange(id, expected);
        List<OrderLine> lines = OrderLine.ofOrder(id);
        Invoice invoiced = invoices.activeInvoiceOf(id);
        outbox.append(order.fulfil(lines, delivered));
        if (invoiced != null && order.statusReason == OrderStatusReason.PARTIAL) {
            // Its invoice bills everything ordered: a partial delivery would leave the customer billed for too much.
            throw new ProblemException(ProblemType.CONFLICT, "Order " + order.orderNumber + " is invoiced for all it "
                    + "ordered by " + invoiced.invoiceNumber + "; fulfil it completely, or cancel that invoice first");
        }
        SalesOrder.flush();
        LOG.debugf("Order %s fulfilled (%s)", order.orderNumber, order.statusReason);
        if (invoiced == null) {
            invoices.create(order, lines);
        } else {
            order.invoicedBy(invoiced).ifPresent(outbox::append);
        }
        SalesOrder.flush();
        return order;
    }

    /** Puts an active order on hold (Active: Pending). */
    @Transactional
    public SalesOrder hold(UUID id, ExpectedVersion expected) {
        SalesOrder order = forChange(id, expected);
        outbox.appendChange(order, order.hold());
        LOG.infof("Order %s put on hold by %s", order.orderNumber, user.id());
        return order;
    }

    /** Submits an active order to fulfilment; it is locked from then on except for the integration role. */
    @Transactional
    public SalesOrder submit(UUID id, ExpectedVersion expected) {
        SalesOrder order = forChange(id, expected);
        outbox.appendChange(order, order.submit(OrderLine.ofOrder(id)));
        LOG.infof("Order %s submitted by %s", order.orderNumber, user.id());
        return order;
    }

    /** Locks an order's prices. */
    @Transactional
    public SalesOrder lockPrices(UUID id, ExpectedVersion expected) {
        SalesOrder order = forChange(id, expected);
        order.requirePricingEditable(user.hasRole(Roles.INTEGRATION), "lock the prices of");
        outbox.appendChange(order, order.lockPrices());
        return order;
    }

    /**
     * Uses current pricing: unlocks the prices and prices every catalog line again from the catalog, in one step that
     * changes nothing unless every line could be priced.
     */
    @Transactional
    public SalesOrder useCurrentPricing(UUID id, ExpectedVersion expected) {
        SalesOrder order = forChange(id, expected);
        order.requirePricingEditable(user.hasRole(Roles.INTEGRATION), "reprice");
        List<OrderLine> lines = OrderLine.ofOrder(id);
        pricer.reprice(order, lines);
        outbox.appendChange(order, order.repriced(lines));
        LOG.infof("Order %s repriced at current prices by %s: %s %s", order.orderNumber, user.id(),
                order.totalAmount.toPlainString(), order.currency);
        return order;
    }

    /** Adds a line to an order not fulfilled yet (Active; Submitted for the integration role) and totals it again. */
    @Transactional
    public SalesOrder addLine(UUID id, ExpectedVersion expected, OrderLinePricer.NewLine requested) {
        SalesOrder order = forLineChange(id, expected, "add a line to");
        List<OrderLine> lines = new ArrayList<>(OrderLine.ofOrder(id));
        int lineNumber = lines.stream().mapToInt(l -> l.lineNumber).max().orElse(0) + 1;
        OrderLine line = pricer.priceAdded(order, requested, lineNumber);
        line.orderId = id;
        line.persist();
        lines.add(line);
        return linesChanged(order, "ADDED", lineNumber, lines);
    }

    /** Changes a line's quantity, manual discount or tax (null keeps each), priced as {@link OrderLinePricer} says. */
    @Transactional
    public SalesOrder changeLine(UUID id, int lineNumber, ExpectedVersion expected, BigDecimal quantity,
            BigDecimal manualDiscount, BigDecimal tax) {
        SalesOrder order = forLineChange(id, expected, "change a line of");
        List<OrderLine> lines = OrderLine.ofOrder(id);
        pricer.change(order, line(order, lines, lineNumber), quantity, manualDiscount, tax);
        return linesChanged(order, "CHANGED", lineNumber, lines);
    }

    /** Removes a line; an order keeps at least one (cancel it instead). */
    @Transactional
    public SalesOrder removeLine(UUID id, int lineNumber, ExpectedVersion expected) {
        SalesOrder order = forLineChange(id, expected, "remove a line of");
        List<OrderLine> lines = new ArrayList<>(OrderLine.ofOrder(id));
        OrderLine line = line(order, lines, lineNumber);
        if (lines.size() == 1) {
            throw new ProblemException(ProblemType.CONFLICT, "Line " + lineNumber + " is the last of order "
                    + order.orderNumber + ": an order keeps at least one line; cancel the order instead");
        }
        line.delete();
        lines.remove(line);
        return linesChanged(order, "REMOVED", lineNumber, lines);
    }

    @Transactional
    public SalesOrder cancel(UUID id, ExpectedVersion expected, String reason) {
        SalesOrder order = forChange(id, expected);
        Invoice invoice = invoices.activeInvoiceOf(id);
        if (invoice != null && (order.state == OrderState.ACTIVE || order.state == OrderState.SUBMITTED)) {
            throw new ProblemException(ProblemType.CONFLICT, "Order " + order.orderNumber + " is invoiced by "
                    + invoice.invoiceNumber + (invoice.state == InvoiceState.ACTIVE ? "; cancel the invoice first" : ", which is paid"));
        }
        outbox.appendChange(order, order.cancel(reason));
        LOG.infof("Order %s canceled: %s", order.orderNumber, reason);
        return order;
    }

    /**
     * The order to change, if the caller may change it (a READ share on its deal reads it only), locked until the
     * transaction ends so fulfilling, canceling and invoicing it cannot interleave; 404 and 403 come before the version
     * is checked.
     */
    private SalesOrder forChange(UUID id, ExpectedVersion expected) {
        visibility.checkWrite(get(id), "order");
        SalesOrder order = SalesOrder.findById(id, LockModeType.PESSIMISTIC_WRITE);
        order.checkVersion(expected);
        return order;
    }

    /**
     * The order whose lines are to change: not fulfilled (Active; Submitted only for the integration role, as
     * Dataverse locks it) and not invoiced yet, as its invoice bills the lines it had.
     */
    private SalesOrder forLineChange(UUID id, ExpectedVersion expected, String action) {
        SalesOrder order = forChange(id, expected);
        order.requirePricingEditable(user.hasRole(Roles.INTEGRATION), action);
        Invoice invoice = invoices.activeInvoiceOf(id);
        if (invoice != null) {
            throw new ProblemException(ProblemType.CONFLICT, "Order " + order.orderNumber + " is invoiced by "
                    + invoice.invoiceNumber + " for the lines it has; cancel that invoice before changing them");
        }
        return order;
    }

    private static OrderLine line(SalesOrder order, List<OrderLine> lines, int lineNumber) {
        return lines.stream().filter(l -> l.lineNumber == lineNumber).findFirst()
                .orElseThrow(() -> ProblemException.notFound("line of order " + order.orderNumber, lineNumber));
    }

    private SalesOrder linesChanged(SalesOrder order, String change, int lineNumber, List<OrderLine> lines) {
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
        outbox.appendChange(order, changed);
        LOG.infof("%s %s line %d of order %s: %s %s", user.id(), change.toLowerCase(), lineNumber, order.orderNumber,
                order.totalAmount.toPlainString(), order.currency);
        return order;
    }

    private void opened(SalesOrder order, List<OrderLine> lines, String source) {
        order.billTo = Address.of(addresses.of(order.customerId));
        order.persist();
        lines.forEach(l -> l.persist());
        outbox.append(order.created(lines));
        metrics.counter("lead2cash.billing.orders.opened", "source", source).increment();
    }

    private String nextNumber() {
        Number next = (Number) entityManager.createNativeQuery("SELECT nextval('sales_order_number')").getSingleResult();
        return "ORD-%06d".formatted(next.longValue());
    }
}
