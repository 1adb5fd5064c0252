package io.lead2cash.leads.api;

import io.lead2cash.events.leads.LeadStatusReason;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a lead is disqualified. */
@Schema(name = "DisqualifyRequest")
public record DisqualifyRequest(
        @NotNull(message = "is required")
        @Schema(description = "LOST, CANNOT_CONTACT, NO_LONGER_INTERESTED or CANCELED", example = "NO_LONGER_INTERESTED")
        LeadStatusReason reason) {
}
