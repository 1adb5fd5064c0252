package io.lead2cash.catalog.api;

import io.lead2cash.events.Money;
import io.lead2cash.events.catalog.ProductState;
import io.lead2cash.events.catalog.ProductStructure;
import io.lead2cash.events.catalog.ProductType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product as the API shows it. */
@Schema(name = "Product")
public record ProductView(UUID id, String productNumber, String name, @Schema(nullable = true) String description,
        ProductStructure structure, ProductType type, ProductState state, @Schema(nullable = true) UUID unitGroupId,
        @Schema(nullable = true) UUID defaultUnitId, @Schema(nullable = true) Money listPrice,
        @Schema(nullable = true) Money currentCost, @Schema(nullable = true) Money standardCost, int decimalsSupported,
        @Schema(nullable = true) LocalDate validFrom, @Schema(nullable = true) LocalDate validTo,
        @Schema(nullable = true) UUID parentId, List<Component> components, Instant createdAt, Instant modifiedAt,
        long version) {

    /** A product in a bundle. */
    @Schema(name = "BundleComponentView")
    public record Component(UUID productId, BigDecimal quantity, UUID unitId) {
    }
}
