package io.lead2cash.leads.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as the API shows it. */
@Schema(name = "Account")
public record AccountView(UUID id, String name, String email, String phone, String website, String industry, String city,
        String country, UUID primaryContactId, String ownerId, String owningTeam, Instant createdAt, Instant modifiedAt,
        long version) {
}
