package io.lead2cash.leads.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact as the API shows it. */
@Schema(name = "Contact")
public record ContactView(UUID id, String firstName, String lastName, String email, String phone, String jobTitle,
        UUID accountId, String ownerId, String owningTeam, Instant createdAt, Instant modifiedAt, long version) {
}
