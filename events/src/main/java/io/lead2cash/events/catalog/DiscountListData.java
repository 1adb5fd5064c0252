package io.lead2cash.events.catalog;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A volume discount list: quantity bands giving an amount or a percentage off per unit. */
public record DiscountListData(UUID id, String name, DiscountType type, String currency, List<Band> bands) {

    /** Quantities from {@code lowQuantity} to {@code highQuantity} (inclusive) get {@code value} off per unit. */
    public record Band(
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal lowQuantity,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal highQuantity,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value) {
    }
}
