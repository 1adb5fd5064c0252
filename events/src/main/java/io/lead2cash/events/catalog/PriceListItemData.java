package io.lead2cash.events.catalog;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.UUID;

/** How one product in one unit is priced on a price list. */
public record PriceListItemData(
        UUID id,
        UUID priceListId,
        UUID productId,
        UUID unitId,
        PricingMethod pricingMethod,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal percentage,
        RoundingPolicy roundingPolicy,
        RoundingOption roundingOption,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal roundingAmount,
        QuantitySellingOption quantitySellingOption,
        UUID discountListId) {
}
