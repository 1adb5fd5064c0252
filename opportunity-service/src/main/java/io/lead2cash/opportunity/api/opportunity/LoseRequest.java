package io.lead2cash.opportunity.api.opportunity;

import io.lead2cash.events.opportunities.OpportunityStatusReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Closing as lost: canceled, or out-sold (optionally naming the competitor who won). */
@Schema(name = "LoseRequest")
public record LoseRequest(
        @NotNull(message = "is required") @Schema(description = "CANCELED or OUT_SOLD") OpportunityStatusReason reason,
        @Schema(description = "The recorded competitor who won; it is named on the opportunity too") UUID winningCompetitorId,
        @Size(max = 200) @Schema(description = "The winner's name, when it is not a recorded competitor") String winningCompetitor,
        LocalDate closeDate,
        @Size(max = 4000) String description,
        @Schema(description = "True: close its draft and active quotes (drafts as Canceled, active ones as Lost) in the "
                + "same step; without it a deal with quotes on offer is not lost (409 listing them)") Boolean closeQuotes) {
}
