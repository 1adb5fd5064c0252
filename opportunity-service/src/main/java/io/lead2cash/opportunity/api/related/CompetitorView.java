package io.lead2cash.opportunity.api.related;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A competitor with what it does well and badly. */
@Schema(name = "Competitor")
public record CompetitorView(UUID id, String name, @Schema(nullable = true) String website,
        @Schema(nullable = true) String strengths, @Schema(nullable = true) String weaknesses, Instant createdAt,
        Instant modifiedAt, long version) {
}
