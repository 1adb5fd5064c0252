package io.lead2cash.events.leads;

import java.util.UUID;

/** The account (customer organisation) as it stands after the event. */
public record AccountData(
        UUID id,
        String name,
        String email,
        String phone,
        String website,
        String industry,
        String city,
        String country,
        UUID primaryContactId,
        String ownerId,
        String owningTeam) {
}
