package io.lead2cash.billing.domain.creditnote;

import io.lead2cash.billing.domain.access.BillingDocumentAccess;
import io.lead2cash.billing.domain.access.OpportunityChangedHands;
import io.lead2cash.billing.domain.invoice.Invoice;
import io.lead2cash.billing.domain.invoice.InvoiceLine;
import io.lead2cash.billing.domain.invoice.InvoiceNumbers;
import io.lead2cash.billing.domain.invoice.InvoiceService;
import io.lead2cash.events.billing.CreditNoteIssued;
import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.query.Filter;
import io.lead2cash.platform.query.Listing;
import io.quarkus.panache.common.Sort;
import io.lead2cash.platform.security.CurrentUser;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Issues credit notes against billed or paid invoices and reads them back, publishing each through the outbox. */
@ApplicationScoped
public class CreditNotes {

    private static final Logger LOG = Logger.getLogger(CreditNotes.class);

    @Inject Outbox outbox;
    @Inject CurrentUser user;
    @Inject InvoiceNumbers numbers;
    @Inject InvoiceService invoices;
    @Inject BillingDocumentAccess visibility;
    @Inject MeterRegistry metrics;

    /** What a credit note list may be filtered by; absent values do not filter. */
    public record Criteria(UUID invoiceId, UUID orderId, UUID customerId, String text) {
    }

    public Listing<CreditNote> search(Criteria c, Sort sort) {
        Filter filter = Filter.where().eq("invoiceId", c.invoiceId()).eq("orderId", c.orderId())
                .eq("customerId", c.customerId()).quickFind(c.text(), "creditNoteNumber", "invoiceNumber", "customerName");
        visibility.visible(filter, CreditNote.class);
        return filter.listing(CreditNote.class, sort);
    }

    /** The credit note, if the caller may see its invoice: 404 when unknown, 403 otherwise. */
    public CreditNote get(UUID id) {
        return visibility.readable(CreditNote.findById(id), "credit note", id);
    }

    public List<CreditNoteLine> lines(UUID creditNoteId) {
        get(creditNoteId);
        return CreditNoteLine.list("creditNoteId = ?1 order by lineNumber", creditNoteId);
    }

    /**
     * Credits {@code quantities} (by invoice line number) of a billed or paid invoice, or all that is left of it when
     * none are named. The invoice row is locked, so two credit notes never reverse the same quantity twice.
     */
    @Transactional
    public CreditNote issue(UUID invoiceId, ExpectedVersion expected, String reason, Map<Integer, BigDecimal> quantities) {
        visibility.checkWrite(invoices.get(invoiceId), "invoice");
        Invoice invoice = Invoice.findById(invoiceId, LockModeType.PESSIMISTIC_WRITE);
        invoice.checkVersion(expected);
        invoice.requireCreditable();
        List<InvoiceLine> invoiceLines = InvoiceLine.list("invoiceId = ?1 order by lineNumber", invoiceId);
        for (Integer number : quantities.keySet()) {
            if (invoiceLines.stream().noneMatch(l -> l.lineNumber == number)) {
                throw ProblemException.invalid("lines", "line " + number + " is not on invoice " + invoice.invoiceNumber);
            }
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        CreditNote note = CreditNote.forInvoice(invoice, numbers.nextCreditNote(today.getYear()), today, reason, user.id());
        List<CreditNoteLine> lines = new ArrayList<>();
        boolean full = true;
        for (InvoiceLine line : invoiceLines) {
            BigDecimal left = line.creditableQuantity();
            BigDecimal quantity = quantities.isEmpty() ? left : quantities.getOrDefault(line.lineNumber, BigDecimal.ZERO);
            if (quantity.signum() < 0 || quantity.compareTo(left) > 0) {
                throw ProblemException.invalid("lines", "line " + line.lineNumber + " has "
                        + left.stripTrailingZeros().toPlainString() + " left to credit; its quantity must be between 0 "
                        + "and that");
            }
            full &= quantity.compareTo(left) == 0;
            if (quantity.signum() == 0) {
                continue;
            }
            lines.add(quantity.compareTo(left) == 0
                    ? CreditNoteLine.rest(note.id, line, CreditNoteLine.list("invoiceLineId", line.id))
                    : CreditNoteLine.of(note.id, line, quantity, invoice.currencyDigits()));
            line.creditedQuantity = line.creditedQuantity.add(quantity);
        }
        if (lines.isEmpty()) {
            throw ProblemException.invalid("lines", "nothing to credit: name at least one line and a quantity above 0");
        }
        var issued = note.issue(invoice, lines, full, CreditNote.list("invoiceId", invoiceId));
        if (note.totalAmount.signum() <= 0) {
            throw ProblemException.invalid("lines", "credit nothing once rounded to " + invoice.currency
                    + "'s decimals; credit more of a line");
        }
        if (note.totalAmount.add(invoice.creditedAmount).compareTo(invoice.totalAmount) > 0) {
            // Rounding of prorated partial credits can never take more than the invoice's total.
            throw ProblemException.invalid("lines", "would credit more than is left of invoice " + invoice.invoiceNumber
                    + "; credit the rest of it in full instead");
        }
        note.persist();
        lines.forEach(l -> l.persist());
        invoice.credited(note.totalAmount);
        outbox.appendChange(note, new CreditNoteIssued(issued.eventId(), issued.occurredAt(), issued.creditNote(),
                issued.lines(), invoice.data()));
        metrics.counter("lead2cash.billing.credited", "currency", note.currency).increment(note.totalAmount.doubleValue());
        LOG.infof("Credit note %s on invoice %s: %s %s (%s) by %s", note.creditNoteNumber, invoice.invoiceNumber,
                note.totalAmount.toPlainString(), note.currency, full ? "full" : "partial", user.id());
        return note;
    }

    /** The deal's credit notes go to its new owner and team with it, in the consumer's transaction. */
    void dealChangedHands(@Observes @Priority(OpportunityChangedHands.CREDIT_NOTES) OpportunityChangedHands deal) {
        deal.creditNotesFollowed(CreditNote.update(OpportunityChangedHands.REOWN, deal.ownerId(), deal.owningTeam(),
                deal.modifiedAt(), deal.opportunityId()));
    }
}
