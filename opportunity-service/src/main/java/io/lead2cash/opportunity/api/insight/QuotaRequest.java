package io.lead2cash.opportunity.api.insight;

import io.lead2cash.events.Money;
import io.lead2cash.platform.validation.ValidMoney;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quota for an owner or a team (not both) and a period. */
@Schema(name = "QuotaRequest")
public record QuotaRequest(
        @Size(max = 200) String ownerId,
        @Size(max = 100) String owningTeam,
        @NotNull(message = "is required") LocalDate periodStart,
        @NotNull(message = "is required") LocalDate periodEnd,
        @NotNull(message = "is required") @ValidMoney Money amount) {
}
