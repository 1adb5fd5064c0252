package io.lead2cash.opportunity.api;

import io.lead2cash.events.opportunities.OpportunityStatusReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Closing as lost: canceled, or out-sold (optionally naming the competitor who won). */
@Schema(name = "LoseRequest")
public record LoseRequest(
        @NotNull(message = "is required") @Schema(description = "CANCELED or OUT_SOLD") OpportunityStatusReason reason,
        @Size(max = 200) String winningCompetitor,
        LocalDate closeDate,
        @Size(max = 4000) String description) {
}
