package io.lead2cash.billing.domain.creditnote;

import static io.lead2cash.billing.domain.invoice.ValidDocuments.activeOrder;
import static io.lead2cash.billing.domain.invoice.ValidDocuments.newInvoice;
import static io.lead2cash.billing.domain.invoice.ValidDocuments.payment;
import static io.lead2cash.billing.domain.invoice.ValidDocuments.refund;
import static io.lead2cash.billing.domain.invoice.ValidDocuments.twoLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lead2cash.billing.domain.invoice.Invoice;
import io.lead2cash.billing.domain.order.OrderLine;
import io.lead2cash.events.billing.InvoiceState;
import io.lead2cash.events.billing.InvoiceStatusReason;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Credit notes on an invoice's state machine, without a service: Closed (Credited) when a credit note clears what was
 * due, a refund owed back when it was paid already; what is due and what is owed back always add up.
 */
class InvoiceCreditsTest {

    /** A new invoice of 34.70 EUR (an order of two lines, all delivered). */
    private static Invoice newInvoiceOf3470() {
        List<OrderLine> lines = twoLines();
        return newInvoice(activeOrder(lines), lines);
    }

    private static CreditNote creditInFull(Invoice invoice) {
        CreditNote note = CreditNote.forInvoice(invoice, "CRN-2026-000001", LocalDate.of(2026, 12, 9), "Returned", "ben");
        note.issue(invoice, List.of(), true, List.of());
        invoice.credited(note.totalAmount);
        return note;
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
