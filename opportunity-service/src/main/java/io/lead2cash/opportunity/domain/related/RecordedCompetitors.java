package io.lead2cash.opportunity.domain.related;

import io.lead2cash.opportunity.domain.opportunity.CompetitorRegister;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** The recorded competitors as the opportunity subdomain sees them: looked up by id and named on deals. */
@ApplicationScoped
public class RecordedCompetitors implements CompetitorRegister {

    @Inject Outbox outbox;
    @Inject CurrentUser user;

    @Override
    public Optional<String> recordedName(UUID competitorId) {
        return Competitor.<Competitor>findByIdOptional(competitorId).map(c -> c.name);
    }

    /** Names the competitor on the opportunity; subscribers hear of it only when it was not named there yet. */
    @Override
    public void nameOn(UUID opportunityId, UUID competitorId) {
        if (OpportunityCompetitor.name(opportunityId, competitorId, user.id())) {
            outbox.append(OpportunityCompetitor.changed(opportunityId));
        }
    }
}
