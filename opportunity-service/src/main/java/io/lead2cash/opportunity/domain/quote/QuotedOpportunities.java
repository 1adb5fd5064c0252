package io.lead2cash.opportunity.domain.quote;

import io.lead2cash.opportunity.domain.opportunity.Quoting;
import io.lead2cash.platform.domain.Records;
import jakarta.enterprise.context.ApplicationScoped;
import io.lead2cash.events.opportunities.QuoteState;
import java.util.List;
import java.util.UUID;

/** Tells the opportunity subdomain whether an opportunity has a live quote (it may then reach the Close stage). */
@ApplicationScoped
public class QuotedOpportunities implements Quoting {

    @Override
    public boolean hasActiveOrWonQuote(UUID opportunityId) {
        return Records.exists(Quote.class, "opportunityId = ?1 and state in ?2", opportunityId,
                List.of(QuoteState.ACTIVE, QuoteState.WON));
    }
}
