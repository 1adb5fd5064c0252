package io.lead2cash.opportunity.api.access;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user on an opportunity's sales team; members may read and change the opportunity and its quotes. */
@Schema(name = "SalesTeamMember")
public record SalesTeamMemberView(String userId, String role, String addedBy, Instant addedAt) {
}
