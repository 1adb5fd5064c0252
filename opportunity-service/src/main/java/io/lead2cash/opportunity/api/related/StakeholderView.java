package io.lead2cash.opportunity.api.related;

import io.lead2cash.events.opportunities.StakeholderRole;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stakeholder of an opportunity. */
@Schema(name = "Stakeholder")
public record StakeholderView(UUID id, UUID contactId, String contactName, StakeholderRole role,
        @Schema(nullable = true) String description, String addedBy, Instant addedAt) {
}
