package io.lead2cash.events.catalog;

import io.lead2cash.events.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A product as it stands after the event: enough for another service to cache it. */
public record ProductData(
        UUID id,
        String productNumber,
        String name,
        String description,
        ProductStructure structure,
        ProductType type,
        ProductState state,
        UUID unitGroupId,
        UUID defaultUnitId,
        Money listPrice,
        Money currentCost,
        Money standardCost,
        int decimalsSupported,
        LocalDate validFrom,
        LocalDate validTo,
        UUID parentId,
        List<BundleComponentData> components) {

    /** A product in a bundle, with its quantity in a unit. */
    public record BundleComponentData(UUID productId, java.math.BigDecimal quantity, UUID unitId) {
    }
}
