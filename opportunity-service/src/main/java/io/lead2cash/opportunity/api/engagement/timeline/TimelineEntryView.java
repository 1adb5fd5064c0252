package io.lead2cash.opportunity.api.engagement.timeline;

import io.lead2cash.events.opportunities.ActivityState;
import io.lead2cash.events.opportunities.ActivityStatusReason;
import io.lead2cash.events.opportunities.ActivityType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a record's timeline: an activity (read it at /api/activities/{id}) or a note (/api/notes/{id}). */
@Schema(name = "TimelineEntry")
public record TimelineEntryView(UUID id,
        @Schema(description = "ACTIVITY or NOTE", enumeration = {"ACTIVITY", "NOTE"}) String kind,
        @Schema(nullable = true, description = "An activity's type") ActivityType activityType,
        @Schema(nullable = true) String subject,
        @Schema(nullable = true, description = "An activity's description or a note's text") String body,
        @Schema(nullable = true) ActivityState state, @Schema(nullable = true) ActivityStatusReason statusReason,
        @Schema(nullable = true, description = "A note's attached file") String fileName,
        @Schema(nullable = true) String mimeType, @Schema(nullable = true) Long fileSize,
        String ownerId, @Schema(nullable = true) String owningTeam, Instant createdAt, Instant modifiedAt) {
}
