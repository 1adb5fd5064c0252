package io.lead2cash.events.opportunities;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.lead2cash.events.ProductLineData;
import java.util.UUID;

/**
 * A product line of an opportunity in its currency. Amounts are absent and {@code pricingError} says why while the
 * catalog has not priced the line.
 */
public record OpportunityLineData(
        UUID id,
        @JsonUnwrapped ProductLineData line,
        String pricingError) {
}
