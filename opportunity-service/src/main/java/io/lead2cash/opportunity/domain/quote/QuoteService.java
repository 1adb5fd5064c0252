package io.lead2cash.opportunity.domain.quote;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.opportunities.OpportunityState;
import io.lead2cash.events.opportunities.OpportunityStatusReason;
import io.lead2cash.events.opportunities.QuoteState;
import io.lead2cash.events.opportunities.QuoteStatusReason;
import io.lead2cash.opportunity.domain.access.OpportunityRecordAccess;
import io.lead2cash.opportunity.domain.line.LinePricer;
import io.lead2cash.opportunity.domain.line.PricedLine;
import io.lead2cash.opportunity.domain.opportunity.Opportunity;
import io.lead2cash.opportunity.domain.opportunity.OpportunityQuotes;
import io.lead2cash.opportunity.domain.opportunity.OpportunityLines;
import io.lead2cash.opportunity.domain.opportunity.OpportunityService;
import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.domain.PricingPrivilege;
import io.lead2cash.platform.domain.Records;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.lead2cash.platform.query.Filter;
import io.lead2cash.platform.query.Listing;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Quotes of opportunities: generate, change a draft's header, activate, revise, win (QuoteAccepted), close and delete
 * a draft. What the deal asks of its quotes is {@link QuotesOfTheOpportunity}.
 */
@ApplicationScoped
public class QuoteService {

    @Inject Outbox outbox;
    @Inject OpportunityService opportunities;
    @Inject EntityManager entityManager;
    @Inject OpportunityRecordAccess access;
    @Inject LinePricer pricer;
    @Inject Event<QuoteDiscarded> discarded;
    @Inject PricingPrivilege privilege;
    @Inject QuotesOfTheOpportunity ofTheDeal;

    public Listing<Quote> search(UUID opportunityId, QuoteState state, Sort sort) {
        Filter filter = access.visible(Filter.where().eq("opportunityId", opportunityId).eq("state", state), Quote.class,
                "opportunityId");
        return filter.listing(Quote.class, sort);
    }

    /** The quote, if the caller may see it (as its opportunity: owner, team, shared, manager). */
    public Quote get(UUID id) {
        Quote quote = find(id);
        access.checkRead(quote.accessRoot());
        return quote;
    }

    Quote getForChange(UUID id) {
        Quote quote = find(id);
        access.checkWrite(quote.accessRoot());
        return quote;
    }

    private static Quote find(UUID id) {
        return Quote.<Quote>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("quote", id));
    }

    /** A draft quote from an open opportunity: customer, price list, currency and lines copied, lines priced. */
    @Transactional
    public Quote generate(UUID opportunityId, String name) {
        Opportunity opportunity = opportunities.getForChange(opportunityId);
        if (opportunity.state != OpportunityState.OPEN) {
            throw ProblemException.illegalTransition("opportunity", opportunity.state, "quote");
        }
        Number next = (Number) entityManager.createNativeQuery("SELECT nextval('quote_number_seq')").getSingleResult();
        Quote quote = Quote.draftFor(opportunity, String.format("QUO-%06d", next.longValue()), 0,
                name == null || name.isBlank() ? opportunity.topic : name);
        return draft(quote, OpportunityLines.of(opportunityId));
    }

    @Transactional
    public Quote changeHeader(UUID id, ExpectedVersion expected, String name, BigDecimal percentage, BigDecimal amount,
            BigDecimal freight) {
        Quote quote = getForChange(id);
        quote.checkVersion(expected);
        openDeal(quote, "edit quotes of");
        BigDecimal discountBefore = quote.totalDiscount;
        BigDecimal detailBefore = quote.detailAmount;
        quote.changeHeader(name, percentage, amount, freight);
        quote.totalWithNewHeader(QuoteLines.of(id));
        privilege.checkHeaderDiscount(amount != null ? "discountAmount" : "discountPercentage", quote.totalDiscount,
                quote.detailAmount, discountBefore, detailBefore);
        Quote.flush();
        return quote;
    }

    @Transactional
    public Quote activate(UUID id, ExpectedVersion expected) {
        Quote quote = forAction(id, expected);
        openDeal(quote, "activate quotes of");
        return record(quote, q -> q.activate(QuoteLines.of(id)));
    }

    /** Closes an active quote as Revised and returns its next revision, a draft with the same lines repriced. */
    @Transactional
    public Quote revise(UUID id, ExpectedVersion expected) {
        Quote quote = forAction(id, expected);
        Opportunity opportunity = openDeal(quote, "revise quotes of");
        outbox.append(quote.closeAsRevised());
        return draft(quote.nextRevision(opportunity), QuoteLines.of(id));
    }

    /**
     * The quote's deal, if it is open: the quotes of a won or lost deal are not activated, revised or edited until it
     * is reopened (409).
     */
    static Opportunity openDeal(Quote quote, String action) {
        Opportunity opportunity = Opportunity.findById(quote.opportunityId);
        opportunity.requireOpen(action);
        return opportunity;
    }

    /**
     * The customer accepted the quote: it is Won, QuoteAccepted carries it to billing, and its opportunity is
     * won with the quote's total as actual revenue. Only one quote of an opportunity can be won, in the deal's
     * currency; the deal's other draft or active quotes are closed with it when {@code closeQuotes} says so (409
     * listing them otherwise), as Dynamics 365 closes a won deal's other quotes.
     */
    @Transactional
    public Quote win(UUID id, ExpectedVersion expected, boolean closeQuotes) {
        Quote quote = forAction(id, expected);
        Opportunity opportunity = Opportunity.findById(quote.opportunityId);
        if (opportunity.state != OpportunityState.OPEN) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "Opportunity " + opportunity.id + " is "
                    + opportunity.state + ": only one quote of an opportunity can be won", List.of(),
                    Map.of("state", opportunity.state.name(), "action", "win"));
        }
        if (!quote.currency.equals(opportunity.currency)) {
            throw new ProblemException(ProblemType.CONFLICT, "Quote " + quote.quoteNumber + " is in " + quote.currency
                    + " and its opportunity in " + opportunity.currency + ": one currency per sale, so it cannot win it");
        }
        quote.requireActive("win");
        Quote won = Quote.find("opportunityId = ?1 and state = ?2", opportunity.id, QuoteState.WON).firstResult();
        if (won != null) {
            throw new ProblemException(ProblemType.CONFLICT, "Quote " + won.quoteNumber + " revision " + won.revisionNumber
                    + " won opportunity " + opportunity.id + " already: one quote per opportunity is accepted");
        }
        List<OpportunityQuotes.OpenQuote> others = ofTheDeal.open(opportunity.id, id);
        if (!others.isEmpty()) {
            if (!closeQuotes) {
                throw OpportunityService.openQuotes(opportunity, others, "win the quote");
            }
            ofTheDeal.closeWithDeal(opportunity.id, id, true, false);
        }
        outbox.append(quote.win(QuoteLines.of(id)));
        outbox.appendChange(opportunity, opportunity.win(quote.totalAmount, null,
                "Quote " + quote.quoteNumber + " revision " + quote.revisionNumber + " accepted"));
        return quote;
    }

    /**
     * Deletes a draft, its lines and what regards it (its activities and notes, each deleted with its event), and
     * says so (QuoteDeleted); an active, won or closed quote stays (409).
     */
    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        Quote quote = forAction(id, expected);
        outbox.append(quote.discard());
        discarded.fire(new QuoteDiscarded(id));
        QuoteLine.delete("quoteId", id);
        quote.delete();
    }

    /**
     * A closed quote, and whether its opportunity may now be closed too: no other quote of it is draft or active and
     * it is still open (Dynamics 365 offers to close the opportunity then).
     */
    public record Closing(Quote quote, boolean opportunityMayClose) {
    }

    /**
     * Closes an active quote as lost or canceled; with {@code closeOpportunity} (the last open quote only, else 409)
     * its opportunity is lost in the same transaction, with {@code opportunityReason} (CANCELED unless OUT_SOLD).
     */
    @Transactional
    public Closing close(UUID id, ExpectedVersion expected, QuoteStatusReason reason, boolean closeOpportunity,
            OpportunityStatusReason opportunityReason) {
        Quote quote = record(forAction(id, expected), q -> q.close(reason));
        boolean othersOpen = Records.exists(Quote.class, "opportunityId = ?1 and id <> ?2 and state in ?3",
                quote.opportunityId, id, List.of(QuoteState.DRAFT, QuoteState.ACTIVE));
        Opportunity opportunity = Opportunity.findById(quote.opportunityId);
        if (!closeOpportunity) {
            return new Closing(quote, !othersOpen && opportunity.state == OpportunityState.OPEN);
        }
        if (othersOpen) {
            throw new ProblemException(ProblemType.CONFLICT, "Other quotes of opportunity " + opportunity.id + " are still "
                    + "draft or active: close or delete them first, or lose the opportunity itself");
        }
        opportunities.lose(opportunity.id, ExpectedVersion.ANY,
                opportunityReason == null ? OpportunityStatusReason.CANCELED : opportunityReason, null, null, null,
                "Quote " + quote.quoteNumber + " revision " + quote.revisionNumber + " closed as " + reason, false);
        return new Closing(quote, false);
    }

    /**
     * Saves a new draft with copies of the given lines, priced on its own terms. A revision whose lines now come to
     * less than the header discount it keeps is refused (409), or, when the catalog could not price them, answered 503.
     */
    private Quote draft(Quote quote, List<? extends PricedLine> copied) {
        quote.persist();
        List<QuoteLine> lines = copied.stream().map(l -> QuoteLine.create(quote.id, l.lineNumber, l.details())).toList();
        lines.forEach(l -> l.persist());
        pricer.price(quote, lines);
        try {
            quote.total(lines);
        } catch (ProblemException e) {
            if (lines.stream().anyMatch(l -> PricedLine.CATALOG_UNAVAILABLE.equals(l.pricingError))) {
                throw new ProblemException(ProblemType.UNAVAILABLE, "The catalog cannot price the revision's lines now, "
                        + "and its discount must stay within them; nothing was changed, retry later")
                        .withHeader("Retry-After", "2");
            }
            throw e;
        }
        outbox.append(quote.created());
        return quote;
    }

    private Quote forAction(UUID id, ExpectedVersion expected) {
        Quote quote = getForChange(id);
        quote.checkVersion(expected);
        return quote;
    }

    /** Applies a change to the quote and publishes the event it returns. */
    private Quote record(Quote quote, Function<Quote, BusinessEvent> change) {
        outbox.appendChange(quote, change.apply(quote));
        return quote;
    }
}
