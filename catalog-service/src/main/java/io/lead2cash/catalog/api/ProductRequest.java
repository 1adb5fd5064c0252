package io.lead2cash.catalog.api;

import io.lead2cash.events.Money;
import io.lead2cash.events.catalog.ProductStructure;
import io.lead2cash.events.catalog.ProductType;
import io.lead2cash.platform.validation.ValidMoney;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product, family or bundle as a catalog manager creates or replaces it; the structure is set once. */
@Schema(name = "ProductRequest")
public record ProductRequest(
        @Schema(description = "PRODUCT (default), FAMILY or BUNDLE; ignored on replace") ProductStructure structure,
        @NotBlank @Size(max = 100) @Schema(example = "ESP-SEMI-01") String productNumber,
        @NotBlank @Size(max = 200) @Schema(example = "Semi-automatic espresso machine") String name,
        @Size(max = 4000) String description,
        @NotNull(message = "is required") ProductType type,
        @Schema(description = "Required except for families") UUID unitGroupId,
        @Schema(description = "Required except for families") UUID defaultUnitId,
        @ValidMoney Money listPrice,
        @ValidMoney Money currentCost,
        @ValidMoney Money standardCost,
        @Min(value = 0, message = "must be between 0 and 5") @Max(value = 5, message = "must be between 0 and 5")
        @Schema(description = "Decimals a quantity may have (default 0)") Integer decimalsSupported,
        LocalDate validFrom,
        LocalDate validTo,
        @Schema(description = "The family the product belongs to") UUID parentId,
        @Valid @Size(max = 100) @Schema(description = "A bundle's products") List<Component> components) {

    /** A product in a bundle. */
    @Schema(name = "BundleComponent")
    public record Component(
            @NotNull(message = "is required") UUID productId,
            @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            BigDecimal quantity,
            @NotNull(message = "is required") UUID unitId) {
    }
}
