package io.lead2cash.opportunity.api.insight;

import io.lead2cash.events.Money;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quota as the API shows it. */
@Schema(name = "Quota")
public record QuotaView(UUID id, @Schema(nullable = true) String ownerId, @Schema(nullable = true) String owningTeam,
        LocalDate periodStart, LocalDate periodEnd, Money amount) {
}
