package io.lead2cash.leads.api;

import io.lead2cash.platform.validation.CurrencyCode;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What qualifying a lead should create or link; every flag defaults to true, as in Dynamics 365. */
@Schema(name = "QualifyRequest")
public record QualifyRequest(
        @Schema(description = "Create an account from the company name (default true; skipped when the lead has none)")
        Boolean createAccount,
        @Schema(description = "Create a contact from the person (default true)")
        Boolean createContact,
        @Schema(description = "Ask the opportunity side to open an opportunity (default true)")
        Boolean createOpportunity,
        @Schema(description = "Link this account instead of creating one")
        UUID existingAccountId,
        @Schema(description = "Link this contact instead of creating one")
        UUID existingContactId,
        @Schema(description = "Create records even when they look like existing ones (default false: 409 with the duplicates)")
        Boolean overrideDuplicates,
        @Valid Opportunity opportunity) {

    /** Details of the opportunity to open. */
    @Schema(name = "QualifyOpportunity")
    public record Opportunity(
            @Size(max = 200) @Schema(description = "Defaults to the lead's topic") String topic,
            @CurrencyCode
            @Schema(description = "Defaults to the estimated value's currency, else the base currency") String currency,
            UUID priceListId,
            LocalDate estimatedCloseDate) {
    }
}
