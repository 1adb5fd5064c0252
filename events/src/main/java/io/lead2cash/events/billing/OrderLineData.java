package io.lead2cash.events.billing;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.lead2cash.events.ProductLineData;
import java.math.BigDecimal;

/** A line of a sales order in its currency; {@code fulfilledQuantity} is set once the order is fulfilled. */
public record OrderLineData(
        @JsonUnwrapped ProductLineData line,
        BigDecimal fulfilledQuantity) {
}
