package io.lead2cash.leads.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as a user creates or replaces it. */
@Schema(name = "AccountRequest")
public record AccountRequest(
        @NotBlank @Size(max = 160) @Schema(example = "Café Lumière SARL") String name,
        @Email @Size(max = 254) String email,
        @Size(max = 50) String phone,
        @Size(max = 200) String website,
        @Size(max = 100) String industry,
        @Size(max = 250) String street1,
        @Size(max = 250) String street2,
        @Size(max = 20) String postalCode,
        @Size(max = 100) String city,
        @Size(max = 100) String stateOrProvince,
        @Size(max = 100) String country,
        UUID primaryContactId) {
}
