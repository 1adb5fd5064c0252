package io.lead2cash.opportunity.api.quote;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional name of a generated quote (defaults to the opportunity's topic). */
@Schema(name = "GenerateQuoteRequest")
public record GenerateQuoteRequest(@Size(max = 200) String name) {
}
