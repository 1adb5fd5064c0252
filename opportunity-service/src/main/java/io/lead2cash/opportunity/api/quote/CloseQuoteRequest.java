package io.lead2cash.opportunity.api.quote;

import io.lead2cash.events.opportunities.OpportunityStatusReason;
import io.lead2cash.events.opportunities.QuoteStatusReason;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an active quote is closed, and whether its opportunity is lost with it (Dynamics 365's close-quote dialog). */
@Schema(name = "CloseQuoteRequest")
public record CloseQuoteRequest(
        @NotNull(message = "is required") @Schema(description = "LOST or CANCELED") QuoteStatusReason reason,
        @Schema(description = "Also close the opportunity as lost (default false): only when no other quote of it is "
                + "draft or active, else 409") Boolean closeOpportunity,
        @Schema(description = "How the opportunity is lost when closeOpportunity: CANCELED (default) or OUT_SOLD")
        OpportunityStatusReason opportunityStatusReason) {
}
