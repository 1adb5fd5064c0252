package io.lead2cash.opportunity.api.quote;

import io.lead2cash.events.opportunities.QuoteStatusReason;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an active quote is closed. */
@Schema(name = "CloseQuoteRequest")
public record CloseQuoteRequest(@NotNull(message = "is required") @Schema(description = "LOST or CANCELED") QuoteStatusReason reason) {
}
