package io.lead2cash.opportunity.api;

import io.lead2cash.events.opportunities.StakeholderRole;
import io.lead2cash.opportunity.domain.Stakeholder;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stakeholder of an opportunity. */
@Schema(name = "Stakeholder")
public record StakeholderView(UUID id, UUID contactId, String contactName, StakeholderRole role, String description,
        String addedBy, Instant addedAt) {

    static StakeholderView of(Stakeholder s) {
        return new StakeholderView(s.id, s.contactId, s.contactName, s.role, s.description, s.addedBy, s.addedAt);
    }
}
