package io.lead2cash.leads.api;

import io.lead2cash.events.Money;
import io.lead2cash.events.leads.LeadStatusReason;
import io.lead2cash.events.Rating;
import io.lead2cash.platform.validation.ValidMoney;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lead as a user creates or replaces it; owner and state are not the caller's to set. */
@Schema(name = "LeadRequest")
public record LeadRequest(
        @NotBlank @Size(max = 200) @Schema(example = "12 espresso machines for the Lyon offices") String topic,
        @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 160) String companyName,
        @Email @Size(max = 254) String email,
        @Size(max = 50) String phone,
        @Size(max = 100) String jobTitle,
        @Size(max = 250) @Schema(example = "12 Rue de la République") String street1,
        @Size(max = 250) String street2,
        @Size(max = 20) @Schema(example = "69002") String postalCode,
        @Size(max = 100) @Schema(example = "Lyon") String city,
        @Size(max = 100) String stateOrProvince,
        @Size(max = 100) @Schema(example = "France") String country,
        @ValidMoney Money estimatedValue,
        Rating rating,
        @Size(max = 100) @Schema(example = "Web") String source,
        @Size(max = 4000) String description,
        @Schema(description = "NEW or CONTACTED; the state changes only through qualify, disqualify and reactivate")
        LeadStatusReason statusReason,
        @Schema(description = "An existing account the lead belongs to; qualifying links it instead of creating one")
        UUID accountId,
        @Schema(description = "An existing contact the lead is; qualifying links it instead of creating one")
        UUID contactId) {
}
