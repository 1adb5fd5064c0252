package io.lead2cash.events.opportunities;

import java.time.Instant;
import java.util.UUID;

/** A company competing for the customer's business, with what it does well and badly. */
public record CompetitorData(UUID id, String name, String website, String strengths, String weaknesses,
        Instant createdAt, Instant modifiedAt) {
}
