package io.lead2cash.events.opportunities;

import java.time.Instant;

/** A user working the opportunity with its owner, and their role on the deal (they may read and change it). */
public record SalesTeamMemberData(String userId, String role, String addedBy, Instant addedAt) {
}
