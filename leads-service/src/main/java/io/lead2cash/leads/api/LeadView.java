package io.lead2cash.leads.api;

import io.lead2cash.events.Money;
import io.lead2cash.events.leads.LeadState;
import io.lead2cash.events.leads.LeadStatusReason;
import io.lead2cash.events.leads.Rating;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lead as the API shows it. */
@Schema(name = "Lead")
public record LeadView(
        UUID id,
        String topic,
        String firstName,
        String lastName,
        String companyName,
        String email,
        String phone,
        String jobTitle,
        Money estimatedValue,
        Rating rating,
        String source,
        String description,
        LeadState state,
        LeadStatusReason statusReason,
        String ownerId,
        String owningTeam,
        UUID accountId,
        UUID contactId,
        Instant qualifiedAt,
        Instant createdAt,
        Instant modifiedAt,
        @Schema(description = "The record's version; its ETag is this number in quotes") long version) {
}
