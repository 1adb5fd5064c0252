package io.lead2cash.events.opportunities;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.util.UUID;

/**
 * A task, phone call, appointment or logged e-mail regarding a record as it stands after the event: tasks and calls
 * are due at {@code dueAt}, appointments run from {@code scheduledStart} to {@code scheduledEnd}.
 */
public record ActivityData(
        UUID id,
        ActivityType type,
        @JsonPropertyDescription("The kind of record it regards")
        RegardingType regardingType,
        @JsonPropertyDescription("The record it regards")
        UUID regardingId,
        @JsonPropertyDescription("The deal it belongs to: the opportunity regarded, or the one of the quote, order or invoice")
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
        @JsonPropertyDescription("A logged e-mail's sender")
        String fromAddress,
        @JsonPropertyDescription("A logged e-mail's recipients, separated by semicolons")
        String toAddresses,
        ActivityState state,
        ActivityStatusReason statusReason,
        Instant actualEnd,
        String ownerId,
        String owningTeam,
        Instant createdAt,
        Instant modifiedAt) {
}
