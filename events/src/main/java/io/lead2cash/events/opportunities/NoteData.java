package io.lead2cash.events.opportunities;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.util.UUID;

/** A note regarding a record as it stands after the event: its text and what is known of its attachment (not the bytes). */
public record NoteData(
        UUID id,
        RegardingType regardingType,
        UUID regardingId,
        @JsonPropertyDescription("The deal it belongs to: the opportunity regarded, or the one of the quote, order or invoice")
        UUID regardingOpportunityId,
        String subject,
        String text,
        @JsonPropertyDescription("The attachment's file name; absent without one")
        String fileName,
        @JsonPropertyDescription("The attachment's content type, as checked against its bytes")
        String mimeType,
        @JsonPropertyDescription("The attachment's size in bytes")
        Long fileSize,
        String ownerId,
        String owningTeam,
        Instant createdAt,
        Instant modifiedAt) {
}
