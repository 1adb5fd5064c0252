package io.lead2cash.leads.api;

import io.lead2cash.events.Money;
import io.lead2cash.events.leads.LeadState;
import io.lead2cash.events.leads.LeadStatusReason;
import io.lead2cash.events.Rating;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lead as the API shows it. */
@Schema(name = "Lead")
public record LeadView(
        UUID id,
        String topic,
        @Schema(nullable = true) String firstName,
        String lastName,
        @Schema(nullable = true) String companyName,
        @Schema(nullable = true) String email,
        @Schema(nullable = true) String phone,
        @Schema(nullable = true) String jobTitle,
        @Schema(nullable = true) String street1,
        @Schema(nullable = true) String street2,
        @Schema(nullable = true) String postalCode,
        @Schema(nullable = true) String city,
        @Schema(nullable = true) String stateOrProvince,
        @Schema(nullable = true) String country,
        @Schema(nullable = true) Money estimatedValue,
        @Schema(nullable = true) Rating rating,
        @Schema(nullable = true) String source,
        @Schema(nullable = true) String description,
        LeadState state,
        LeadStatusReason statusReason,
        String ownerId,
        @Schema(nullable = true) String owningTeam,
        @Schema(nullable = true) UUID accountId,
        @Schema(nullable = true) UUID contactId,
        @Schema(nullable = true) Instant qualifiedAt,
        Instant createdAt,
        Instant modifiedAt,
        @Schema(description = "The record's version; its ETag is this number in quotes") long version) {
}
