package io.lead2cash.billing.domain.order;

import io.lead2cash.billing.domain.document.BilledLine;
import io.lead2cash.billing.domain.document.BillingDocument;
import io.lead2cash.events.billing.OrderCanceled;
import io.lead2cash.events.billing.OrderHeld;
import io.lead2cash.events.billing.OrderInvoiced;
import io.lead2cash.events.billing.OrderLinesChanged;
import io.lead2cash.events.billing.OrderInvoicingReopened;
import io.lead2cash.events.billing.OrderLineData;
import io.lead2cash.events.billing.OrderPricesLocked;
import io.lead2cash.events.billing.OrderRepriced;
import io.lead2cash.events.billing.OrderSubmitted;
import io.lead2cash.events.billing.OrderCreated;
import io.lead2cash.events.billing.OrderData;
import io.lead2cash.events.billing.OrderFulfilled;
import io.lead2cash.events.billing.OrderState;
import io.lead2cash.events.billing.OrderStatusReason;
import io.lead2cash.platform.domain.HeaderTotals;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A sales order: what the customer bought, at prices locked from the accepted quote. Its life, as Dataverse has it:
 * Active (New, Pending) → Submitted (In Progress, locked except for the integration role) → Fulfilled (Complete,
 * Partial) → Invoiced once everything delivered is invoiced; or Canceled (No Money) before it is fulfilled.
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
    public Instant submittedAt;
    public Instant fulfilledAt;

    /** A new active order (New); the intake that opens it sets its header and totals (see {@link OrderIntake}). */
    static SalesOrder active() {
        SalesOrder order = new SalesOrder();
        order.initialise();
        order.state = OrderState.ACTIVE;
        order.statusReason = OrderStatusReason.NEW;
        return order;
    }

    @Override
    public UUID orderId() {
        return id;
    }

    public OrderCreated created(List<OrderLine> lines) {
        return new OrderCreated(UUID.randomUUID(), modifiedAt, data(), lines.stream().map(l -> l.orderLineData(currency)).toList());
    }

    /**
     * Fulfils the order: lines named in {@code delivered} (by line number) were delivered in that quantity, the
     * others completely. Complete when every line was delivered in full, Partial otherwise.
     */
    public OrderFulfilled fulfil(List<OrderLine> lines, Map<Integer, BigDecimal> delivered) {
        requireOpen("fulfil");
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
        requireOpen("cancel");
        state = OrderState.CANCELED;
        statusReason = OrderStatusReason.NO_MONEY;
        cancelReason = reason;
        touch();
        return new OrderCanceled(UUID.randomUUID(), modifiedAt, data());
    }

    /** Active: New → Pending, the order waits for something (a credit check, the customer's purchase order). */
    public OrderHeld hold() {
        requireActive("put on hold");
        if (statusReason == OrderStatusReason.PENDING) {
            throw ProblemException.illegalTransition("order", "ACTIVE: PENDING", "put on hold");
        }
        statusReason = OrderStatusReason.PENDING;
        touch();
        return new OrderHeld(UUID.randomUUID(), modifiedAt, data());
    }

    /** Active → Submitted, In Progress: handed to fulfilment, locked except for the integration role. */
    public OrderSubmitted submit(List<OrderLine> lines) {
        requireActive("submit");
        state = OrderState.SUBMITTED;
        statusReason = OrderStatusReason.IN_PROGRESS;
        touch();
        submittedAt = modifiedAt;
        return new OrderSubmitted(UUID.randomUUID(), modifiedAt, data(), lineData(lines));
    }

    /**
     * Refuses a change of the order's prices or lines unless it is active, or submitted and the caller is the
     * integration (the back office) — Dataverse locks a submitted order for everyone else.
     */
    public void requirePricingEditable(boolean integration, String action) {
        if (state == OrderState.ACTIVE || state == OrderState.SUBMITTED && integration) {
            return;
        }
        throw state == OrderState.SUBMITTED
                ? new ProblemException(ProblemType.CONFLICT, "Order " + orderNumber + " is submitted: only the integration role may "
                        + action + " it")
                : ProblemException.illegalTransition("order", state, action);
    }

    /** Locks the prices: later catalog price changes do not reach the lines. */
    public OrderPricesLocked lockPrices() {
        if (pricesLocked) {
            throw new ProblemException(ProblemType.CONFLICT, "Order " + orderNumber + "'s prices are locked already");
        }
        pricesLocked = true;
        touch();
        return new OrderPricesLocked(UUID.randomUUID(), modifiedAt, data());
    }

    /**
     * Uses current pricing, as Dynamics 365's command does: prices unlocked and the lines (already repriced by the
     * caller from the catalog) totalled again.
     */
    public OrderRepriced repriced(List<OrderLine> lines) {
        pricesLocked = false;
        total(lines);
        touch();
        return new OrderRepriced(UUID.randomUUID(), modifiedAt, data(), lineData(lines));
    }

    /** A line was added, changed or removed (the caller checked the order may change): the order is totalled again. */
    public OrderLinesChanged linesChanged(String change, int lineNumber, List<OrderLine> lines) {
        total(lines);
        touch();
        return new OrderLinesChanged(UUID.randomUUID(), modifiedAt, data(), change, lineNumber, lineData(lines));
    }

    /** An invoice can be made for an open order (all it ordered) or a fulfilled one (what was delivered). */
    public void requireInvoiceable() {
        if (state == OrderState.CANCELED || state == OrderState.INVOICED) {
            throw ProblemException.illegalTransition("order", state, "invoice");
        }
    }

    /**
     * Fulfilled → Invoiced once the invoice (its id and number) bills everything delivered; nothing for an order not
     * fulfilled yet.
     */
    public Optional<OrderInvoiced> invoicedBy(UUID invoiceId, String invoiceNumber) {
        if (state != OrderState.FULFILLED) {
            return Optional.empty();
        }
        state = OrderState.INVOICED;
        statusReason = OrderStatusReason.INVOICED;
        touch();
        return Optional.of(new OrderInvoiced(UUID.randomUUID(), modifiedAt, data(), invoiceId, invoiceNumber));
    }

    /** Invoiced → Fulfilled (Complete or Partial, as delivered) when its invoice is canceled, to be invoiced anew. */
    public Optional<OrderInvoicingReopened> invoiceCanceled(UUID invoiceId, String invoiceNumber, List<OrderLine> lines) {
        if (state != OrderState.INVOICED) {
            return Optional.empty();
        }
        state = OrderState.FULFILLED;
        statusReason = lines.stream().allMatch(l -> l.fulfilledQuantity != null
                && l.fulfilledQuantity.compareTo(l.quantity) == 0) ? OrderStatusReason.COMPLETE : OrderStatusReason.PARTIAL;
        touch();
        return Optional.of(new OrderInvoicingReopened(UUID.randomUUID(), modifiedAt, data(), invoiceId, invoiceNumber));
    }

    /** Totals the order from its lines, under its header discount and freight. */
    void total(List<OrderLine> lines) {
        applyTotals(totalsFor(BilledLine.sum(lines, BilledLine::netAmount), BilledLine.sum(lines, l -> l.tax)));
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

    /** Active or submitted: not yet fulfilled nor canceled. */
    private void requireOpen(String action) {
        if (state != OrderState.ACTIVE && state != OrderState.SUBMITTED) {
            throw ProblemException.illegalTransition("order", state, action);
        }
    }

    private List<OrderLineData> lineData(List<OrderLine> lines) {
        return lines.stream().map(l -> l.orderLineData(currency)).toList();
    }
}
