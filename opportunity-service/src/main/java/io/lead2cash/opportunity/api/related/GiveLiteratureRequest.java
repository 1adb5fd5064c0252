package io.lead2cash.opportunity.api.related;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which sales literature was given to the customer. */
@Schema(name = "GiveLiteratureRequest")
public record GiveLiteratureRequest(@NotNull(message = "is required") UUID literatureId) {
}
