package io.lead2cash.events.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A unit group and its units, each defined as a quantity of another (box = 12 x each). */
public record UnitGroupData(UUID id, String name, UUID baseUnitId, List<UnitData> units) {

    /** A unit: {@code quantity} of {@code definedBy}, which is {@code baseQuantity} base units. */
    public record UnitData(UUID id, String name, BigDecimal quantity, UUID definedBy, BigDecimal baseQuantity) {
    }
}
