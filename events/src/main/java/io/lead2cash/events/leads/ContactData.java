package io.lead2cash.events.leads;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.lead2cash.events.PostalAddress;
import java.util.UUID;

/** The contact (a person at the customer) as it stands after the event, with the address a B2C sale bills to. */
public record ContactData(
        UUID id,
        String firstName,
        String lastName,
        String email,
        String phone,
        String jobTitle,
        UUID accountId,
        @JsonUnwrapped PostalAddress address,
        String ownerId,
        String owningTeam) {
}
