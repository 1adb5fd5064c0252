package io.lead2cash.billing.domain.order;

import static io.lead2cash.billing.domain.invoice.ValidDocuments.activeOrder;
import static io.lead2cash.billing.domain.invoice.ValidDocuments.twoLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lead2cash.events.billing.OrderState;
import io.lead2cash.events.billing.OrderStatusReason;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The sales order's state machine, without a service: Active (New ⇄ Pending) → Submitted → Fulfilled (Complete,
 * Partial) → Invoiced, or Canceled before it is fulfilled.
 */
class SalesOrderStatesTest {

    /** The invoice that bills an order, as the order knows it. */
    private static final UUID INVOICE_ID = UUID.randomUUID();
    private static final String INVOICE_NUMBER = "INV-2026-000001";

    private static final Map<String, BiConsumer<SalesOrder, List<OrderLine>>> ACTIONS = new LinkedHashMap<>();

    static {
        ACTIONS.put("hold", (o, lines) -> o.hold());
        ACTIONS.put("submit", SalesOrder::submit);
        ACTIONS.put("fulfil", (o, lines) -> o.fulfil(lines, Map.of()));
        ACTIONS.put("cancel", (o, lines) -> o.cancel("Customer withdrew"));
        ACTIONS.put("invoice", (o, lines) -> o.requireInvoiceable());
        ACTIONS.put("change prices", (o, lines) -> o.requirePricingEditable(false, "reprice"));
    }

    private static final Map<OrderState, Set<String>> ALLOWED = Map.of(
            OrderState.ACTIVE, Set.of("hold", "submit", "fulfil", "cancel", "invoice", "change prices"),
            OrderState.SUBMITTED, Set.of("fulfil", "cancel", "invoice"),
            OrderState.FULFILLED, Set.of("invoice"),
            OrderState.INVOICED, Set.of(),
            OrderState.CANCELED, Set.of());

    private static SalesOrder in(OrderState state, List<OrderLine> lines) {
        SalesOrder order = activeOrder(lines);
        switch (state) {
            case SUBMITTED -> order.submit(lines);
            case FULFILLED -> order.fulfil(lines, Map.of());
            case INVOICED -> {
                order.fulfil(lines, Map.of());
                order.invoicedBy(INVOICE_ID, INVOICE_NUMBER);
            }
            case CANCELED -> order.cancel(null);
            default -> { }
        }
        return order;
    }

    @Test
    void aDirectOrderIsActiveNewAndTotalledFromItsLines() {
        SalesOrder order = activeOrder(twoLines());

        assertThat(order.state).isEqualTo(OrderState.ACTIVE);
        assertThat(order.statusReason).isEqualTo(OrderStatusReason.NEW);
        assertThat(order.totalAmount).isEqualByComparingTo("34.70");
        assertThat(order.pricesLocked).isFalse();
    }

    @Test
    void everyStateAllowsOnlyItsTransitionsAndRefusesTheOthersWithoutChange() {
        for (OrderState state : OrderState.values()) {
            for (Map.Entry<String, BiConsumer<SalesOrder, List<OrderLine>>> action : ACTIONS.entrySet()) {
                List<OrderLine> lines = twoLines();
                SalesOrder order = in(state, lines);
                OrderStatusReason reason = order.statusReason;
                String what = state + " " + action.getKey();
                if (ALLOWED.get(state).contains(action.getKey())) {
                    action.getValue().accept(order, lines);
                } else {
                    assertThatThrownBy(() -> action.getValue().accept(order, lines)).as(what)
                            .isInstanceOfSatisfying(ProblemException.class,
                                    e -> assertThat(e.type()).isIn(ProblemType.ILLEGAL_TRANSITION, ProblemType.CONFLICT));
                    assertThat(order.state).as(what + " changes nothing").isEqualTo(state);
                    assertThat(order.statusReason).as(what + " changes nothing").isEqualTo(reason);
                }
            }
        }
    }

    @Test
    void anOrderOnHoldIsNotPutOnHoldAgain() {
        SalesOrder order = activeOrder(twoLines());
        order.hold();

        assertThat(order.statusReason).isEqualTo(OrderStatusReason.PENDING);
        assertThatThrownBy(order::hold).isInstanceOf(ProblemException.class);
    }

    @Test
    void aSubmittedOrderChangesPricesOnlyForTheIntegration() {
        List<OrderLine> lines = twoLines();
        SalesOrder order = in(OrderState.SUBMITTED, lines);

        order.requirePricingEditable(true, "reprice");
        assertThatThrownBy(() -> order.requirePricingEditable(false, "reprice"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
    }

    @Test
    void fulfilmentIsCompleteOnlyWhenEveryLineWasDeliveredInFull() {
        List<OrderLine> lines = twoLines();
        SalesOrder partial = activeOrder(lines);
        partial.fulfil(lines, Map.of(1, new BigDecimal("1.5")));
        assertThat(partial.statusReason).isEqualTo(OrderStatusReason.PARTIAL);
        assertThat(lines.get(0).fulfilledQuantity).isEqualByComparingTo("1.5");

        List<OrderLine> all = twoLines();
        SalesOrder complete = activeOrder(all);
        complete.fulfil(all, Map.of());
        assertThat(complete.statusReason).isEqualTo(OrderStatusReason.COMPLETE);
    }

    @Test
    void fulfilmentRefusesMoreThanOrderedAnUnknownLineOrNothingAtAll() {
        for (Map<Integer, BigDecimal> delivered : List.of(Map.of(1, new BigDecimal("2.000001")),
                Map.of(1, new BigDecimal("-1")), Map.of(3, BigDecimal.ONE),
                Map.of(1, BigDecimal.ZERO, 2, BigDecimal.ZERO))) {
            List<OrderLine> lines = twoLines();
            SalesOrder order = activeOrder(lines);
            assertThatThrownBy(() -> order.fulfil(lines, delivered)).as(delivered.toString())
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("lines"));
            assertThat(order.state).isEqualTo(OrderState.ACTIVE);
        }
    }

    @Test
    void anOrderIsInvoicedOnceFulfilledAndReopenedWhenItsInvoiceIsCanceled() {
        List<OrderLine> lines = twoLines();
        SalesOrder order = activeOrder(lines);
        assertThat(order.invoicedBy(INVOICE_ID, INVOICE_NUMBER)).as("an order not fulfilled stays as it is").isEmpty();

        order.fulfil(lines, Map.of(2, BigDecimal.ZERO));
        assertThat(order.invoicedBy(INVOICE_ID, INVOICE_NUMBER)).hasValueSatisfying(
                invoiced -> assertThat(invoiced.invoiceNumber()).isEqualTo(INVOICE_NUMBER));
        assertThat(order.state).isEqualTo(OrderState.INVOICED);

        assertThat(order.invoiceCanceled(INVOICE_ID, INVOICE_NUMBER, lines)).hasValueSatisfying(
                reopened -> assertThat(reopened.canceledInvoiceId()).isEqualTo(INVOICE_ID));
        assertThat(order.state).isEqualTo(OrderState.FULFILLED);
        assertThat(order.statusReason).isEqualTo(OrderStatusReason.PARTIAL);
    }

    @Test
    void pricesAreLockedOnce() {
        SalesOrder order = activeOrder(twoLines());
        order.lockPrices();

        assertThat(order.pricesLocked).isTrue();
        assertThatThrownBy(order::lockPrices).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
    }
}
