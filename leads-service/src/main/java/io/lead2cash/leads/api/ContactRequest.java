package io.lead2cash.leads.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact as a user creates or replaces it. */
@Schema(name = "ContactRequest")
public record ContactRequest(
        @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Email @Size(max = 254) String email,
        @Size(max = 50) String phone,
        @Size(max = 100) String jobTitle,
        @Size(max = 250) String street1,
        @Size(max = 250) String street2,
        @Size(max = 20) String postalCode,
        @Size(max = 100) String city,
        @Size(max = 100) String stateOrProvince,
        @Size(max = 100) String country,
        @Schema(description = "The account the contact works for") UUID accountId) {
}
