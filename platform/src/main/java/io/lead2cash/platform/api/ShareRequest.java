package io.lead2cash.platform.api;

import io.lead2cash.events.ShareAccess;
import io.lead2cash.events.SharePrincipalType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Share a record (an opportunity and its quotes, a lead, an account, a contact) with a user or a team. */
@Schema(name = "ShareRequest")
public record ShareRequest(
        @NotNull(message = "is required") @Schema(description = "USER or TEAM") SharePrincipalType principalType,
        @NotBlank @Size(max = 200) @Schema(description = "The user id (token subject) or team name") String principalId,
        @NotNull(message = "is required") @Schema(description = "READ or READ_WRITE") ShareAccess access) {
}
