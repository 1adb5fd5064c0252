package io.lead2cash.leads.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as the API shows it. */
@Schema(name = "Account")
public record AccountView(UUID id, String name, @Schema(nullable = true) String email,
        @Schema(nullable = true) String phone, @Schema(nullable = true) String website,
        @Schema(nullable = true) String industry, @Schema(nullable = true) String street1,
        @Schema(nullable = true) String street2, @Schema(nullable = true) String postalCode,
        @Schema(nullable = true) String city, @Schema(nullable = true) String stateOrProvince,
        @Schema(nullable = true) String country, @Schema(nullable = true) UUID primaryContactId, String ownerId,
        @Schema(nullable = true) String owningTeam, Instant createdAt, Instant modifiedAt, long version) {
}
