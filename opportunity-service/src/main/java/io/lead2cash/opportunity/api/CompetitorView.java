package io.lead2cash.opportunity.api;

import io.lead2cash.opportunity.domain.Competitor;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A competitor with what it does well and badly. */
@Schema(name = "Competitor")
public record CompetitorView(UUID id, String name, String website, String strengths, String weaknesses, Instant createdAt,
        Instant modifiedAt, long version) {

    static CompetitorView of(Competitor c) {
        return new CompetitorView(c.id, c.name, c.website, c.strengths, c.weaknesses, c.createdAt, c.modifiedAt, c.version);
    }
}
