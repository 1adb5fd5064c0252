package io.lead2cash.events;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A priced product line of a quote, order or invoice, in its record's currency: a catalog product or a write-in, its
 * quantity and the prices the catalog's engine set (locked from the quote on). Order and opportunity lines carry it
 * with their own fields beside, in one flat JSON object.
 */
public record ProductLineData(
        int lineNumber,
        UUID productId,
        @JsonPropertyDescription("The catalog product's number when the line was priced") String productNumber,
        @JsonPropertyDescription("The catalog product's name when the line was priced") String productName,
        String writeInName,
        UUID unitId,
        BigDecimal quantity,
        BigDecimal pricePerUnit,
        BigDecimal volumeDiscountPerUnit,
        BigDecimal amount,
        BigDecimal manualDiscount,
        BigDecimal tax,
        BigDecimal extendedAmount,
        @JsonPropertyDescription("True when a user set the price per unit instead of the catalog (Override pricing): "
                + "repricing keeps it; absent in events published before it was carried, meaning false")
        Boolean priceOverridden) {

    /** Whether the line's price was set by a user rather than the catalog (a write-in's always is). */
    public boolean overridden() {
        return Boolean.TRUE.equals(priceOverridden);
    }
}
