package io.lead2cash.billing.domain.invoice;

import static io.lead2cash.billing.domain.invoice.ValidDocuments.activeOrder;
import static io.lead2cash.billing.domain.invoice.ValidDocuments.newInvoice;
import static io.lead2cash.billing.domain.invoice.ValidDocuments.payment;
import static io.lead2cash.billing.domain.invoice.ValidDocuments.refund;
import static io.lead2cash.billing.domain.invoice.ValidDocuments.twoLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lead2cash.billing.domain.order.OrderLine;
import io.lead2cash.billing.domain.order.SalesOrder;
import io.lead2cash.events.billing.InvoiceState;
import io.lead2cash.events.billing.InvoiceStatusReason;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The invoice's state machine, without a service: Active (New → Billed) → Paid (Partial → Complete), Canceled while
 * nothing was paid (credit notes, which close it as Credited, are tried in the creditnote package's
 * {@code InvoiceCreditsTest}).
 */
class InvoiceStatesTest {

    /** A new invoice of 34.70 EUR (an order of two lines, all delivered). */
    private static Invoice newInvoiceOf3470() {
        List<OrderLine> lines = twoLines();
        return newInvoice(activeOrder(lines), lines);
    }

    @Test
    void aNewInvoiceIsActiveNewWithItsTotalDueAndPaymentTermsDueDate() {
        Invoice invoice = newInvoiceOf3470();

        assertThat(invoice.state).isEqualTo(InvoiceState.ACTIVE);
        assertThat(invoice.statusReason).isEqualTo(InvoiceStatusReason.NEW);
        assertThat(invoice.amountDue()).isEqualByComparingTo("34.70");
        assertThat(invoice.dueDate).isEqualTo(invoice.invoiceDate.plusDays(30));
    }

    @Test
    void anInvoiceOfAFulfilledOrderBillsOnlyWhatWasDelivered() {
        List<OrderLine> lines = twoLines();
        SalesOrder order = activeOrder(lines);
        order.fulfil(lines, Map.of(2, BigDecimal.ZERO));

        Invoice invoice = newInvoice(order, lines);

        assertThat(invoice.totalAmount).as("only what was delivered is billed").isEqualByComparingTo("24.70");
    }

    @Test
    void anInvoiceIsMarkedAsSentOnceAndOnlyWhileNew() {
        Invoice invoice = newInvoiceOf3470();
        invoice.markBilled();

        assertThat(invoice.statusReason).isEqualTo(InvoiceStatusReason.BILLED);
        assertThatThrownBy(invoice::markBilled).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION));
    }

    @Test
    void paymentsMoveItToPaidPartialThenCompleteAndNeverExceedWhatIsDue() {
        Invoice invoice = newInvoiceOf3470();

        invoice.pay(payment(invoice, "10.00"));
        assertThat(invoice.state).isEqualTo(InvoiceState.PAID);
        assertThat(invoice.statusReason).isEqualTo(InvoiceStatusReason.PARTIAL);
        assertThatThrownBy(() -> invoice.pay(payment(invoice, "24.71"))).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("amount"));
        assertThatThrownBy(() -> invoice.pay(payment(invoice, "1.001"))).as("more decimals than EUR has")
                .isInstanceOf(ProblemException.class);
        invoice.pay(payment(invoice, "24.70"));

        assertThat(invoice.statusReason).isEqualTo(InvoiceStatusReason.COMPLETE);
        assertThat(invoice.amountDue()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> invoice.pay(payment(invoice, "0.01"))).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION));
    }

    @Test
    void onlyAnActiveInvoiceWithoutCreditNotesIsCanceled() {
        Invoice fresh = newInvoiceOf3470();
        fresh.cancel();
        assertThat(fresh.state).isEqualTo(InvoiceState.CANCELED);
        assertThatThrownBy(fresh::cancel).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> fresh.pay(payment(fresh, "1.00"))).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> fresh.refund(refund(fresh, "0.01"))).isInstanceOf(ProblemException.class);

        Invoice paid = newInvoiceOf3470();
        paid.pay(payment(paid, "1.00"));
        assertThatThrownBy(paid::cancel).isInstanceOf(ProblemException.class);
        assertThat(paid.state).isEqualTo(InvoiceState.PAID);
    }

    @Test
    void onlyAnInvoiceSentToTheCustomerIsCredited() {
        Invoice fresh = newInvoiceOf3470();
        assertThatThrownBy(fresh::requireCreditable).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION));

        Invoice canceled = newInvoiceOf3470();
        canceled.cancel();
        assertThatThrownBy(canceled::requireCreditable).isInstanceOf(ProblemException.class);
    }
}
