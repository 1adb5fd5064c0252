package io.lead2cash.events.leads;

import java.util.UUID;

/** The contact (a person at the customer) as it stands after the event. */
public record ContactData(
        UUID id,
        String firstName,
        String lastName,
        String email,
        String phone,
        String jobTitle,
        UUID accountId,
        String ownerId,
        String owningTeam) {
}
