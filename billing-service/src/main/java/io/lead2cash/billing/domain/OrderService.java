package io.lead2cash.billing.domain;

import io.lead2cash.events.billing.OrderState;
import io.lead2cash.events.billing.PaymentTerms;
import io.lead2cash.events.billing.InvoiceState;
import io.lead2cash.events.opportunities.QuoteAccepted;
import io.lead2cash.platform.api.ETags;
import io.lead2cash.platform.api.Filter;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
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

/** Opens orders from accepted quotes, fulfils and cancels them, publishing each change through the outbox. */
@ApplicationScoped
public class OrderService {

    private static final Logger LOG = Logger.getLogger(OrderService.class);

    private final Outbox outbox;
    private final EntityManager entityManager;
    private final OpportunityVisibility visibility;
    private final InvoiceService invoices;
    private final PaymentTerms defaultTerms;

    OrderService(Outbox outbox, EntityManager entityManager, OpportunityVisibility visibility, InvoiceService invoices,
            @ConfigProperty(name = "lead2cash.billing.payment-terms", defaultValue = "NET_30") PaymentTerms defaultTerms) {
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
        if (SalesOrder.count("quoteId", quoteId) > 0) {
            LOG.infof("Quote %s already has its order; QuoteAccepted %s changes nothing", event.quote().quoteNumber(),
                    event.eventId());
            return;
        }
        Number next = (Number) entityManager.createNativeQuery("SELECT nextval('sales_order_number')").getSingleResult();
        SalesOrder order = SalesOrder.fromAcceptedQuote(event.quote(), "ORD-%06d".formatted(next.longValue()), defaultTerms);
        order.persist();
        List<OrderLine> lines = event.lines().stream().map(l -> OrderLine.fromQuote(order.id, l)).toList();
        lines.forEach(l -> l.persist());
        outbox.append(order.created(lines));
        LOG.infof("Opened order %s for %s from accepted quote %s (%s %s)", order.orderNumber, order.customerName,
                event.quote().quoteNumber(), order.totalAmount.toPlainString(), order.currency);
    }

    /**
     * Fulfils an active order (lines named in {@code delivered} in that quantity, the others completely) and, unless
     * it was invoiced already, invoices what was delivered.
     */
    @Transactional
    public SalesOrder fulfil(UUID id, String ifMatch, Map<Integer, BigDecimal> delivered) {
        SalesOrder order = get(id);
        ETags.checkIfGiven(ifMatch, order.version);
        List<OrderLine> lines = linesOf(id);
        outbox.append(order.fulfil(lines, delivered));
        SalesOrder.flush();
        LOG.infof("Order %s fulfilled (%s)", order.orderNumber, order.statusReason);
        if (invoices.activeInvoiceOf(id) == null) {
            invoices.create(order, lines);
        }
        return order;
    }

    @Transactional
    public SalesOrder cancel(UUID id, String ifMatch, String reason) {
        SalesOrder order = get(id);
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

    static List<OrderLine> linesOf(UUID orderId) {
        return OrderLine.list("orderId = ?1 order by lineNumber", orderId);
    }
}
