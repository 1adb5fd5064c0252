package io.lead2cash.opportunity.api.activity;

import io.lead2cash.events.opportunities.ActivityPriority;
import io.lead2cash.events.opportunities.ActivityState;
import io.lead2cash.events.opportunities.ActivityStatusReason;
import io.lead2cash.events.opportunities.ActivityType;
import io.lead2cash.events.opportunities.CallDirection;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A task, phone call or appointment regarding an opportunity. */
@Schema(name = "Activity")
public record ActivityView(UUID id, ActivityType type, UUID regardingOpportunityId, String subject, String description,
        ActivityPriority priority, Instant dueAt, Instant scheduledStart, Instant scheduledEnd, String location,
        CallDirection direction, String phoneNumber, ActivityState state, ActivityStatusReason statusReason,
        Instant actualEnd, String ownerId, String owningTeam, Instant createdAt, Instant modifiedAt, long version) {
}
