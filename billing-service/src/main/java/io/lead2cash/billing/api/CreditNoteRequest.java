package io.lead2cash.billing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the invoice is credited, and which of its lines in what quantity; no lines: all that is left of it. */
@Schema(name = "CreditNoteRequest")
public record CreditNoteRequest(
        @NotBlank(message = "is required") @Size(max = 500) @Schema(example = "Two bags arrived damaged") String reason,
        @Size(max = 1000, message = "must name at most 1000 lines")
        @Schema(description = "The invoice lines to credit and how much of each; absent: everything not credited yet")
        List<@Valid @NotNull(message = "is required") Credited> lines) {

    /** The quantity of one invoice line to credit. */
    @Schema(name = "CreditedLine")
    public record Credited(
            @NotNull(message = "is required") @Positive @Max(value = 100_000, message = "must be at most 100000") Integer lineNumber,
            @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be above 0")
            @Digits(integer = 13, fraction = 6) BigDecimal quantity) {
    }
}
