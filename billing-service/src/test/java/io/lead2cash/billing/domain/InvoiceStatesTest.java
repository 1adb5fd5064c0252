package io.lead2cash.billing.domain;

import static io.lead2cash.billing.domain.ValidDocuments.activeOrder;
import static io.lead2cash.billing.domain.ValidDocuments.newInvoice;
import static io.lead2cash.billing.domain.ValidDocuments.payment;
import static io.lead2cash.billing.domain.ValidDocuments.refund;
import static io.lead2cash.billing.domain.ValidDocuments.twoLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lead2cash.events.billing.InvoiceState;
import io.lead2cash.events.billing.InvoiceStatusReason;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The invoice's and credit note's state machine, without a service: Active (New → Billed) → Paid (Partial →
 * Complete), Closed (Credited) when a credit note clears what was due, Canceled while nothing was paid; what is due and
 * what is owed back always add up.
 */
class InvoiceStatesTest {

    /** A new invoice of 34.70 EUR (an order of two lines, all delivered). */
    private static Invoice newInvoiceOf3470() {
        List<OrderLine> lines = twoLines();
        return newInvoice(activeOrder(lines), lines);
    }

    private static CreditNote creditInFull(Invoice invoice) {
        CreditNote note = CreditNote.forInvoice(invoice, "CRN-2026-000001", LocalDate.of(2026, 12, 9), "Returned", "ben");
        note.issue(invoice, List.of(), true, List.of());
        invoice.credited(note);
        return note;
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

    @Test
    void aCreditNoteThatClearsWhatWasDueClosesTheInvoiceAsCredited() {
        Invoice invoice = newInvoiceOf3470();
        invoice.markBilled();
        invoice.requireCreditable();

        CreditNote note = creditInFull(invoice);

        assertThat(note.totalAmount).isEqualByComparingTo("34.70");
        assertThat(invoice.state).isEqualTo(InvoiceState.CLOSED);
        assertThat(invoice.statusReason).isEqualTo(InvoiceStatusReason.CREDITED);
        assertThat(invoice.amountDue()).isEqualByComparingTo("0");
        assertThat(invoice.refundDue()).isEqualByComparingTo("0");
        assertThatThrownBy(invoice::requireCreditable).as("credited in full already")
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        assertThatThrownBy(invoice::cancel).isInstanceOf(ProblemException.class);
    }

    @Test
    void aPaidInvoiceThatIsCreditedOwesTheCreditBackUntilItIsRefunded() {
        Invoice invoice = newInvoiceOf3470();
        invoice.pay(payment(invoice, "34.70"));

        creditInFull(invoice);

        assertThat(invoice.state).isEqualTo(InvoiceState.PAID);
        assertThat(invoice.statusReason).isEqualTo(InvoiceStatusReason.COMPLETE);
        assertThat(invoice.refundDue()).isEqualByComparingTo("34.70");
        assertThatThrownBy(() -> invoice.refund(refund(invoice, "34.71"))).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("amount"));
        invoice.refund(refund(invoice, "30.00"));
        assertThat(invoice.refundDue()).isEqualByComparingTo("4.70");
        invoice.refund(refund(invoice, "4.70"));
        assertThat(invoice.refundDue()).isEqualByComparingTo("0");
        // What the customer paid, less what was paid back, is what the invoice finally charges: its total less credits.
        assertThat(invoice.amountPaid.subtract(invoice.refundedAmount))
                .isEqualByComparingTo(invoice.totalAmount.subtract(invoice.creditedAmount));
    }
}
