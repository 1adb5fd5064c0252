package io.lead2cash.billing.domain.order;

import io.lead2cash.platform.domain.Ownership;
import io.lead2cash.billing.domain.access.BillingDocumentAccess;
import io.lead2cash.billing.domain.customer.CustomerAddresses;
import io.lead2cash.events.CustomerReference;
import io.lead2cash.events.Money;
import io.lead2cash.events.PricedTotals;
import io.lead2cash.events.billing.PaymentTerms;
import io.lead2cash.events.opportunities.QuoteAccepted;
import io.lead2cash.events.opportunities.QuoteData;
import io.lead2cash.platform.domain.Address;
import io.lead2cash.platform.domain.PricingPrivilege;
import io.lead2cash.platform.domain.Records;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.security.CurrentUser;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Opens orders: the one an accepted quote asks for, prices locked, and those created directly, priced now; each with
 * its customer's bill-to address and announced through the outbox.
 */
@ApplicationScoped
public class OrderIntake {

    private static final Logger LOG = Logger.getLogger(OrderIntake.class);

    @Inject Outbox outbox;
    @Inject EntityManager entityManager;
    @Inject BillingDocumentAccess visibility;
    @Inject BillingPolicy policy;
    @Inject OrderLinePricer pricer;
    @Inject CurrentUser user;
    @Inject MeterRegistry metrics;
    @Inject CustomerAddresses addresses;
    @Inject PricingPrivilege privilege;

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
        SalesOrder order = fromAcceptedQuote(event.quote(), nextNumber(), policy.paymentTerms());
        Ownership owner = visibility.ownerOfAcceptedQuote(order.opportunityId,
                new Ownership(order.ownerId, order.owningTeam), event.occurredAt());
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
    public SalesOrder create(OrderDetails requestedDetails, List<OrderLinePricer.NewLine> requested) {
        OrderDetails details = requestedDetails.withCustomerName(addresses.known(requestedDetails.customerType(),
                requestedDetails.customerId()).map(c -> c.name).orElseThrow(() -> ProblemException.unknownReference(
                "customerId", "names no " + requestedDetails.customerType().name().toLowerCase() + " the suite knows (or "
                        + "it is not known here yet: retry in a moment)")));
        List<OrderLine> lines = pricer.price(details, requested);
        SalesOrder order = direct(details,
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

    /** The order an accepted quote becomes: customer, owner, currency and totals copied, prices locked. */
    private static SalesOrder fromAcceptedQuote(QuoteData q, String number, PaymentTerms terms) {
        CustomerReference customer = q.customer();
        PricedTotals totals = q.totals();
        SalesOrder order = open(new OrderDetails(customer.customerType(), customer.customerId(), customer.customerName(),
                q.opportunityId(), q.priceListId(), q.currency(), terms, totals.discountPercentage(),
                amountOf(totals.discountAmount()), amountOf(totals.freight())), terms, number, q.ownerId(), q.owningTeam());
        order.quoteId = q.id();
        order.quoteNumber = q.quoteNumber();
        order.pricesLocked = true;
        order.detailAmount = totals.detailAmount().amount();
        order.totalDiscount = amountOf(totals.totalDiscount());
        order.preFreightAmount = totals.preFreightAmount().amount();
        order.totalTax = amountOf(totals.totalTax());
        order.totalAmount = totals.totalAmount().amount();
        return order;
    }

    /** An order created directly by the caller, its lines priced now (prices not locked: they came from no quote). */
    public static SalesOrder direct(OrderDetails d, PaymentTerms terms, String number, String ownerId, String owningTeam,
            List<OrderLine> lines) {
        SalesOrder order = open(d, terms, number, ownerId, owningTeam);
        lines.forEach(l -> l.orderId = order.id);
        order.total(lines);
        return order;
    }

    /** A new active order with the header a quote or a user gives it; its totals are set by the caller. */
    private static SalesOrder open(OrderDetails d, PaymentTerms terms, String number, String ownerId, String owningTeam) {
        SalesOrder order = SalesOrder.active();
        order.orderNumber = number;
        order.opportunityId = d.opportunityId();
        order.sellTo(d.customerType(), d.customerId(), d.customerName(), d.currency());
        order.ownerId = ownerId;
        order.owningTeam = owningTeam;
        order.priceListId = d.priceListId();
        order.paymentTerms = terms;
        order.discountPercentage = Objects.requireNonNullElse(d.discountPercentage(), BigDecimal.ZERO);
        order.discountAmount = Objects.requireNonNullElse(d.discountAmount(), BigDecimal.ZERO);
        order.freight = Objects.requireNonNullElse(d.freight(), BigDecimal.ZERO);
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

    private static BigDecimal amountOf(Money money) {
        return money == null ? BigDecimal.ZERO : money.amount();
    }
}
