package io.lead2cash.events.opportunities;

import java.time.Instant;
import java.util.UUID;

/**
 * A task, phone call or appointment regarding an opportunity as it stands after the event: tasks and calls are due
 * at {@code dueAt}, appointments run from {@code scheduledStart} to {@code scheduledEnd}.
 */
public record ActivityData(
        UUID id,
        ActivityType type,
        UUID regardingOpportunityId,
        String subject,
        String description,
        ActivityPriority priority,
        Instant dueAt,
        Instant scheduledStart,
        Instant scheduledEnd,
        String location,
        CallDirection direction,
        String phoneNumber,
        ActivityState state,
        ActivityStatusReason statusReason,
        Instant actualEnd,
        String ownerId,
        String owningTeam,
        Instant createdAt,
        Instant modifiedAt) {
}
