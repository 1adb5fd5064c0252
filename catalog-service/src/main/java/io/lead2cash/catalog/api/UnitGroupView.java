package io.lead2cash.catalog.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit group and its units as the API shows them. */
@Schema(name = "UnitGroup")
public record UnitGroupView(UUID id, String name, UUID baseUnitId, List<UnitView> units, Instant createdAt,
        Instant modifiedAt, long version) {

    /** A unit: {@code quantity} of {@code definedBy}, which is {@code baseQuantity} base units. */
    @Schema(name = "Unit")
    public record UnitView(UUID id, String name, BigDecimal quantity, @Schema(nullable = true) UUID definedBy,
            BigDecimal baseQuantity) {
    }
}
