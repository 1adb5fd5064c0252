package io.lead2cash.opportunity.domain.quote;

import io.lead2cash.opportunity.domain.opportunity.Quoting;
import io.lead2cash.platform.domain.Records;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Tells the opportunity subdomain whether an opportunity was quoted (it may then leave the Propose stage). */
@ApplicationScoped
public class QuotedOpportunities implements Quoting {

    @Override
    public boolean quoted(UUID opportunityId) {
        return Records.exists(Quote.class, "opportunityId = ?1", opportunityId);
    }
}
