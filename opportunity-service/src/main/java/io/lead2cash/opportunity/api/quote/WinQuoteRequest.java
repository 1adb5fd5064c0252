package io.lead2cash.opportunity.api.quote;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Accepting a quote: whether the deal's other draft and active quotes are closed with it. */
@Schema(name = "WinQuoteRequest")
public record WinQuoteRequest(
        @Schema(description = "True: close the opportunity's other draft and active quotes (drafts as Canceled, active "
                + "ones as Lost) in the same step; without it a deal with other quotes on offer is not won (409 listing "
                + "them)") Boolean closeQuotes) {
}
