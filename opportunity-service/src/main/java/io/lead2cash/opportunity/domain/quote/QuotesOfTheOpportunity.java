package io.lead2cash.opportunity.domain.quote;

import io.lead2cash.events.opportunities.QuoteState;
import io.lead2cash.events.opportunities.QuoteStatusReason;
import io.lead2cash.opportunity.domain.access.OpportunityAssigned;
import io.lead2cash.opportunity.domain.opportunity.OpportunityQuotes;
import io.lead2cash.platform.domain.Records;
import io.lead2cash.platform.outbox.Outbox;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The deal's side of its quotes: whether it has any (its currency is fixed then), which are still on offer (it closes
 * only with them settled), closing them with it, and taking them along when it changes hands.
 */
@ApplicationScoped
public class QuotesOfTheOpportunity implements OpportunityQuotes {

    @Inject Outbox outbox;

    @Override
    public boolean any(UUID opportunityId) {
        return Records.exists(Quote.class, "opportunityId = ?1", opportunityId);
    }

    @Override
    public List<OpenQuote> open(UUID opportunityId, UUID except) {
        return openQuotes(opportunityId, except).stream()
                .map(q -> new OpenQuote(q.id, q.quoteNumber, q.revisionNumber, q.state)).toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeWithDeal(UUID opportunityId, UUID except, boolean anotherQuoteWon, boolean dealLost) {
        for (Quote quote : openQuotes(opportunityId, except)) {
            QuoteStatusReason reason = quote.state == QuoteState.ACTIVE && (anotherQuoteWon || dealLost)
                    ? QuoteStatusReason.LOST : QuoteStatusReason.CANCELED;
            outbox.append(quote.closeWithDeal(reason));
        }
        Quote.flush();
    }

    private static List<Quote> openQuotes(UUID opportunityId, UUID except) {
        return Quote.<Quote>list("opportunityId = ?1 and state in ?2 order by createdAt, id", opportunityId,
                List.of(QuoteState.DRAFT, QuoteState.ACTIVE)).stream().filter(q -> !q.id.equals(except)).toList();
    }

    /** A deal's quotes go with it, whatever their state (Dynamics' parental cascade), so access to them follows it. */
    void dealAssigned(@Observes @Priority(OpportunityAssigned.QUOTES) OpportunityAssigned deal) {
        for (Quote quote : Quote.<Quote>list("opportunityId = ?1 and (ownerId <> ?2 or owningTeam is distinct from ?3)",
                deal.opportunityId(), deal.ownerId(), deal.owningTeam())) {
            outbox.append(quote.assign(deal.ownerId(), deal.owningTeam()));
        }
    }
}
