package io.lead2cash.opportunity.domain.quote;

import io.lead2cash.events.opportunities.QuoteAccepted;
import io.lead2cash.events.opportunities.QuoteActivated;
import io.lead2cash.events.opportunities.QuoteAssigned;
import io.lead2cash.events.opportunities.QuoteClosed;
import io.lead2cash.events.opportunities.QuoteDeleted;
import io.lead2cash.events.opportunities.QuoteCreated;
import io.lead2cash.events.opportunities.QuoteData;
import io.lead2cash.events.opportunities.QuoteRevised;
import io.lead2cash.events.opportunities.QuoteState;
import io.lead2cash.events.opportunities.QuoteStatusReason;
import io.lead2cash.opportunity.domain.access.OpportunityRecordAccess;
import io.lead2cash.opportunity.domain.line.LineHolder;
import io.lead2cash.opportunity.domain.line.PricedLine;
import io.lead2cash.opportunity.domain.opportunity.Opportunity;
import io.lead2cash.platform.access.AccessRoot;
import io.lead2cash.platform.domain.HeaderTotals;
import io.lead2cash.platform.domain.PricedRecord;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A quote given to the customer. Its life, as in Dynamics 365:
 * <pre>
 * action    from     to
 * edit      DRAFT    DRAFT               (lines, header discounts, freight)
 * activate  DRAFT  -> ACTIVE/IN_PROGRESS (read-only from then; every line must be priced)
 * revise    ACTIVE -> CLOSED/REVISED     (a new DRAFT copy with revision number + 1 replaces it)
 * win       ACTIVE -> WON/WON            (the customer accepted it: QuoteAccepted; the opportunity is won)
 * close     ACTIVE -> CLOSED/LOST or CLOSED/CANCELED
 * </pre>
 */
@Entity
@Table(name = "quote")
public class Quote extends PricedRecord implements LineHolder {

    public String quoteNumber;
    public int revisionNumber;
    public String name;
    public UUID opportunityId;
    public UUID priceListId;

    @Enumerated(EnumType.STRING)
    public QuoteState state;

    @Enumerated(EnumType.STRING)
    public QuoteStatusReason statusReason;

    public UUID revisedFromId;

    /** A draft for an opportunity: its customer, owner, price list and currency copied. */
    public static Quote draftFor(Opportunity opportunity, String quoteNumber, int revision, String name) {
        Quote quote = new Quote();
        quote.initialise();
        quote.quoteNumber = quoteNumber;
        quote.revisionNumber = revision;
        quote.name = name;
        quote.opportunityId = opportunity.id;
        quote.sellTo(opportunity.customerType, opportunity.customerId, opportunity.customerName, opportunity.currency);
        quote.ownerId = opportunity.ownerId;
        quote.owningTeam = opportunity.owningTeam;
        quote.priceListId = opportunity.priceListId;
        quote.state = QuoteState.DRAFT;
        quote.statusReason = QuoteStatusReason.IN_PROGRESS;
        quote.total(List.of());
        return quote;
    }

    /** The next revision of this quote: same number and header, revision number + 1. */
    public Quote nextRevision(Opportunity opportunity) {
        Quote next = draftFor(opportunity, quoteNumber, revisionNumber + 1, name);
        next.priceListId = priceListId;
        next.discountPercentage = discountPercentage;
        next.discountAmount = discountAmount;
        next.freight = freight;
        next.revisedFromId = id;
        return next;
    }

    /**
     * Gives the quote to the opportunity's new owner and team, whatever its state: as in Dynamics 365, assigning an
     * opportunity cascades to all its quotes, so that access to them follows the deal.
     */
    public QuoteAssigned assign(String newOwner, String newTeam) {
        String previous = ownerId;
        ownerId = newOwner;
        owningTeam = newTeam;
        touch();
        return new QuoteAssigned(UUID.randomUUID(), modifiedAt, data(), previous);
    }

    public QuoteCreated created() {
        return new QuoteCreated(UUID.randomUUID(), modifiedAt, data());
    }

    /** Changes the header of a draft: name and the header discounts and freight. */
    public void changeHeader(String newName, BigDecimal percentage, BigDecimal amount, BigDecimal newFreight) {
        requireDraft("edit");
        name = newName;
        discountPercentage = percentage;
        discountAmount = amount;
        freight = newFreight;
        touch();
    }

    /**
     * Recomputes the totals from the priced lines (unpriced ones are left out). No quote's total is below zero: a
     * change of its lines that would leave its header discount above what they come to is refused (409).
     */
    public void total(List<? extends PricedLine> lines) {
        HeaderTotals totals = totalsOf(lines);
        if (totals.totalDiscount().compareTo(totals.detailAmount()) > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "Quote " + quoteNumber + "'s header discount ("
                    + totals.totalDiscount().toPlainString() + " " + currency + ") would exceed what its lines come to ("
                    + totals.detailAmount().toPlainString() + "): lower the discount first; nothing was changed");
        }
        apply(totals);
    }

    /** Recomputes the totals after a change of the header: its discount must stay within the lines' detail amount (400). */
    public void totalWithNewHeader(List<? extends PricedLine> lines) {
        HeaderTotals totals = totalsOf(lines);
        if (totals.totalDiscount().compareTo(totals.detailAmount()) > 0) {
            throw ProblemException.invalid("discountAmount", "must leave the total discount at most the detail amount ("
                    + totals.detailAmount().toPlainString() + ")");
        }
        apply(totals);
    }

    private HeaderTotals totalsOf(List<? extends PricedLine> lines) {
        BigDecimal detail = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (PricedLine line : lines) {
            if (line.priced()) {
                detail = detail.add(line.amount).subtract(line.manualDiscount == null ? BigDecimal.ZERO : line.manualDiscount);
                tax = tax.add(line.tax == null ? BigDecimal.ZERO : line.tax);
            }
        }
        return HeaderTotals.of(detail, tax, discountPercentage, discountAmount, freight, currencyDigits());
    }

    private void apply(HeaderTotals totals) {
        detailAmount = totals.detailAmount();
        totalDiscount = totals.totalDiscount();
        preFreightAmount = totals.preFreightAmount();
        totalTax = totals.totalTax();
        totalAmount = totals.totalAmount();
    }

    public QuoteActivated activate(List<QuoteLine> lines) {
        requireDraft("activate");
        if (lines.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "A quote needs at least one line");
        }
        List<Integer> unpriced = lines.stream().filter(l -> !l.priced()).map(l -> l.lineNumber).toList();
        if (!unpriced.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Lines " + unpriced + " are not priced; reprice or change them before activating",
                    List.of(), Map.of("unpricedLines", unpriced));
        }
        moveTo(QuoteState.ACTIVE, QuoteStatusReason.IN_PROGRESS);
        return new QuoteActivated(UUID.randomUUID(), modifiedAt, data());
    }

    public QuoteRevised closeAsRevised() {
        requireActive("revise");
        moveTo(QuoteState.CLOSED, QuoteStatusReason.REVISED);
        return new QuoteRevised(UUID.randomUUID(), modifiedAt, data());
    }

    public QuoteAccepted win(List<QuoteLine> lines) {
        requireActive("win");
        moveTo(QuoteState.WON, QuoteStatusReason.WON);
        return new QuoteAccepted(UUID.randomUUID(), modifiedAt, data(), lines.stream().map(l -> l.data(currency)).toList());
    }

    /**
     * Closes a draft or active quote with its deal (the deal won or lost, or another quote of it accepted), as
     * Canceled or Lost: nothing stays on offer on a closed deal.
     */
    public QuoteClosed closeWithDeal(QuoteStatusReason reason) {
        if (state != QuoteState.DRAFT && state != QuoteState.ACTIVE) {
            throw ProblemException.illegalTransition("quote", state, "close");
        }
        moveTo(QuoteState.CLOSED, reason);
        return new QuoteClosed(UUID.randomUUID(), modifiedAt, data());
    }

    public QuoteClosed close(QuoteStatusReason reason) {
        requireActive("close");
        if (reason != QuoteStatusReason.LOST && reason != QuoteStatusReason.CANCELED) {
            throw ProblemException.invalid("reason", "must be LOST or CANCELED");
        }
        moveTo(QuoteState.CLOSED, reason);
        return new QuoteClosed(UUID.randomUUID(), modifiedAt, data());
    }

    /** Only a draft can be deleted (Dynamics 365 alike): an offered quote stays on record, closed if need be. */
    public QuoteDeleted discard() {
        requireDraft("delete");
        return new QuoteDeleted(UUID.randomUUID(), now(), data());
    }

    /** Access to a quote is access to its deal (a quote carries its deal's owner and team, and goes with it). */
    public AccessRoot accessRoot() {
        return OpportunityRecordAccess.root(opportunityId, ownerId, owningTeam).as("quote");
    }

    @Override
    public UUID priceListId() {
        return priceListId;
    }

    private void moveTo(QuoteState newState, QuoteStatusReason reason) {
        state = newState;
        statusReason = reason;
        touch();
    }

    public void requireDraft(String action) {
        if (state != QuoteState.DRAFT) {
            throw ProblemException.illegalTransition("quote", state, action);
        }
    }

    public void requireActive(String action) {
        if (state != QuoteState.ACTIVE) {
            throw ProblemException.illegalTransition("quote", state, action);
        }
    }

    public QuoteData data() {
        return new QuoteData(id, quoteNumber, revisionNumber, name, opportunityId,
                customer(), ownerId, owningTeam, priceListId, currency, totals(), state, statusReason, revisedFromId, createdAt, modifiedAt);
    }
}
