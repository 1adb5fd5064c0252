package io.lead2cash.catalog.api;

import io.lead2cash.events.catalog.DiscountType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A discount list as the API shows it, bands in ascending quantity. */
@Schema(name = "DiscountList")
public record DiscountListView(UUID id, String name, DiscountType type, @Schema(nullable = true) String currency,
        List<Band> bands, Instant createdAt, Instant modifiedAt, long version) {

    /** One quantity band. */
    @Schema(name = "DiscountBandView")
    public record Band(BigDecimal lowQuantity, BigDecimal highQuantity, BigDecimal value) {
    }
}
