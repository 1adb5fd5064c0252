package io.lead2cash.opportunity.api.related;

import io.lead2cash.events.opportunities.StakeholderRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact of the customer who takes part in the decision, and the part they play. */
@Schema(name = "StakeholderRequest")
public record StakeholderRequest(
        @NotNull(message = "is required") @Schema(description = "The contact's id in the leads-service") UUID contactId,
        @NotBlank @Size(max = 300) @Schema(description = "The contact's name as it should appear on the deal") String contactName,
        @NotNull(message = "is required") StakeholderRole role,
        @Size(max = 4000) String description) {
}
