package io.lead2cash.opportunity.domain;

import io.lead2cash.events.opportunities.OpportunityState;
import io.lead2cash.events.opportunities.QuoteState;
import io.lead2cash.events.opportunities.QuoteStatusReason;
import io.lead2cash.platform.api.ETags;
import io.lead2cash.platform.api.Filter;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Quotes of opportunities: generate, edit drafts, activate, revise, win (QuoteAccepted) and close. */
@ApplicationScoped
public class QuoteService {

    private final Outbox outbox;
    private final OpportunityService opportunities;
    private final EntityManager entityManager;
    private final RecordAccess access;

    QuoteService(Outbox outbox, OpportunityService opportunities, EntityManager entityManager, RecordAccess access) {
        this.outbox = outbox;
        this.opportunities = opportunities;
        this.entityManager = entityManager;
        this.access = access;
    }

    public PanacheQuery<Quote> search(UUID opportunityId, QuoteState state, Sort sort) {
        Filter filter = access.visible(Filter.where().eq("opportunityId", opportunityId).eq("state", state), "opportunityId");
        return Quote.find(filter.query(), sort, filter.parameters());
    }

    /** The quote, if the caller may see it (as its opportunity: owner, team, shared, manager). */
    public Quote get(UUID id) {
        Quote quote = find(id);
        access.checkRead(quote.opportunityId, quote.ownerId, quote.owningTeam, "quote");
        return quote;
    }

    private Quote getForChange(UUID id) {
        Quote quote = find(id);
        access.checkWrite(quote.opportunityId, quote.ownerId, quote.owningTeam, "quote");
        return quote;
    }

    private static Quote find(UUID id) {
        Quote quote = Quote.findById(id);
        if (quote == null) {
            throw ProblemException.notFound("quote", id);
        }
        return quote;
    }

    public List<QuoteLine> lines(UUID quoteId) {
        get(quoteId);
        return linesOf(quoteId);
    }

    public QuoteLine line(UUID quoteId, UUID lineId) {
        get(quoteId);
        QuoteLine line = QuoteLine.findById(lineId);
        if (line == null || !line.quoteId.equals(quoteId)) {
            throw ProblemException.notFound("line on quote " + quoteId, lineId);
        }
        return line;
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
        quote.persist();
        List<QuoteLine> lines = OpportunityLine.<OpportunityLine>list("opportunityId = ?1 order by lineNumber", opportunityId)
                .stream().map(l -> QuoteLine.create(quote.id, l.lineNumber, l.details())).toList();
        lines.forEach(l -> l.persist());
        opportunities.price(quote.priceListId, quote.currency, quote.currencyDigits(), lines);
        quote.total(lines);
        outbox.append(quote.created());
        return quote;
    }

    @Transactional
    public Quote changeHeader(UUID id, String ifMatch, String name, BigDecimal percentage, BigDecimal amount, BigDecimal freight) {
        Quote quote = getForChange(id);
        ETags.requireMatch(ifMatch, quote.version);
        quote.changeHeader(name, percentage, amount, freight);
        quote.total(linesOf(id));
        Quote.flush();
        return quote;
    }

    @Transactional
    public QuoteLine addLine(UUID quoteId, PricedLine.Details details) {
        Quote quote = getForChange(quoteId);
        quote.requireDraft("change the lines of");
        OpportunityService.checkLine(details);
        List<QuoteLine> lines = linesOf(quoteId);
        QuoteLine line = QuoteLine.create(quoteId, lines.isEmpty() ? 1 : lines.get(lines.size() - 1).lineNumber + 1, details);
        line.persist();
        opportunities.price(quote.priceListId, quote.currency, quote.currencyDigits(), List.of(line));
        quote.total(linesOf(quoteId));
        return line;
    }

    @Transactional
    public QuoteLine updateLine(UUID quoteId, UUID lineId, String ifMatch, PricedLine.Details details) {
        Quote quote = getForChange(quoteId);
        quote.requireDraft("change the lines of");
        QuoteLine line = line(quoteId, lineId);
        ETags.requireMatch(ifMatch, line.version);
        OpportunityService.checkLine(details);
        line.change(details);
        opportunities.price(quote.priceListId, quote.currency, quote.currencyDigits(), List.of(line));
        quote.total(linesOf(quoteId));
        QuoteLine.flush();
        return line;
    }

    @Transactional
    public void removeLine(UUID quoteId, UUID lineId, String ifMatch) {
        Quote quote = getForChange(quoteId);
        quote.requireDraft("change the lines of");
        QuoteLine line = line(quoteId, lineId);
        ETags.checkIfGiven(ifMatch, line.version);
        line.delete();
        QuoteLine.flush();
        quote.total(linesOf(quoteId));
    }

    @Transactional
    public Quote reprice(UUID quoteId) {
        Quote quote = getForChange(quoteId);
        quote.requireDraft("reprice");
        List<QuoteLine> lines = linesOf(quoteId);
        opportunities.price(quote.priceListId, quote.currency, quote.currencyDigits(), lines);
        quote.total(lines);
        return quote;
    }

    @Transactional
    public Quote activate(UUID id, String ifMatch) {
        Quote quote = forAction(id, ifMatch);
        outbox.append(quote.activate(linesOf(id)));
        Quote.flush();
        return quote;
    }

    /** Closes an active quote as Revised and returns its next revision, a draft with the same lines repriced. */
    @Transactional
    public Quote revise(UUID id, String ifMatch) {
        Quote quote = forAction(id, ifMatch);
        Opportunity opportunity = Opportunity.findById(quote.opportunityId);
        outbox.append(quote.closeAsRevised());
        Quote next = quote.nextRevision(opportunity);
        next.persist();
        List<QuoteLine> lines = linesOf(id).stream().map(l -> QuoteLine.create(next.id, l.lineNumber, l.details())).toList();
        lines.forEach(l -> l.persist());
        opportunities.price(next.priceListId, next.currency, next.currencyDigits(), lines);
        next.total(lines);
        outbox.append(next.created());
        return next;
    }

    /**
     * The customer accepted the quote: it is Won, QuoteAccepted carries it to billing, and its opportunity is
     * won with the quote's total as actual revenue. Only one quote of an opportunity can be won.
     */
    @Transactional
    public Quote win(UUID id, String ifMatch) {
        Quote quote = forAction(id, ifMatch);
        Opportunity opportunity = Opportunity.findById(quote.opportunityId);
        if (opportunity.state != OpportunityState.OPEN) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "Opportunity " + opportunity.id + " is "
                    + opportunity.state + ": only one quote of an opportunity can be won", List.of(),
                    java.util.Map.of("state", opportunity.state.name(), "action", "win"));
        }
        outbox.append(quote.win(linesOf(id)));
        outbox.append(opportunity.win(quote.totalAmount, null,
                "Quote " + quote.quoteNumber + " revision " + quote.revisionNumber + " accepted"));
        Quote.flush();
        return quote;
    }

    @Transactional
    public Quote close(UUID id, String ifMatch, QuoteStatusReason reason) {
        Quote quote = forAction(id, ifMatch);
        outbox.append(quote.close(reason));
        Quote.flush();
        return quote;
    }

    private Quote forAction(UUID id, String ifMatch) {
        Quote quote = getForChange(id);
        ETags.checkIfGiven(ifMatch, quote.version);
        return quote;
    }

    private static List<QuoteLine> linesOf(UUID quoteId) {
        return QuoteLine.list("quoteId = ?1 order by lineNumber", quoteId);
    }
}
