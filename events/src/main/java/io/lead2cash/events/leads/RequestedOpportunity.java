package io.lead2cash.events.leads;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.lead2cash.events.CustomerType;
import io.lead2cash.events.Money;
import io.lead2cash.events.Rating;
import java.time.LocalDate;
import java.util.UUID;

/** What the qualifying user asked the opportunity side to open: the opportunity-service creates it. */
public record RequestedOpportunity(
        String topic,
        @JsonPropertyDescription("ACCOUNT or CONTACT: which record the customerId names")
        CustomerType customerType,
        UUID customerId,
        @JsonPropertyDescription("The lead's estimated value, the opportunity's first estimated revenue")
        Money estimatedRevenue,
        @JsonPropertyDescription("ISO 4217 currency the opportunity is priced in")
        String currency,
        UUID priceListId,
        LocalDate estimatedCloseDate,
        Rating rating,
        String description,
        String ownerId,
        String owningTeam) {

}
