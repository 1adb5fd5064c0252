package io.lead2cash.opportunity.api.related;

import io.lead2cash.events.opportunities.SalesLiteratureType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sales literature with its documents. */
@Schema(name = "SalesLiterature")
public record SalesLiteratureView(UUID id, String name, SalesLiteratureType type,
        @Schema(nullable = true) String subject, @Schema(nullable = true) String description,
        @Schema(nullable = true) LocalDate expirationDate, List<SalesLiteratureRequest.Document> documents,
        Instant createdAt, Instant modifiedAt, long version) {
}
