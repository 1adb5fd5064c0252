package io.lead2cash.opportunity.api.opportunity;

import io.lead2cash.platform.validation.CurrencyCode;

import io.lead2cash.events.CustomerType;
import io.lead2cash.events.Rating;
import io.lead2cash.events.opportunities.ForecastCategory;
import io.lead2cash.events.opportunities.SalesStage;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An opportunity as a user opens or replaces it; owner, state and actuals are not the caller's to set. */
@Schema(name = "OpportunityRequest")
public record OpportunityRequest(
        @NotBlank @Size(max = 200) @Schema(example = "12 espresso machines for the Lyon offices") String topic,
        @NotNull(message = "is required") CustomerType customerType,
        @NotNull(message = "is required") UUID customerId,
        @Size(max = 200) String customerName,
        UUID priceListId,
        @NotNull(message = "is required") @CurrencyCode
        String currency,
        @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 15, fraction = 4)
        @Schema(description = "In the opportunity's currency; ignored when revenueSystemCalculated") BigDecimal estimatedRevenue,
        @Schema(description = "True: the estimated revenue is the sum of the priced product lines (default false)")
        Boolean revenueSystemCalculated,
        LocalDate estimatedCloseDate,
        @Min(value = 0, message = "must be between 0 and 100") @Max(value = 100, message = "must be between 0 and 100")
        Integer probability,
        Rating rating,
        @Schema(description = "QUALIFY (default), DEVELOP, PROPOSE or CLOSE. A new stage moves the opportunity through its business process flow (422 when required steps are missing); left out on replace, the stage stays") SalesStage salesStage,
        @Schema(description = "PIPELINE (default), BEST_CASE, COMMITTED or OMITTED") ForecastCategory forecastCategory,
        @Size(max = 4000) String description,
        @Size(max = 4000) String customerNeed,
        @Size(max = 4000) String proposedSolution) {
}
