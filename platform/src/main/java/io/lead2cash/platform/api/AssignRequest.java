package io.lead2cash.platform.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new owner (a user id, the token subject) and owning team of a record: a lead, account, contact or opportunity. */
@Schema(name = "AssignRequest")
public record AssignRequest(@NotBlank @Size(max = 200) String ownerId, @Size(max = 100) String owningTeam) {
}
