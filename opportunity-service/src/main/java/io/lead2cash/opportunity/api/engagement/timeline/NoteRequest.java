package io.lead2cash.opportunity.api.engagement.timeline;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A note's subject and text (one of them at least); a file is attached afterwards at /api/notes/{id}/attachment. */
@Schema(name = "NoteRequest")
public record NoteRequest(@Size(max = 200) @Schema(example = "Call notes") String subject,
        @Size(max = 100_000) @Schema(example = "Wants delivery before the Lyon office opens") String text) {
}
