package io.lead2cash.opportunity.api.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user's role on an opportunity's sales team. */
@Schema(name = "SalesTeamRoleRequest")
public record SalesTeamRoleRequest(
        @NotBlank @Size(max = 100) @Schema(description = "e.g. Technical sales professional, Account manager") String role) {
}
