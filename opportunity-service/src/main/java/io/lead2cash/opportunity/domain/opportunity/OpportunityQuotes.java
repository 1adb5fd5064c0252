package io.lead2cash.opportunity.domain.opportunity;

import io.lead2cash.events.opportunities.QuoteState;
import java.util.List;
import java.util.UUID;

/**
 * The quotes of a deal, as the opportunity's own rules need them (one currency per sale; a deal closes only with its
 * offers settled). The quote subdomain builds on opportunities, so they reach it through this port.
 */
public interface OpportunityQuotes {

    /** A draft or active quote of a deal, as a refusal to close the deal lists it. */
    record OpenQuote(UUID id, String quoteNumber, int revisionNumber, QuoteState state) {
    }

    /** Whether the deal has any quote at all, whatever its state: its currency is fixed then. */
    boolean any(UUID opportunityId);

    /** The deal's draft and active quotes but {@code except} (may be null), oldest first. */
    List<OpenQuote> open(UUID opportunityId, UUID except);

    /**
     * Closes them with the deal, in the caller's transaction (QuoteClosed each): drafts as Canceled; active ones as
     * Lost when the deal is lost or another quote won it, as Canceled when the deal is won without them.
     */
    void closeWithDeal(UUID opportunityId, UUID except, boolean anotherQuoteWon, boolean dealLost);
}
