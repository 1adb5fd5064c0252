package io.lead2cash.opportunity.api.engagement.timeline;

import io.lead2cash.events.opportunities.RegardingType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A note regarding a record; its file, if any, is at /api/notes/{id}/attachment. */
@Schema(name = "Note")
public record NoteView(UUID id, RegardingType regardingType, UUID regardingId,
        @Schema(nullable = true) UUID regardingOpportunityId, @Schema(nullable = true) String subject,
        @Schema(nullable = true) String text, @Schema(nullable = true) String fileName,
        @Schema(nullable = true, description = "The attachment's content type, as checked against its bytes") String mimeType,
        @Schema(nullable = true) Long fileSize, String ownerId, @Schema(nullable = true) String owningTeam,
        Instant createdAt, Instant modifiedAt, long version) {
}
