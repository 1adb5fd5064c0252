package io.lead2cash.billing.domain;

import io.lead2cash.events.CustomerReference;
import io.lead2cash.events.PricedTotals;
import io.lead2cash.events.CustomerType;
import io.lead2cash.events.Money;
import io.lead2cash.events.billing.OrderCanceled;
import io.lead2cash.events.billing.OrderCreated;
import io.lead2cash.events.billing.OrderData;
import io.lead2cash.events.billing.OrderFulfilled;
import io.lead2cash.events.billing.OrderState;
import io.lead2cash.events.billing.OrderStatusReason;
import io.lead2cash.events.billing.PaymentTerms;
import io.lead2cash.events.opportunities.QuoteData;
import io.lead2cash.platform.domain.HeaderTotals;
import io.lead2cash.platform.problem.ProblemException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A sales order: what the customer bought, at prices locked from the accepted quote. Active (New) until fulfilled,
 * completely or partly, or canceled; read-only from then on.
 */
@Entity
@Table(name = "sales_order")
public class SalesOrder extends BillingDocument {

    public String quoteNumber;
    public UUID priceListId;
    public boolean pricesLocked;

    @Enumerated(EnumType.STRING)
    public OrderState state;

    @Enumerated(EnumType.STRING)
    public OrderStatusReason statusReason;

    public String cancelReason;
    public Instant fulfilledAt;

    /** What a user sets on an order created directly, rather than from an accepted quote. */
    public record Details(CustomerType customerType, UUID customerId, String customerName, UUID opportunityId,
            UUID priceListId, String currency, PaymentTerms paymentTerms, BigDecimal discountPercentage,
            BigDecimal discountAmount, BigDecimal freight) {
    }

    /** The order an accepted quote becomes: customer, owner, currency and totals copied, prices locked. */
    public static SalesOrder fromAcceptedQuote(QuoteData q, String number, PaymentTerms terms) {
        CustomerReference customer = q.customer();
        PricedTotals totals = q.totals();
        SalesOrder order = open(new Details(customer.customerType(), customer.customerId(), customer.customerName(),
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
    public static SalesOrder direct(Details d, PaymentTerms terms, String number, String ownerId, String owningTeam,
            List<OrderLine> lines) {
        SalesOrder order = open(d, terms, number, ownerId, owningTeam);
        lines.forEach(l -> l.orderId = order.id);
        order.applyTotals(order.totalsFor(BilledLine.sum(lines, BilledLine::netAmount), BilledLine.sum(lines, l -> l.tax)));
        return order;
    }

    /** A new active order with the header a quote or a user gives it; its totals are set by the caller. */
    private static SalesOrder open(Details d, PaymentTerms terms, String number, String ownerId, String owningTeam) {
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
        order.paymentTerms = terms;
        order.discountPercentage = Objects.requireNonNullElse(d.discountPercentage(), BigDecimal.ZERO);
        order.discountAmount = Objects.requireNonNullElse(d.discountAmount(), BigDecimal.ZERO);
        order.freight = Objects.requireNonNullElse(d.freight(), BigDecimal.ZERO);
        order.state = OrderState.ACTIVE;
        order.statusReason = OrderStatusReason.NEW;
        return order;
    }

    public OrderCreated created(List<OrderLine> lines) {
        return new OrderCreated(UUID.randomUUID(), modifiedAt, data(), lines.stream().map(l -> l.orderLineData(currency)).toList());
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
        return new OrderFulfilled(UUID.randomUUID(), modifiedAt, data(), lines.stream().map(l -> l.orderLineData(currency)).toList());
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

    /**
     * The lines an invoice of this order bills: what was delivered once it is fulfilled, all that was ordered before;
     * a line with nothing to bill is left out.
     */
    public List<InvoiceLine> invoiceLinesFor(UUID invoiceId, List<OrderLine> lines) {
        List<InvoiceLine> billed = new ArrayList<>();
        for (OrderLine line : lines) {
            BigDecimal quantity = state == OrderState.FULFILLED ? line.fulfilledQuantity : line.quantity;
            if (quantity.signum() > 0) {
                billed.add(line.toInvoiceLine(invoiceId, quantity, currencyDigits()));
            }
        }
        return billed;
    }

    public HeaderTotals totalsFor(BigDecimal detail, BigDecimal tax) {
        return HeaderTotals.of(detail, tax, discountPercentage, discountAmount, freight, currencyDigits());
    }

    public OrderData data() {
        return new OrderData(id, orderNumber, quoteId, quoteNumber, opportunityId, customer(), billToAddress(), ownerId, owningTeam,
                priceListId, currency, pricesLocked, paymentTerms, totals(), state, statusReason, cancelReason, fulfilledAt,
                createdAt, modifiedAt);
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
