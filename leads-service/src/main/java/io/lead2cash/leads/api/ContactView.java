package io.lead2cash.leads.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact as the API shows it. */
@Schema(name = "Contact")
public record ContactView(UUID id, @Schema(nullable = true) String firstName, String lastName,
        @Schema(nullable = true) String email, @Schema(nullable = true) String phone,
        @Schema(nullable = true) String jobTitle, @Schema(nullable = true) UUID accountId,
        @Schema(nullable = true) String street1, @Schema(nullable = true) String street2,
        @Schema(nullable = true) String postalCode, @Schema(nullable = true) String city,
        @Schema(nullable = true) String stateOrProvince, @Schema(nullable = true) String country, String ownerId,
        @Schema(nullable = true) String owningTeam, Instant createdAt, Instant modifiedAt, long version) {
}
