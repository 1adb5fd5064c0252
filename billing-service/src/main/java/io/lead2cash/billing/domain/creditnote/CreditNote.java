package io.lead2cash.billing.domain.creditnote;

import io.lead2cash.billing.domain.document.BilledLine;
import io.lead2cash.billing.domain.document.BillingDocument;
import io.lead2cash.billing.domain.invoice.Invoice;
import io.lead2cash.events.billing.CreditNoteData;
import io.lead2cash.events.billing.CreditNoteIssued;
import io.lead2cash.platform.domain.HeaderTotals;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A credit note: reverses a billed or paid invoice, fully or partly, numbered in its own gapless series per year
 * (CRN-2026-000007). Its amounts are positive; they are taken off the invoice's total. Issued once, never changed.
 */
@Entity
@Table(name = "credit_note")
public class CreditNote extends BillingDocument {

    public String creditNoteNumber;
    public UUID invoiceId;
    public String invoiceNumber;
    public UUID orderId;
    public LocalDate issueDate;
    public String reason;
    public boolean fullCredit;
    public String issuedBy;

    /** A new credit note of the invoice, its header copied from it; its lines and totals come with {@link #issue}. */
    static CreditNote forInvoice(Invoice invoice, String number, LocalDate date, String reason, String issuedBy) {
        CreditNote note = new CreditNote();
        note.initialise();
        note.creditNoteNumber = number;
        note.invoiceId = invoice.id;
        note.invoiceNumber = invoice.invoiceNumber;
        note.orderId = invoice.orderId;
        note.copyHeaderOf(invoice);
        note.paymentTerms = invoice.paymentTerms;
        note.issueDate = date;
        note.reason = reason;
        note.issuedBy = issuedBy;
        return note;
    }

    /**
     * Totals the credited lines. A full credit takes exactly what was left of the invoice's figures (freight included);
     * a partial one applies the invoice's discount percentage, its fixed discount in proportion, and no freight.
     */
    CreditNoteIssued issue(Invoice invoice, List<CreditNoteLine> lines, boolean full, List<CreditNote> before) {
        fullCredit = full;
        int digits = currencyDigits();
        BigDecimal detail = BilledLine.sum(lines, BilledLine::netAmount);
        BigDecimal tax = BilledLine.sum(lines, l -> l.tax);
        if (full) {
            applyTotals(new HeaderTotals(
                    invoice.detailAmount.subtract(sumOf(before, n -> n.detailAmount)),
                    invoice.discountPercentage,
                    invoice.discountAmount.subtract(sumOf(before, n -> n.discountAmount)),
                    invoice.totalDiscount.subtract(sumOf(before, n -> n.totalDiscount)),
                    invoice.preFreightAmount.subtract(sumOf(before, n -> n.preFreightAmount)),
                    invoice.freight.subtract(sumOf(before, n -> n.freight)),
                    invoice.totalTax.subtract(sumOf(before, n -> n.totalTax)),
                    invoice.totalAmount.subtract(sumOf(before, n -> n.totalAmount))));
        } else {
            BigDecimal fixedDiscount = invoice.detailAmount.signum() == 0 ? BigDecimal.ZERO
                    : invoice.discountAmount.multiply(detail).divide(invoice.detailAmount, digits, RoundingMode.HALF_UP);
            applyTotals(HeaderTotals.of(detail, tax, invoice.discountPercentage, fixedDiscount, BigDecimal.ZERO, digits));
        }
        return new CreditNoteIssued(UUID.randomUUID(), modifiedAt, data(), lines.stream().map(l -> l.data(currency)).toList(),
                null);
    }

    @Override
    public UUID orderId() {
        return orderId;
    }

    private static BigDecimal sumOf(List<CreditNote> notes, Function<CreditNote, BigDecimal> figure) {
        return notes.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public CreditNoteData data() {
        return new CreditNoteData(id, creditNoteNumber, invoiceId, invoiceNumber, orderId, orderNumber, opportunityId,
                customer(), billToAddress(), ownerId, owningTeam, currency, issueDate, reason, fullCredit, totals(),
                createdAt);
    }
}
