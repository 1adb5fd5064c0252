package io.lead2cash.leads.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of qualifying: the lead and the customer records it now belongs to. */
@Schema(name = "Qualification")
public record QualificationView(
        LeadView lead,
        @Schema(nullable = true) UUID accountId,
        boolean accountCreated,
        @Schema(nullable = true) UUID contactId,
        boolean contactCreated,
        @Schema(description = "True when LeadQualified asks the opportunity-service to open an opportunity")
        boolean opportunityRequested) {
}
