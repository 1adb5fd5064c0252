package io.lead2cash.opportunity.api.opportunity;

import io.lead2cash.events.opportunities.SalesStage;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sales stage to move an opportunity to: the next one (Dynamics 365's "Next Stage"), a later or an earlier one. */
@Schema(name = "StageMoveRequest")
public record StageMoveRequest(@NotNull(message = "is required") SalesStage stage) {
}
