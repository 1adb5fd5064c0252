package io.lead2cash.events.leads;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.lead2cash.events.Money;
import io.lead2cash.events.PostalAddress;
import io.lead2cash.events.Rating;
import java.time.Instant;
import java.util.UUID;

/** The lead as it stands after the event: what a consumer needs without calling back. */
public record LeadData(
        UUID id,
        String topic,
        String firstName,
        String lastName,
        String companyName,
        String email,
        String phone,
        String jobTitle,
        @JsonUnwrapped PostalAddress address,
        Money estimatedValue,
        Rating rating,
        String source,
        String description,
        LeadState state,
        LeadStatusReason statusReason,
        @JsonPropertyDescription("User id (token subject) of the owner")
        String ownerId,
        @JsonPropertyDescription("Team that owns the lead, if any")
        String owningTeam,
        @JsonPropertyDescription("Existing or created account the lead is linked to")
        UUID accountId,
        @JsonPropertyDescription("Existing or created contact the lead is linked to")
        UUID contactId,
        Instant createdAt,
        Instant modifiedAt) {
}
