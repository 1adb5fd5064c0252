package io.lead2cash.opportunity.api.engagement.activity;

import io.lead2cash.events.opportunities.ActivityPriority;
import io.lead2cash.events.opportunities.ActivityState;
import io.lead2cash.events.opportunities.ActivityStatusReason;
import io.lead2cash.events.opportunities.ActivityType;
import io.lead2cash.events.opportunities.CallDirection;
import io.lead2cash.events.opportunities.RegardingType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A task, phone call, appointment or logged e-mail regarding a record. */
@Schema(name = "Activity")
public record ActivityView(UUID id, ActivityType type, RegardingType regardingType, UUID regardingId,
        @Schema(nullable = true, description = "The deal it belongs to; none for leads, accounts and contacts")
        UUID regardingOpportunityId, String subject,
        @Schema(nullable = true) String description, ActivityPriority priority, @Schema(nullable = true) Instant dueAt,
        @Schema(nullable = true) Instant scheduledStart, @Schema(nullable = true) Instant scheduledEnd,
        @Schema(nullable = true) String location, @Schema(nullable = true) CallDirection direction,
        @Schema(nullable = true) String phoneNumber, @Schema(nullable = true) String fromAddress,
        @Schema(nullable = true) String toAddresses, ActivityState state, ActivityStatusReason statusReason,
        @Schema(nullable = true) Instant actualEnd, String ownerId, @Schema(nullable = true) String owningTeam,
        Instant createdAt, Instant modifiedAt, long version) {
}
