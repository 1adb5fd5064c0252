package io.lead2cash.catalog.api;

import io.lead2cash.events.catalog.PricingMethod;
import io.lead2cash.events.catalog.QuantitySellingOption;
import io.lead2cash.events.catalog.RoundingOption;
import io.lead2cash.events.catalog.RoundingPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A price list item as the API shows it. */
@Schema(name = "PriceListItem")
public record PriceListItemView(UUID id, UUID priceListId, UUID productId, UUID unitId, PricingMethod pricingMethod,
        @Schema(nullable = true) BigDecimal amount, @Schema(nullable = true) BigDecimal percentage,
        RoundingPolicy roundingPolicy, @Schema(nullable = true) RoundingOption roundingOption,
        @Schema(nullable = true) BigDecimal roundingAmount, QuantitySellingOption quantitySellingOption,
        @Schema(nullable = true) UUID discountListId, Instant createdAt, Instant modifiedAt, long version) {
}
