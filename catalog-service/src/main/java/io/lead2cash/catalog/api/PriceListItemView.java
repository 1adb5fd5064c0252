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
        BigDecimal amount, BigDecimal percentage, RoundingPolicy roundingPolicy, RoundingOption roundingOption,
        BigDecimal roundingAmount, QuantitySellingOption quantitySellingOption, UUID discountListId, Instant createdAt,
        Instant modifiedAt, long version) {
}
