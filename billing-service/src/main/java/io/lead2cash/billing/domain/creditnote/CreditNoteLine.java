package io.lead2cash.billing.domain.creditnote;

import io.lead2cash.billing.domain.document.BilledLine;
import io.lead2cash.billing.domain.invoice.InvoiceLine;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A line of a credit note: some or all of an invoice line's quantity, at the invoice's prices. */
@Entity
@Table(name = "credit_note_line")
public class CreditNoteLine extends BilledLine {

    public UUID creditNoteId;
    public UUID invoiceLineId;

    /** Credits {@code quantity} of the invoice line, its amounts prorated as the invoice prorated the order's. */
    static CreditNoteLine of(UUID creditNoteId, InvoiceLine from, BigDecimal quantity, int scale) {
        CreditNoteLine line = new CreditNoteLine();
        line.copyFor(from, quantity, scale);
        line.creditNoteId = creditNoteId;
        line.invoiceLineId = from.id;
        return line;
    }

    /** Credits what is left of the invoice line once {@code before} were credited: the figures add up exactly. */
    static CreditNoteLine rest(UUID creditNoteId, InvoiceLine from, java.util.List<CreditNoteLine> before) {
        CreditNoteLine line = of(creditNoteId, from, from.quantity.subtract(sum(before, l -> l.quantity)), 0);
        line.amount = from.amount.subtract(sum(before, l -> l.amount));
        line.manualDiscount = from.manualDiscount.subtract(sum(before, l -> l.manualDiscount));
        line.tax = from.tax.subtract(sum(before, l -> l.tax));
        line.extendedAmount = from.extendedAmount.subtract(sum(before, l -> l.extendedAmount));
        return line;
    }
}
