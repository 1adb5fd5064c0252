package io.lead2cash.events.opportunities;

import java.time.Instant;
import java.util.UUID;

/** A contact of the customer who takes part in the buying decision, with the part they play. */
public record StakeholderData(UUID id, UUID contactId, String contactName, StakeholderRole role, String description,
        String addedBy, Instant addedAt) {
}
