package io.lead2cash.catalog.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit defined as a quantity of another unit of the group (bag = 0.25 kg). */
@Schema(name = "UnitRequest")
public record UnitRequest(
        @NotBlank @Size(max = 100) @Schema(example = "bag 250 g") String name,
        @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 13, fraction = 6) @Schema(example = "0.25") BigDecimal quantity,
        @NotNull(message = "is required") @Schema(description = "The unit it is a quantity of") UUID definedBy) {
}
