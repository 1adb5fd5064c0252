package io.lead2cash.billing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What was delivered: the lines named here in their quantity, every other line completely. No body: all of it. */
@Schema(name = "FulfilRequest")
public record FulfilRequest(
        @Size(max = 1000, message = "must name at most 1000 lines") List<@Valid @NotNull(message = "is required") Delivered> lines) {

    /** The delivered quantity of one order line. */
    @Schema(name = "DeliveredLine")
    public record Delivered(
            @NotNull(message = "is required") @Positive @Max(value = 100_000, message = "must be at most 100000") Integer lineNumber,
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 13, fraction = 6) BigDecimal fulfilledQuantity) {
    }
}
