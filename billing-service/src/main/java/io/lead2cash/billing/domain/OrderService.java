package io.lead2cash.billing.domain;

import io.lead2cash.events.billing.OrderState;
import io.lead2cash.events.billing.PaymentTerms;
import io.lead2cash.events.billing.InvoiceState;
import io.lead2cash.events.opportunities.QuoteAccepted;
import io.lead2cash.platform.api.ETags;
import io.lead2cash.platform.api.Filter;
import io.lead2cash.platform.domain.Records;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.lead2cash.platform.security.CurrentUser;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Opens orders from accepted quotes (or directly), fulfils and cancels them, publishing each change through the outbox. */
@ApplicationScoped
public class OrderService {

    private static final Logger LOG = Logger.getLogger(OrderService.class);

    private final Outbox outbox;
    private final EntityManager entityManager;
    private final OpportunityVisibility visibility;
    private final InvoiceService invoices;
    private final PaymentTerms defaultTerms;
    private final OrderPricing pricing;
    private final CurrentUser user;
    private final io.micrometer.core.instrument.MeterRegistry metrics;

    OrderService(Outbox outbox, EntityManager entityManager, OpportunityVisibility visibility, InvoiceService invoices,
            @ConfigProperty(name = "lead2cash.billing.payment-terms", defaultValue = "NET_30") PaymentTerms defaultTerms,
            OrderPricing pricing, CurrentUser user, io.micrometer.core.instrument.MeterRegistry metrics) {
        this.metrics = metrics;
        this.pricing = pricing;
        this.user = user;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.invoices = invoices;
        this.defaultTerms = defaultTerms;
    }

    /** What an order list may be filtered by; absent values do not filter. */
    public record Criteria(UUID quoteId, UUID opportunityId, UUID customerId, OrderState state, String text) {
    }

    public PanacheQuery<SalesOrder> search(Criteria c, Sort sort) {
        Filter filter = Filter.where().eq("quoteId", c.quoteId()).eq("opportunityId", c.opportunityId())
                .eq("customerId", c.customerId()).eq("state", c.state()).contains(c.text(), "orderNumber", "customerName");
        visibility.visible(filter);
        return SalesOrder.find(filter.query(), sort, filter.parameters());
    }

    /** The order, if the caller may see it: 404 when unknown, 403 when its opportunity is not visible to them. */
    public SalesOrder get(UUID id) {
        SalesOrder order = SalesOrder.findById(id);
        if (order == null) {
            throw ProblemException.notFound("order", id);
        }
        visibility.checkRead(order.opportunityId, order.ownerId, order.owningTeam, "order");
        return order;
    }

    public List<OrderLine> lines(UUID orderId) {
        get(orderId);
        return linesOf(orderId);
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
        SalesOrder order = SalesOrder.fromAcceptedQuote(event.quote(), nextNumber(), defaultTerms);
        OpportunityVisibility.Owner owner = visibility.ownerOfAcceptedQuote(order.opportunityId,
                new OpportunityVisibility.Owner(order.ownerId, order.owningTeam), event.occurredAt());
        order.ownerId = owner.ownerId();
        order.owningTeam = owner.owningTeam();
        order.persist();
        List<OrderLine> lines = event.lines().stream().map(l -> OrderLine.fromQuote(order.id, l)).toList();
        lines.forEach(l -> l.persist());
        outbox.append(order.created(lines));
        metrics.counter("lead2cash.billing.orders.opened", "source", "quote").increment();
        LOG.debugf("Opened order %s for %s from accepted quote %s (%s %s)", order.orderNumber, order.customerName,
                event.quote().quoteNumber(), order.totalAmount.toPlainString(), order.currency);
    }

    /** A line of an order created directly: a catalog product, or a write-in product with its price. */
    public record NewLine(UUID productId, String writeInName, UUID unitId, BigDecimal quantity, BigDecimal manualDiscount,
            BigDecimal tax, BigDecimal priceOverride) {
    }

    /**
     * Creates an order directly, owned by the caller, its catalog lines priced by the catalog's engine. A line the
     * catalog cannot price is refused with the catalog's error code; an unreachable catalog leaves nothing behind.
     */
    @Transactional
    public SalesOrder create(SalesOrder.Details details, List<NewLine> requested) {
        int digits;
        try {
            digits = Math.max(0, java.util.Currency.getInstance(details.currency()).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("currency", "must be an ISO 4217 currency code such as EUR or USD");
        }
        List<Integer> catalogIndexes = new java.util.ArrayList<>();
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
        if (!catalogIndexes.isEmpty() && details.priceListId() == null) {
            throw ProblemException.invalid("priceListId", "is required to price catalog products");
        }
        List<OrderPricing.Outcome> outcomes;
        try {
            outcomes = catalogIndexes.isEmpty() ? List.of() : pricing.price(details.priceListId(), details.currency(),
                    catalogIndexes.stream().map(requested::get).map(l -> new OrderPricing.Request(l.productId(), l.unitId(),
                            l.quantity(), l.manualDiscount(), l.tax(), l.priceOverride())).toList());
        } catch (OrderPricing.Unavailable e) {
            LOG.warnf("Catalog unavailable (%s): order not created", e.getMessage());
            throw new ProblemException(ProblemType.UNAVAILABLE, "The catalog cannot price the lines now; nothing was "
                    + "created, retry later");
        }
        List<OrderLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            NewLine l = requested.get(i);
            int at = catalogIndexes.indexOf(i);
            if (at < 0) {
                var price = io.lead2cash.platform.domain.WriteInPrice.of(l.priceOverride(), l.quantity(), l.manualDiscount(),
                        l.tax(), digits);
                lines.add(OrderLine.priced(i + 1, null, l.writeInName().trim(), l.unitId(), l.quantity(), l.manualDiscount(),
                        l.tax(), price.pricePerUnit(), BigDecimal.ZERO, price.amount(), price.extendedAmount()));
                continue;
            }
            OrderPricing.Outcome outcome = outcomes.get(at);
            if (outcome.error() != null) {
                throw ProblemException.invalid("lines[" + i + "].productId", "cannot be priced: " + outcome.error()
                        + (outcome.message() == null ? "" : " (" + outcome.message() + ")"));
            }
            lines.add(OrderLine.priced(i + 1, l.productId(), null, outcome.unitId() != null ? outcome.unitId() : l.unitId(),
                    l.quantity(), l.manualDiscount(), l.tax(), outcome.pricePerUnit(), outcome.volumeDiscount(),
                    outcome.amount(), outcome.extendedAmount()));
        }
        for (OrderLine line : lines) {
            if (line.extendedAmount.signum() < 0 || line.manualDiscount.compareTo(line.amount) > 0) {
                throw ProblemException.invalid("lines[" + (line.lineNumber - 1) + "].manualDiscount",
                        "must not exceed the line's amount (" + line.amount.toPlainString() + ")");
            }
        }
        SalesOrder order = SalesOrder.direct(details, details.paymentTerms() != null ? details.paymentTerms() : defaultTerms,
                nextNumber(), user.id(), user.team(), lines);
        if (order.totalDiscount.compareTo(order.detailAmount) > 0) {
            throw ProblemException.invalid("discountAmount", "must leave the total discount at most the detail amount ("
                    + order.detailAmount.toPlainString() + ")");
        }
        order.persist();
        lines.forEach(l -> l.persist());
        outbox.append(order.created(lines));
        metrics.counter("lead2cash.billing.orders.opened", "source", "direct").increment();
        LOG.debugf("%s created order %s for %s (%s %s)", user.id(), order.orderNumber, order.customerName,
                order.totalAmount.toPlainString(), order.currency);
        return order;
    }

    /**
     * Fulfils an active order (lines named in {@code delivered} in that quantity, the others completely) and, unless
     * it was invoiced already, invoices what was delivered.
     */
    @Transactional
    public SalesOrder fulfil(UUID id, String ifMatch, Map<Integer, BigDecimal> delivered) {
        SalesOrder order = locked(id);
        ETags.checkIfGiven(ifMatch, order.version);
        List<OrderLine> lines = linesOf(id);
        Invoice invoiced = invoices.activeInvoiceOf(id);
        outbox.append(order.fulfil(lines, delivered));
        if (invoiced != null && order.statusReason == io.lead2cash.events.billing.OrderStatusReason.PARTIAL) {
            // Its invoice bills everything ordered: a partial delivery would leave the customer billed for too much.
            throw new ProblemException(ProblemType.CONFLICT, "Order " + order.orderNumber + " is invoiced for all it "
                    + "ordered by " + invoiced.invoiceNumber + "; fulfil it completely, or cancel that invoice first");
        }
        SalesOrder.flush();
        LOG.debugf("Order %s fulfilled (%s)", order.orderNumber, order.statusReason);
        if (invoiced == null) {
            invoices.create(order, lines);
        }
        return order;
    }

    @Transactional
    public SalesOrder cancel(UUID id, String ifMatch, String reason) {
        SalesOrder order = locked(id);
        ETags.checkIfGiven(ifMatch, order.version);
        Invoice invoice = invoices.activeInvoiceOf(id);
        if (invoice != null && order.state == OrderState.ACTIVE) {
            throw new ProblemException(ProblemType.CONFLICT, "Order " + order.orderNumber + " is invoiced by "
                    + invoice.invoiceNumber + (invoice.state == InvoiceState.ACTIVE ? "; cancel the invoice first" : ", which is paid"));
        }
        outbox.append(order.cancel(reason));
        SalesOrder.flush();
        LOG.infof("Order %s canceled: %s", order.orderNumber, reason);
        return order;
    }

    /**
     * The order, locked until the transaction ends, so fulfilling, canceling and invoicing it cannot interleave.
     */
    SalesOrder locked(UUID id) {
        get(id);
        return SalesOrder.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    private String nextNumber() {
        Number next = (Number) entityManager.createNativeQuery("SELECT nextval('sales_order_number')").getSingleResult();
        return "ORD-%06d".formatted(next.longValue());
    }

    static List<OrderLine> linesOf(UUID orderId) {
        return OrderLine.list("orderId = ?1 order by lineNumber", orderId);
    }
}
