package io.lead2cash.opportunity.domain.opportunity;

import java.util.Optional;
import java.util.UUID;

/**
 * The competitors the deal subdomain records, as losing an opportunity to one needs them; that subdomain builds
 * on opportunities, hence this port.
 */
public interface CompetitorRegister {

    /** The name of the recorded competitor, or empty when the id names none. */
    Optional<String> recordedName(UUID competitorId);

    /** Names the competitor on the opportunity; naming it again changes nothing. */
    void nameOn(UUID opportunityId, UUID competitorId);
}
