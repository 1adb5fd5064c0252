package io.lead2cash.billing.domain;

import io.lead2cash.events.Money;
import io.lead2cash.events.billing.OrderCanceled;
import io.lead2cash.events.billing.OrderCreated;
import io.lead2cash.events.billing.OrderData;
import io.lead2cash.events.billing.OrderFulfilled;
import io.lead2cash.events.billing.OrderState;
import io.lead2cash.events.billing.OrderStatusReason;
import io.lead2cash.events.billing.PaymentTerms;
import io.lead2cash.events.leads.OpportunityRequest.CustomerType;
import io.lead2cash.events.opportunities.QuoteData;
import io.lead2cash.platform.domain.HeaderTotals;
import io.lead2cash.platform.domain.PricedRecord;
import io.lead2cash.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A sales order: what the customer bought, at prices locked from the accepted quote. Active (New) until fulfilled,
 * completely or partly, or canceled; read-only from then on.
 */
@Entity
@Table(name = "sales_order")
public class SalesOrder extends PricedRecord {

    @Column(name = "order_number")
    public String orderNumber;

    @Column(name = "quote_id")
    public UUID quoteId;

    @Column(name = "quote_number")
    public String quoteNumber;

    @Column(name = "opportunity_id")
    public UUID opportunityId;

    @Column(name = "price_list_id")
    public UUID priceListId;

    @Column(name = "prices_locked")
    public boolean pricesLocked;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_terms")
    public PaymentTerms paymentTerms;

    @Enumerated(EnumType.STRING)
    public OrderState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_reason")
    public OrderStatusReason statusReason;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "fulfilled_at")
    public Instant fulfilledAt;

    /** The order an accepted quote becomes: customer, owner, currency and totals copied, prices locked. */
    public static SalesOrder fromAcceptedQuote(QuoteData q, String number, PaymentTerms terms) {
        SalesOrder order = new SalesOrder();
        order.initialise();
        order.orderNumber = number;
        order.quoteId = q.id();
        order.quoteNumber = q.quoteNumber();
        order.opportunityId = q.opportunityId();
        order.customerType = q.customerType();
        order.customerId = q.customerId();
        order.customerName = q.customerName();
        order.ownerId = q.ownerId();
        order.owningTeam = q.owningTeam();
        order.priceListId = q.priceListId();
        order.currency = q.currency();
        order.pricesLocked = true;
        order.paymentTerms = terms;
        order.detailAmount = q.detailAmount().amount();
        order.discountPercentage = q.discountPercentage() == null ? BigDecimal.ZERO : q.discountPercentage();
        order.discountAmount = amountOf(q.discountAmount());
        order.totalDiscount = amountOf(q.totalDiscount());
        order.preFreightAmount = q.preFreightAmount().amount();
        order.freight = amountOf(q.freight());
        order.totalTax = amountOf(q.totalTax());
        order.totalAmount = q.totalAmount().amount();
        order.state = OrderState.ACTIVE;
        order.statusReason = OrderStatusReason.NEW;
        return order;
    }

    /** What a user sets on an order created directly, rather than from an accepted quote. */
    public record Details(CustomerType customerType, UUID customerId, String customerName, UUID opportunityId,
            UUID priceListId, String currency, PaymentTerms paymentTerms, BigDecimal discountPercentage,
            BigDecimal discountAmount, BigDecimal freight) {
    }

    /** An order created directly by the caller, its lines priced now (prices not locked: they came from no quote). */
    public static SalesOrder direct(Details d, PaymentTerms terms, String number, String ownerId, String owningTeam,
            List<OrderLine> lines) {
        SalesOrder order = new SalesOrder();
        order.initialise();
        order.orderNumber = number;
        order.opportunityId = d.opportunityId();
        order.customerType = d.customerType();
        order.customerId = d.customerId();
        order.customerName = d.customerName();
        order.ownerId = ownerId;
        order.owningTeam = owningTeam;
        order.priceListId = d.priceListId();
        order.currency = d.currency();
        order.pricesLocked = false;
        order.paymentTerms = terms;
        order.discountPercentage = d.discountPercentage() == null ? BigDecimal.ZERO : d.discountPercentage();
        order.discountAmount = d.discountAmount() == null ? BigDecimal.ZERO : d.discountAmount();
        order.freight = d.freight() == null ? BigDecimal.ZERO : d.freight();
        lines.forEach(l -> l.orderId = order.id);
        HeaderTotals totals = order.totalsFor(lines.stream().map(BilledLine::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add),
                lines.stream().map(l -> l.tax).reduce(BigDecimal.ZERO, BigDecimal::add));
        order.applyTotals(totals);
        order.state = OrderState.ACTIVE;
        order.statusReason = OrderStatusReason.NEW;
        return order;
    }

    public OrderCreated created(List<OrderLine> lines) {
        return new OrderCreated(UUID.randomUUID(), modifiedAt, data(), lines.stream().map(l -> l.data(currency)).toList());
    }

    /**
     * Fulfils the order: lines named in {@code delivered} (by line number) were delivered in that quantity, the
     * others completely. Complete when every line was delivered in full, Partial otherwise.
     */
    public OrderFulfilled fulfil(List<OrderLine> lines, Map<Integer, BigDecimal> delivered) {
        requireActive("fulfil");
        for (Integer number : delivered.keySet()) {
            if (lines.stream().noneMatch(l -> l.lineNumber == number)) {
                throw ProblemException.invalid("lines", "line " + number + " is not on order " + orderNumber);
            }
        }
        boolean complete = true;
        boolean anything = false;
        for (OrderLine line : lines) {
            BigDecimal quantity = delivered.getOrDefault(line.lineNumber, line.quantity);
            if (quantity.signum() < 0 || quantity.compareTo(line.quantity) > 0) {
                throw ProblemException.invalid("lines", "line " + line.lineNumber + " was ordered "
                        + line.quantity.stripTrailingZeros().toPlainString() + " times; its fulfilled quantity must be "
                        + "between 0 and that");
            }
            line.fulfilledQuantity = quantity;
            complete &= quantity.compareTo(line.quantity) == 0;
            anything |= quantity.signum() > 0;
        }
        if (!anything) {
            throw ProblemException.invalid("lines", "nothing was delivered; cancel the order instead");
        }
        state = OrderState.FULFILLED;
        statusReason = complete ? OrderStatusReason.COMPLETE : OrderStatusReason.PARTIAL;
        fulfilledAt = now();
        touch();
        return new OrderFulfilled(UUID.randomUUID(), modifiedAt, data(), lines.stream().map(l -> l.data(currency)).toList());
    }

    public OrderCanceled cancel(String reason) {
        requireActive("cancel");
        state = OrderState.CANCELED;
        statusReason = OrderStatusReason.NO_MONEY;
        cancelReason = reason;
        touch();
        return new OrderCanceled(UUID.randomUUID(), modifiedAt, data());
    }

    /** An invoice can be made for an active order (all it ordered) or a fulfilled one (what was delivered). */
    public void requireInvoiceable() {
        if (state == OrderState.CANCELED) {
            throw ProblemException.illegalTransition("order", state, "invoice");
        }
    }

    /** The quantity of a line an invoice bills: what was delivered once fulfilled, what was ordered before. */
    public BigDecimal billableQuantity(OrderLine line) {
        return state == OrderState.FULFILLED ? line.fulfilledQuantity : line.quantity;
    }

    public HeaderTotals totalsFor(BigDecimal detail, BigDecimal tax) {
        return HeaderTotals.of(detail, tax, discountPercentage, discountAmount, freight, currencyDigits());
    }

    public OrderData data() {
        return new OrderData(id, orderNumber, quoteId, quoteNumber, opportunityId, customerType, customerId, customerName,
                ownerId, owningTeam, priceListId, currency, pricesLocked, paymentTerms, money(detailAmount), discountPercentage,
                money(discountAmount), money(totalDiscount), money(preFreightAmount), money(freight), money(totalTax),
                money(totalAmount), state, statusReason, cancelReason, fulfilledAt, createdAt, modifiedAt);
    }

    private void requireActive(String action) {
        if (state != OrderState.ACTIVE) {
            throw ProblemException.illegalTransition("order", state, action);
        }
    }

    private static BigDecimal amountOf(Money money) {
        return money == null ? BigDecimal.ZERO : money.amount();
    }
}
