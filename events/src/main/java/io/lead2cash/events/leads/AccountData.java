package io.lead2cash.events.leads;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.lead2cash.events.PostalAddress;
import java.util.UUID;

/** The account (customer organisation) as it stands after the event. */
public record AccountData(
        UUID id,
        String name,
        String email,
        String phone,
        String website,
        String industry,
        @JsonUnwrapped PostalAddress address,
        UUID primaryContactId,
        String ownerId,
        String owningTeam) {
}
